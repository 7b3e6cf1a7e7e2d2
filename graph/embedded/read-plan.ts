import type { EventNode, Label, NodeByLabel, Related, RelationshipProps, RelSpec } from '../model.js';
import { compareEvents } from '../order.js';
import {
  type EntityReference,
  type EventPageHop,
  type ExploreFetched,
  type ExplorePlan,
  emptyNodePlan,
  type FetchedNode,
  type FetchedRelationship,
  hopProps,
  MAX_CONTAINMENT_DEPTH,
  type NodePlan,
  projected,
  REF_LABELS,
  type ReadPlan,
  type RefHop,
  type RelatedHop,
} from '../read-plan.js';
import type { EntityFilter, EventFilter, Page, PageOf } from '../store.js';

/** What walking a plan needs of the embedded graph. */
export interface PlanGraph {
  node(id: string): { label: Label; data: NodeByLabel[Label] } | null;
  neighbours(id: string, spec: RelSpec): Related[];
  lookup(label: 'Actor' | 'Place', key: string): string[];
  events(filter: EventFilter, page: Page): PageOf<EventNode>;
  entities(
    label: 'Actor' | 'Place',
    filter: EntityFilter,
    page: Page,
  ): PageOf<NodeByLabel['Actor' | 'Place']>;
}

/** A read plan walked in memory: the same tree the Neo4j statement returns. */
export function walkPlan(graph: PlanGraph, plan: ReadPlan): PageOf<FetchedNode> {
  const fetch = (label: Label, rows: NodeByLabel[Label][]) =>
    rows.map((node) => fetchedNode(graph, label, node, plan.next));
  const everyNode = (label: Label, ids: readonly string[]) => {
    const nodes = ids.flatMap((id) => {
      const node = graph.node(id);
      return node && node.label === label ? [node.data] : [];
    });
    return { totalCount: nodes.length, rows: fetch(label, nodes) };
  };
  switch (plan.root) {
    case 'events': {
      const { actor, place, ...rest } = plan.filter;
      const filter: EventFilter = {
        ...rest,
        ...(actor ? { actorIds: resolved(graph, 'Actor', actor) } : {}),
        ...(place ? { placeIds: containedPlaces(graph, resolved(graph, 'Place', place)) } : {}),
      };
      const page = graph.events(filter, plan.page);
      return { totalCount: page.totalCount, rows: fetch('Event', page.rows) };
    }
    case 'entities': {
      const page = graph.entities(plan.label, plan.filter, plan.page);
      return { totalCount: page.totalCount, rows: fetch(plan.label, page.rows) };
    }
    case 'entitiesByKey':
      return everyNode(plan.label, graph.lookup(plan.label, plan.key));
    case 'nodes':
      return everyNode(plan.label, plan.ids);
  }
}

function resolved(graph: PlanGraph, label: 'Actor' | 'Place', reference: EntityReference): string[] {
  if ('key' in reference) return graph.lookup(label, reference.key);
  return reference.ids.filter((id) => graph.node(id)?.label === label);
}

