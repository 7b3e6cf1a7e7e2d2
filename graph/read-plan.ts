import type { EventType, Role } from '../model/report.js';
import type { Label, NodeByLabel, RelationshipProps, RelSpec, RelType } from './model.js';
import type { EntityFilter, EventFilter, Page, PageOf } from './store.js';

/**
 * A read plan: what one GraphQL root field will read, as plain data. A store
 * answers it in one round trip (one Cypher statement on Neo4j) with the
 * properties the selection reads; the resolvers read the fetched tree.
 */
export type ReadPlan =
  | { root: 'events'; filter: PlannedEventFilter; page: Page; next: NodePlan }
  | { root: 'entities'; label: 'Actor' | 'Place'; filter: EntityFilter; page: Page; next: NodePlan }
  | { root: 'entitiesByKey'; label: 'Actor' | 'Place'; key: string; next: NodePlan }
  | { root: 'nodes'; label: Label; ids: string[]; next: NodePlan };

/** An actor or place given by global id or by a name's matchKey; the store resolves it. */
export type EntityReference = { ids: string[] } | { key: string };

/** The event list filter with its actor and place still to resolve (a place stands for every place inside it). */
export interface PlannedEventFilter extends Omit<EventFilter, 'actorIds' | 'placeIds'> {
  actor?: EntityReference;
  place?: EntityReference;
}

/** What to read at a node: some of its properties, and what it leads to. */
export interface NodePlan {
  /** The stored properties the selection needs; the id always comes too. */
  fields: readonly string[];
  related: RelatedHop[];
  eventPages: EventPageHop[];
}

/** Every relationship of one type and direction at the node. */
export interface RelatedHop {
  spec: RelSpec;
  /**
   * The relationship properties the selection needs. Relationships that agree
   * on these and on their other end come back once (an event told by three
   * articles has one row per participant unless the evidence is asked for).
   */
  props: readonly string[];
  /** The labels whose nodes at the other end are read, with what to read there; other ends are left unread. */
  next: Partial<Record<Label, NodePlan>>;
  /** Nodes a relationship names by a property (a delegate's side, an evidence's article). */
  refs: RefHop[];
}

export interface RefHop {
  prop: 'onBehalfOf' | 'articleId';
  label: Label;
  next: NodePlan;
}

/** One page of the events a node leads to (an actor's, a place's), newest first, with their total. */
export interface EventPageHop {
  filter: NestedEventFilter;
  page: Page;
  next: NodePlan;
}

export type NestedEventFilter =
  | { via: 'PARTICIPATED_IN'; role: Role | null; types: EventType[] | null }
  | { via: 'OCCURRED_IN'; includeContained: boolean };

/**
 * A node as a plan read it: `node` holds its id and the plan's fields only;
 * `related[i]` and `pages[i]` answer the plan's hops of that index.
 */
export interface FetchedNode {
  label: Label;
  node: PartialNode;
  related: FetchedRelationship[][];
  pages: PageOf<FetchedNode>[];
}

export interface FetchedRelationship {
  otherId: string;
  otherLabel: Label;
  /** The hop's properties only. */
  props: Partial<RelationshipProps[RelType]>;
  /** The node at the other end when the hop reads its label. */
  other: FetchedNode | null;
  /** `refs[i]` answers the hop's ref i: the node named, null when there is none. */
  refs: (FetchedNode | null)[];
}

/** The id of a node and the properties a plan read. */
export type PartialNode = { id: string } & Partial<NodeByLabel[Label]>;

/** How many levels the places inside a place are looked for (the same bound everywhere). */
export const MAX_CONTAINMENT_DEPTH = 6;

export function emptyNodePlan(fields: readonly string[] = []): NodePlan {
  return { fields, related: [], eventPages: [] };
}

/** The relationship properties a hop reads: its own and those its refs name nodes by. */
export function hopProps(hop: RelatedHop): string[] {
  return [...new Set([...hop.props, ...hop.refs.map((ref) => ref.prop)])];
}

/** A node's id and the listed properties of it (missing ones as null), as a new object. */
export function projected<T extends { id: string }>(node: T, fields: readonly string[]): PartialNode {
  const out: Record<string, unknown> = { id: node.id };
  for (const field of fields) out[field] = (node as Record<string, unknown>)[field] ?? null;
  return out as PartialNode;
}

/** Which nested event list of a node a page is: its filter and bounds. */
export function eventPageKey(filter: NestedEventFilter, page: Page): string {
  return JSON.stringify([filter, page.offset, page.limit]);
}

/**
 * What an exploration answer (a neighbourhood, paths) reads, for one store
 * call to bring it with the walk: at its nodes, by label, and at the nodes
 * its relationships name (the side of a delegate, the article of an
 * evidence). A label or reference left out is not read ahead.
 */
export interface ExplorePlan {
  nodes: Partial<Record<Label, NodePlan>>;
  refs: Partial<Record<RefHop['prop'], NodePlan>>;
}

/** The labels a relationship property names a node of. */
export const REF_LABELS: Record<RefHop['prop'], Label> = { onBehalfOf: 'Actor', articleId: 'Article' };

/** Reads nothing ahead: the answer's ids only. */
export const NO_EXPLORE_PLAN: ExplorePlan = { nodes: {}, refs: {} };

/** The nodes an exploration read ahead: those of its answer, and those its relationships name, by id. */
export interface ExploreFetched {
  nodes: FetchedNode[];
  refs: Partial<Record<RefHop['prop'], FetchedNode[]>>;
}
