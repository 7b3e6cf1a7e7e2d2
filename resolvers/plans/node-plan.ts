import type { Label, RelSpec } from '../../graph/model.js';
import { emptyNodePlan, type NestedEventFilter, type NodePlan } from '../../graph/read-plan.js';
import { actorEventsFilter, placeEventsFilter } from '../event-pages.js';
import { pageOf } from '../pagination.js';
import { type HopBuilder, PlanBuilder } from './plan-builder.js';
import type { SelectedField, Selection } from './selection.js';

type FieldHop = (plan: PlanBuilder, field: SelectedField) => void;

/**
 * What the fields selected on a node read, as a plan. Fields not listed here
 * (counterparts, an event of a participation…) read nothing ahead: their
 * resolvers fall back to the request's DataLoaders.
 */
export function nodePlan(selection: Selection | null): NodePlan {
  if (!selection) return emptyNodePlan();
  const plan = new PlanBuilder();
  const hops = FIELD_HOPS[selection.type.name] ?? {};
  for (const field of selection.fields()) hops[field.name]?.(plan, field);
  return plan.build();
}

/** The plan of the nodes of a connection's edges. */
export function connectionNodePlan(selection: Selection | null): NodePlan {
  return nodePlan(selection?.child('edges')?.child('node') ?? null);
}

/** A field that returns the nodes at the other end. */
const toNodes =
  (spec: RelSpec): FieldHop =>
  (plan, field) => {
    const selection = field.on();
    if (selection) plan.hop(spec).read(selection.type.name as Label, nodePlan(selection));
  };

/** A field that returns the relationships (participations, claims, mentions, evidence), reading `nodes` always. */
const toRelationships =
  (spec: RelSpec, nodes: readonly Label[]): FieldHop =>
  (plan, field) => {
    const hop = plan.hop(spec);
    for (const label of nodes) hop.read(label, emptyNodePlan());
    relationshipFields(hop, field.on());
  };

/** The fields of Participation, Claim, Mention and Evidence that reach further nodes. */
function relationshipFields(hop: HopBuilder, selection: Selection | null): void {
  for (const field of selection?.fields() ?? []) {
    if (field.name === 'actor' || field.name === 'by') hop.read('Actor', nodePlan(field.on()));
    if (field.name === 'entity') {
      hop.read('Actor', nodePlan(field.on('Actor')));
      hop.read('Place', nodePlan(field.on('Place')));
    }
    if (field.name === 'onBehalfOf') hop.ref('onBehalfOf', 'Actor', nodePlan(field.on()));
    if (field.name === 'article') hop.ref('articleId', 'Article', nodePlan(field.on()));
    if (field.name === 'evidence') relationshipFields(hop, field.on());
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

const FIELD_HOPS: Record<string, Record<string, FieldHop>> = {
  Event: {
    place: toNodes({ type: 'OCCURRED_IN', direction: 'out' }),
    participants: toRelationships({ type: 'PARTICIPATED_IN', direction: 'in' }, ['Actor', 'Place']),
    claims: toRelationships({ type: 'CLAIMS', direction: 'in' }, []),
    reportedIn: toNodes({ type: 'REPORTS', direction: 'in' }),
    evidence: toRelationships({ type: 'REPORTS', direction: 'in' }, []),
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
    agencies: toNodes({ type: 'CITES', direction: 'out' }),
    mentions: toRelationships({ type: 'MENTIONS', direction: 'out' }, ['Actor', 'Place']),
    events: toNodes({ type: 'REPORTS', direction: 'out' }),
    linksTo: toNodes({ type: 'LINKS_TO', direction: 'out' }),
    linkedFrom: toNodes({ type: 'LINKS_TO', direction: 'in' }),
    duplicateOf: toNodes({ type: 'DUPLICATE_OF', direction: 'out' }),
  },
};