/** The places and every place inside them, up to MAX_CONTAINMENT_DEPTH levels down. */
function containedPlaces(graph: PlanGraph, placeIds: string[]): string[] {
  const all = new Set(placeIds);
  let frontier = placeIds;
  for (let depth = 0; depth < MAX_CONTAINMENT_DEPTH && frontier.length > 0; depth++) {
    frontier = frontier
      .flatMap((id) => graph.neighbours(id, { type: 'PART_OF', direction: 'in' }).map((r) => r.otherId))
      .filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

function fetchedNode(graph: PlanGraph, label: Label, node: NodeByLabel[Label], plan: NodePlan): FetchedNode {
  return {
    label,
    node: projected(node, plan.fields),
    related: plan.related.map((hop) => relationships(graph, node.id, hop)),
    pages: plan.eventPages.map((hop) => {
      const page = eventPage(graph, node.id, hop);
      return {
        totalCount: page.totalCount,
        rows: page.rows.map((e) => fetchedNode(graph, 'Event', e, hop.next)),
      };
    }),
  };
}

/** The relationships of a hop, once per other end and distinct values of the properties read (as on Neo4j). */
function relationships(graph: PlanGraph, id: string, hop: RelatedHop): FetchedRelationship[] {
  const props = hopProps(hop);
  const distinct = new Map<string, Omit<Related, 'props'> & { props: Record<string, unknown> }>();
  for (const rel of graph.neighbours(id, hop.spec)) {
    const read = Object.fromEntries(
      props.map((prop) => [prop, (rel.props as unknown as Record<string, unknown>)[prop] ?? null]),
    );
    distinct.set(JSON.stringify([rel.otherId, read]), { ...rel, props: read });
  }
  return [...distinct.values()].map((rel) => {
    const next = hop.next[rel.otherLabel];
    const other = next ? graph.node(rel.otherId) : null;
    return {
      otherId: rel.otherId,
      otherLabel: rel.otherLabel,
      props: rel.props as FetchedRelationship['props'],
      other: next && other ? fetchedNode(graph, other.label, other.data, next) : null,
      refs: hop.refs.map((ref) => {
        const refId = rel.props[ref.prop] as string | null;
        const target = refId ? graph.node(refId) : null;
        return target?.label === ref.label ? fetchedNode(graph, ref.label, target.data, ref.next) : null;
      }),
    };
  });
}

/** The same events, order and total as resolvers/events.ts computes from the relationships. */
function eventPage(graph: PlanGraph, id: string, hop: EventPageHop): PageOf<EventNode> {
  const { filter } = hop;
  const ids =
    filter.via === 'PARTICIPATED_IN'
      ? graph
          .neighbours(id, { type: 'PARTICIPATED_IN', direction: 'out' })
          .filter(
            (r) => !filter.role || (r.props as RelationshipProps['PARTICIPATED_IN']).role === filter.role,
          )
          .map((r) => r.otherId)
      : (filter.includeContained ? containedPlaces(graph, [id]) : [id]).flatMap((place) =>
          graph.neighbours(place, { type: 'OCCURRED_IN', direction: 'in' }).map((r) => r.otherId),
        );
  const events = [...new Set(ids)]
    .flatMap((eventId) => {
      const node = graph.node(eventId);
      return node?.label === 'Event' ? [node.data as EventNode] : [];
    })
    .filter(
      (event) =>
        filter.via !== 'PARTICIPATED_IN' || !filter.types?.length || filter.types.includes(event.type),
    )
    .sort(compareEvents);
  return { totalCount: events.length, rows: events.slice(hop.page.offset, hop.page.offset + hop.page.limit) };
}

/**
 * What an exploration reads ahead (graph/read-plan.ts), as the Neo4j
 * statement returns it: each node once (its id alone where the plan reads
 * nothing of its label), and the nodes the relationship properties name.
 */
export function exploreFetched(
  graph: PlanGraph,
  nodeIds: Iterable<string>,
  props: readonly Record<string, unknown>[],
  plan: ExplorePlan,
): ExploreFetched {
  const nodes = [...new Set(nodeIds)].flatMap((id) => {
    const node = graph.node(id);
    return node ? [fetchedNode(graph, node.label, node.data, plan.nodes[node.label] ?? emptyNodePlan())] : [];
  });
  const refs: ExploreFetched['refs'] = {};
  for (const [prop, next] of Object.entries(plan.refs) as [RefHop['prop'], NodePlan][]) {
    const ids = new Set(props.flatMap((p) => (typeof p[prop] === 'string' ? [p[prop] as string] : [])));
    refs[prop] = [...ids].flatMap((id) => {
      const node = graph.node(id);
      return node?.label === REF_LABELS[prop] ? [fetchedNode(graph, node.label, node.data, next)] : [];
    });
  }
  return { nodes, refs };
}
