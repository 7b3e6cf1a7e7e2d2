import type { GraphQLResolveInfo } from 'graphql';
import type {
  ActorNode,
  ArticleNode,
  EventNode,
  PlaceNode,
  Provenance,
  Related,
  RelSpec,
} from '../graph/model.js';
import { codepointCompare, compareEvents } from '../graph/order.js';
import { sortedEvidence } from '../graph/provenance.js';
import type { PlannedEventFilter } from '../graph/read-plan.js';
import type { EventFilter, Page, PageOf } from '../graph/store.js';
import { type EventType, type Factuality, ROLES, type Role, type Stance } from '../model/report.js';
import type { Context } from '../schema/context.js';
import type { Evidence } from './articles.js';
import { entityIdsOf, entityReference, withContainedPlaces } from './entities.js';
import { badInput } from './errors.js';
import { actorEventsFilter, placeEventsFilter } from './event-pages.js';
import {
  type Connection,
  type ConnectionArgs,
  connectionOfList,
  pageOf,
  toConnection,
} from './pagination.js';
import { fetchedEventPage, fetchedRef, type Reached } from './plans/fetched.js';
import { connectionNodePlan } from './plans/node-plan.js';
import { plansOn, readPlanned } from './plans/read.js';
import { Selection } from './plans/selection.js';
import { loadAll, othersOf, reached } from './reached.js';

export interface EventFilterInput {
  types?: EventType[] | null;
  from?: string | null;
  to?: string | null;
  place?: string | null;
  actor?: string | null;
  role?: Role | null;
  factuality?: Factuality | null;
}

export interface Participation {
  entity: ActorNode | PlaceNode;
  entityLabel: 'Actor' | 'Place';
  role: Role;
  onBehalfOfId: string | null;
  /** The side as a read plan fetched it; undefined when it did not. */
  onBehalfOf?: ActorNode | null;
  event: EventNode;
  evidence: Evidence[];
}

export interface Claim {
  byId: string;
  /** The claimant as a read plan fetched it; undefined when it did not. */
  by?: ActorNode;
  stance: Stance;
  event: EventNode;
  evidence: Evidence[];
}

export async function findEvents(
  input: EventFilterInput | null | undefined,
  args: ConnectionArgs,
  context: Context,
  info?: GraphQLResolveInfo,
): Promise<Connection<EventNode>> {
  const page = pageOf(args);
  const filter = plannedEventFilter(input ?? {});
  if (info && plansOn(context)) {
    const next = connectionNodePlan(Selection.of(info));
    const result = await readPlanned({ root: 'events', filter, page, next }, context);
    return toConnection(page, result as PageOf<EventNode>);
  }
  return findEventsLevelByLevel(filter, page, context);
}

/** The naive path: names and places resolved through the loaders, then the list. */
async function findEventsLevelByLevel(filter: PlannedEventFilter, page: Page, context: Context) {
  const storeFilter = await resolveEventFilter(filter, context);
  if (!storeFilter) return toConnection(page, { rows: [], totalCount: 0 });
  const result = await context.store.findEvents(storeFilter, page);
  for (const event of result.rows) context.loaders.node('Event').prime(event.id, event);
  return toConnection(page, result);
}

/** The list filter of an API filter, its actor and place as references still to resolve. */
function plannedEventFilter(input: EventFilterInput): PlannedEventFilter {
  if (input.from && input.to && input.from > input.to) {
    throw badInput(`from (${input.from}) is after to (${input.to})`);
  }
  return {
    ...(input.types?.length ? { types: input.types } : {}),
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.factuality ? { factuality: input.factuality } : {}),
    ...(input.place ? { place: entityReference('Place', input.place) } : {}),
    ...(input.actor ? { actor: entityReference('Actor', input.actor) } : {}),
  };
}

/** The store filter of a planned filter; null when it names an actor or place that does not exist. */
async function resolveEventFilter(
  planned: PlannedEventFilter,
  context: Context,
): Promise<EventFilter | null> {
  const { actor, place, ...filter } = planned;
  const resolved: EventFilter = filter;
  if (place) {
    const placeIds = await entityIdsOf('Place', place, context);
    if (placeIds.length === 0) return null;
    resolved.placeIds = await withContainedPlaces(placeIds, context);
  }
  if (actor) {
    resolved.actorIds = await entityIdsOf('Actor', actor, context);
    if (resolved.actorIds.length === 0) return null;
  }
  return resolved;
}

const ROLE_ORDER = new Map(ROLES.map((role, i) => [role, i]));

const PARTICIPANTS = { type: 'PARTICIPATED_IN', direction: 'in' } as const;
const CLAIMANTS = { type: 'CLAIMS', direction: 'in' } as const;
const REPORTS = { type: 'REPORTS', direction: 'in' } as const;

