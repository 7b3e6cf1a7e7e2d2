import { type Label, NODE_FIELDS, RELATIONSHIP_FIELDS, type RelSpec } from '../../graph/model.js';
import { emptyNodePlan, type NestedEventFilter, type NodePlan } from '../../graph/read-plan.js';
import { actorEventsFilter, placeEventsFilter } from '../event-pages.js';
import { pageOf } from '../pagination.js';
import { type HopBuilder, PlanBuilder } from './plan-builder.js';
import type { SelectedField, Selection } from './selection.js';

type FieldHop = (plan: PlanBuilder, field: SelectedField) => void;

/**
 * What the fields selected on a node read, as a plan: the stored properties
 * its scalar fields expose, and the hops of the fields that lead further.
 * A field listed in neither (one added later) reads the whole node. Hops not
 * listed here (counterparts, an event of a participation…) read nothing
 * ahead: their resolvers fall back to the request's DataLoaders.
 */
export function nodePlan(selection: Selection | null, needs: readonly string[] = []): NodePlan {
  if (!selection) return emptyNodePlan(needs);
  const plan = new PlanBuilder().need(needs);
  const typeName = selection.type.name;
  const hops = FIELD_HOPS[typeName] ?? {};
  const scalars = SCALAR_FIELDS[typeName] ?? {};
  for (const field of selection.fields()) {
    const hop = hops[field.name];
    if (hop) hop(plan, field);
    else plan.need(scalars[field.name] ?? NODE_FIELDS[typeName as Label] ?? []);
  }
  return plan.build();
}

/** The plan of the nodes of a connection's edges. */
export function connectionNodePlan(selection: Selection | null): NodePlan {
  return nodePlan(selection?.child('edges')?.child('node') ?? null);
}

/**
 * A field that returns the nodes at the other end; `needs`: the properties
 * its resolver orders them by.
 */
const toNodes =
  (spec: RelSpec, needs: readonly string[] = []): FieldHop =>
  (plan, field) => {
    const selection = field.on();
    if (selection) plan.hop(spec).read(selection.type.name as Label, nodePlan(selection, needs));
  };

/**
 * A field that returns the relationships (participations, claims, mentions,
 * evidence) with the properties `props` its resolver groups them by, reading
 * the nodes of `nodes` always and their properties `needs`.
 */
const toRelationships =
  (
    spec: RelSpec,
    props: readonly string[],
    nodes: readonly Label[] = [],
    needs: readonly string[] = [],
  ): FieldHop =>
  (plan, field) => {
    const hop = plan.hop(spec).need(props);
    for (const label of nodes) hop.read(label, emptyNodePlan(needs));
    relationshipFields(hop, field.on());
  };

/** The fields of Participation, Claim, Mention and Evidence that reach further nodes or read provenance. */
function relationshipFields(hop: HopBuilder, selection: Selection | null): void {
  for (const field of selection?.fields() ?? []) {
    if (field.name === 'actor' || field.name === 'by') hop.read('Actor', nodePlan(field.on()));
    if (field.name === 'entity') {
      hop.read('Actor', nodePlan(field.on('Actor')));
      hop.read('Place', nodePlan(field.on('Place')));
    }
    if (field.name === 'onBehalfOf') hop.ref('onBehalfOf', 'Actor', nodePlan(field.on()));
    if (field.name === 'evidence') {
      // Evidence is each source once, in order (graph/provenance.ts): all of the provenance.
      hop.need(RELATIONSHIP_FIELDS.REPORTS);
      relationshipFields(hop, field.on());
    }
    if (field.name === 'article') hop.ref('articleId', 'Article', nodePlan(field.on()));
  }
}

/** A paged event list below a node; arguments a resolver would refuse are left for it to refuse. */
const toEventPage =
  (filterOf: (args: Record<string, unknown>) => NestedEventFilter): FieldHop =>
  (plan, field) => {
    let page: ReturnType<typeof pageOf>;
    try {
      page = pageOf(field.args);
    } catch {
      return;
    }
    plan.page({ filter: filterOf(field.args), page, next: connectionNodePlan(field.on()) });
  };

const PARTICIPANT_PROPS = ['role', 'onBehalfOf'];

const FIELD_HOPS: Record<string, Record<string, FieldHop>> = {
  Event: {
    place: toNodes({ type: 'OCCURRED_IN', direction: 'out' }, ['kind']),
    participants: toRelationships(
      { type: 'PARTICIPATED_IN', direction: 'in' },
      PARTICIPANT_PROPS,
      ['Actor', 'Place'],
      ['name'],
    ),
    claims: toRelationships({ type: 'CLAIMS', direction: 'in' }, ['stance']),
    reportedIn: toNodes({ type: 'REPORTS', direction: 'in' }, ['publishedAt']),
    evidence: toRelationships({ type: 'REPORTS', direction: 'in' }, RELATIONSHIP_FIELDS.REPORTS),
  },
  Actor: {
    memberOf: toNodes({ type: 'MEMBER_OF', direction: 'out' }),
    events: toEventPage(actorEventsFilter),
  },
  Place: {
    partOf: toNodes({ type: 'PART_OF', direction: 'out' }),
    events: toEventPage(placeEventsFilter),
  },
  Article: {
    source: toNodes({ type: 'PUBLISHED_BY', direction: 'out' }),
    agencies: toNodes({ type: 'CITES', direction: 'out' }, ['name']),
    mentions: toRelationships(
      { type: 'MENTIONS', direction: 'out' },
      ['count'],
      ['Actor', 'Place'],
      ['name'],
    ),
    events: toNodes({ type: 'REPORTS', direction: 'out' }, ['date']),
    linksTo: toNodes({ type: 'LINKS_TO', direction: 'out' }),
    linkedFrom: toNodes({ type: 'LINKS_TO', direction: 'in' }),
    duplicateOf: toNodes({ type: 'DUPLICATE_OF', direction: 'out' }),
  },
};

const ENTITY_FIELDS = {
  name: ['name'],
  nameAr: ['nameAr'],
  nameEn: ['nameEn'],
  aliases: ['aliases'],
  wikidata: ['wikidata'],
  kind: ['kind'],
};

/** The stored properties each scalar field reads; the id and fields that work from the id alone read none. */
const SCALAR_FIELDS: Record<string, Record<string, readonly string[]>> = {
  Event: {
    id: [],
    type: ['type'],
    cameo: ['cameo'],
    date: ['date'],
    factuality: ['factuality'],
    casualties: ['casualties'],
  },
  Actor: { id: [], ...ENTITY_FIELDS, counterparts: [] },
  Place: { id: [], ...ENTITY_FIELDS, lat: ['lat'], lon: ['lon'] },
  Article: {
    id: [],
    title: ['title'],
    text: ['text'],
    url: ['url'],
    publishedAt: ['publishedAt'],
    language: ['language'],
    kind: ['kind'],
    contentHash: ['contentHash'],
    tags: ['tags'],
  },
};