/** Who took part, one entry per entity, role and side, with the evidence of every article that says so. */
export async function participants(event: EventNode, context: Context): Promise<Participation[]> {
  const related = await reached(event, PARTICIPANTS, context);
  const groups = groupBy(related, (r) => `${r.otherId}|${r.props.role}|${r.props.onBehalfOf ?? ''}`);
  const [actors, places] = await Promise.all([
    othersOf(related, 'Actor', context),
    othersOf(related, 'Place', context),
  ]);
  const entities = new Map<string, ActorNode | PlaceNode>([...actors, ...places].map((n) => [n.id, n]));
  const list = groups.flatMap((group) => {
    const first = group[0] as Reached<'PARTICIPATED_IN'>;
    const entity = entities.get(first.otherId);
    if (!entity) return [];
    const side = first.props.onBehalfOf;
    return [
      {
        entity,
        entityLabel: first.otherLabel as 'Actor' | 'Place',
        role: first.props.role,
        onBehalfOfId: side,
        ...(side ? { onBehalfOf: fetchedRef<'Actor'>(event, PARTICIPANTS, 'onBehalfOf', side) } : {}),
        event,
        evidence: evidenceOf(event, PARTICIPANTS, group),
      },
    ];
  });
  return list.sort(
    (a, b) =>
      (ROLE_ORDER.get(a.role) ?? 0) - (ROLE_ORDER.get(b.role) ?? 0) ||
      codepointCompare(a.entity.name, b.entity.name) ||
      codepointCompare(a.onBehalfOfId ?? '', b.onBehalfOfId ?? ''),
  );
}

export async function claims(event: EventNode, context: Context): Promise<Claim[]> {
  const related = await reached(event, CLAIMANTS, context);
  return groupBy(related, (r) => `${r.otherId}|${r.props.stance}`)
    .map((group) => {
      const first = group[0] as Reached<'CLAIMS'>;
      return {
        byId: first.otherId,
        ...(first.other ? { by: first.other as ActorNode } : {}),
        stance: first.props.stance,
        event,
        evidence: evidenceOf(event, CLAIMANTS, group),
      };
    })
    .sort((a, b) => codepointCompare(a.stance, b.stance) || codepointCompare(a.byId, b.byId));
}

/** The evidence of relationships saying one thing, with the articles a read plan fetched along. */
function evidenceOf(event: EventNode, spec: RelSpec, related: readonly Reached[]): Evidence[] {
  return sortedEvidence(related.map((r) => r.props as Provenance)).map((evidence) => {
    const article = evidence.articleId
      ? fetchedRef<'Article'>(event, spec, 'articleId', evidence.articleId)
      : undefined;
    return article === undefined ? evidence : { ...evidence, article };
  });
}

/** The most specific place the event is said to have happened in. */
export async function eventPlace(event: EventNode, context: Context): Promise<PlaceNode | null> {
  const related = await reached(event, { type: 'OCCURRED_IN', direction: 'out' }, context);
  const places = await othersOf(related, 'Place', context);
  return places.sort(comparePlaceSpecificity)[0] ?? null;
}

const PLACE_SPECIFICITY = ['FACILITY', 'TOWN', 'CITY', 'AREA', 'REGION', 'COUNTRY'];

function comparePlaceSpecificity(a: PlaceNode, b: PlaceNode): number {
  return (
    PLACE_SPECIFICITY.indexOf(a.kind) - PLACE_SPECIFICITY.indexOf(b.kind) || codepointCompare(a.id, b.id)
  );
}

export async function reportedIn(event: EventNode, context: Context): Promise<ArticleNode[]> {
  const articles = await othersOf(await reached(event, REPORTS, context), 'Article', context);
  return articles.sort(
    (a, b) => codepointCompare(a.publishedAt ?? '~', b.publishedAt ?? '~') || codepointCompare(a.id, b.id),
  );
}

export async function eventEvidence(event: EventNode, context: Context): Promise<Evidence[]> {
  return evidenceOf(event, REPORTS, await reached(event, REPORTS, context));
}

export interface ActorEventsArgs extends ConnectionArgs {
  role?: Role | null;
  types?: EventType[] | null;
}

/** The events an actor took part in (in a given role, of given types), newest first. */
export async function actorEvents(actor: ActorNode, args: ActorEventsArgs, context: Context) {
  const fetched = fetchedEventPage(actor, actorEventsFilter(args), pageOf(args));
  if (fetched) return toConnection(pageOf(args), fetched);
  const related = (await context.loaders
    .related({ type: 'PARTICIPATED_IN', direction: 'out' })
    .load(actor.id)) as Related<'PARTICIPATED_IN'>[];
  const ids = related.filter((r) => !args.role || r.props.role === args.role).map((r) => r.otherId);
  const events = (await loadAll('Event', ids, context)).filter(
    (e) => !args.types?.length || args.types.includes(e.type),
  );
  return connectionOfList(events.sort(compareEvents), args);
}

/** The events that happened at a place, and optionally in every place inside it, newest first. */
export async function placeEvents(
  place: PlaceNode,
  args: ConnectionArgs & { includeContained?: boolean | null },
  context: Context,
) {
  const fetched = fetchedEventPage(place, placeEventsFilter(args), pageOf(args));
  if (fetched) return toConnection(pageOf(args), fetched);
  const placeIds = args.includeContained ? await withContainedPlaces([place.id], context) : [place.id];
  const related = await context.loaders.related({ type: 'OCCURRED_IN', direction: 'in' }).loadMany(placeIds);
  const ids = related.flatMap((list) => (list instanceof Error ? [] : list.map((r) => r.otherId)));
  const events = await loadAll('Event', ids, context);
  return connectionOfList(events.sort(compareEvents), args);
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}
