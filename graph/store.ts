import type { SearchQuery } from '../explore/search-terms.js';
import type { ArticleKind, EventType, Factuality, Role } from '../model/report.js';
import type {
  ActorNode,
  ArticleNode,
  EventNode,
  Label,
  NodeByLabel,
  PlaceNode,
  Related,
  RelationshipProps,
  RelationshipWrite,
  RelSpec,
  RelType,
} from './model.js';
import type { EventWindow } from './nearest.js';
import type { ExploreFetched, ExplorePlan, FetchedNode, ReadPlan } from './read-plan.js';

export interface Page {
  offset: number;
  limit: number;
}

export interface PageOf<T> {
  rows: T[];
  totalCount: number;
}

/** Event list filter; every id list is already resolved (places include the places they contain). */
export interface EventFilter {
  types?: EventType[];
  from?: string;
  to?: string;
  placeIds?: string[];
  actorIds?: string[];
  role?: Role;
  factuality?: Factuality;
  /** Only events on one of these days (used to find merge candidates). */
  dates?: string[];
}

export interface EntityFilter {
  kinds?: string[];
  /** matchKey prefix of any name or alias. */
  nameKeyPrefix?: string;
}

export interface ArticleFilter {
  kinds?: ArticleKind[];
  from?: string;
  to?: string;
}

/** Everything one article's ingestion writes, applied in one transaction. */
export interface ArticleWrite {
  article: ArticleNode;
  actors: ActorNode[];
  places: PlaceNode[];
  events: EventNode[];
  relationships: RelationshipWrite[];
}

export type WriteOutcome = 'created' | 'unchanged';

/**
 * What ingesting a batch reads before planning it, per article of the batch:
 * its id, and the event types, days and linked articles its events may merge on.
 */
export interface MergeQuery {
  articles: { id: string; types: EventType[]; dates: string[]; linkedIds: string[] }[];
  /** Most events read by date (newest first); events of linked articles come on top. */
  limit: number;
}

/** A stored event as merging sees it: who took part, where, which articles tell it. */
export interface StoredEvent {
  node: EventNode;
  participantIds: string[];
  placeIds: string[];
  articleIds: string[];
}

export interface MergeContext {
  storedArticleIds: string[];
  /**
   * For the articles not stored yet: the events of their types on their days,
   * newest first, then the events the stored articles they link to report.
   */
  events: StoredEvent[];
}

/** A relationship seen from one of its nodes, in either direction, with what traversals need of the other node. */
export interface Adjacent {
  type: RelType;
  /** True when the relationship starts at the node it is seen from. */
  outgoing: boolean;
  otherId: string;
  otherLabel: Label;
  /** The other node's event type and date when it is an event (traversals filter on them). */
  otherEventType: EventType | null;
  otherDate: string | null;
  props: RelationshipProps[RelType];
}

/**
 * The first two levels of a neighbourhood walk. The centre's nearest
 * neighbours fill the walk's first level; only relationships that can enter
 * the answer are read, so a hub costs its neighbours, not its degree.
 */
export interface Nearby {
  /**
   * By node id, relationships seen from the centre and (when asked) from each
   * nearest neighbour. The centre's reach only itself and its nearest
   * neighbours; so do a neighbour's when `more` says the first level is full
   * (the walk admits no further node), else they also reach the first
   * `cap + 1` neighbours in the window (nearest first) of every nearest
   * neighbour: from each, the walk admits at most `cap` nodes and then only
   * among these, so a hub's relationships beyond them cannot enter the answer.
   * A relationship between two of these nodes may come from the first of them
   * only (the centre, then the neighbours nearest first): the walk admits no
   * node through it, and sees it from that one.
   */
  adjacency: Map<string, Adjacent[]>;
  /** True when the centre has more neighbours in the window than the cap. */
  more: boolean;
  /**
   * The centre, its nearest neighbours and the nodes at the other ends of
   * their relationships, as the plan reads them; the nodes the relationships
   * name (`ExplorePlan.refs`).
   */
  fetched: ExploreFetched;
}

/** A shortest path as a store finds it: its nodes and, per hop, the relationships between the two nodes seen from the first. */
export interface StoredPath {
  nodeIds: string[];
  hops: { fromId: string; toId: string; links: Adjacent[] }[];
}

export interface PathSearch {
  paths: StoredPath[];
  /** True when a bound ended the search before it could answer. */
  truncated: boolean;
  /** The nodes on the paths, each once, and those their relationships name, as the plan reads them. */
  fetched: ExploreFetched;
  /** False when one of the two ends is not stored (then nothing was searched). */
  endsExist: boolean;
}

/** What a search reads: the entities and the first articles matching it (see `GraphStore.search`). */
export interface SearchFound {
  entities: (ActorNode | PlaceNode)[];
  articles: ArticleNode[];
}

/** Most entities a name search considers; exact alias matches are always among them. */
export const ENTITY_SEARCH_CAP = 500;

/**
 * The storage port. Reads are batch-shaped (many ids per call) so DataLoaders
 * wrap them directly; results come back in key order, `null` for a missing id.
 */
export interface GraphStore {
  readonly name: 'embedded' | 'neo4j';
  /** Store calls made so far (Cypher queries for Neo4j, batch calls for the embedded store). */
  readonly roundTrips: number;
  /** Creates constraints and indexes; safe to call repeatedly. */
  init(): Promise<void>;
  nodes<L extends Label>(label: L, ids: readonly string[]): Promise<(NodeByLabel[L] | null)[]>;
  related(spec: RelSpec, ids: readonly string[]): Promise<Related[][]>;
  /** Ids of the nodes of that label one of whose names or aliases has this matchKey, per key. */
  lookupByKey(label: 'Actor' | 'Place', keys: readonly string[]): Promise<string[][]>;
  /** Everything a read plan asks for, in one round trip: the root's page (or its candidates) with what was read below. */
  readPlan(plan: ReadPlan): Promise<PageOf<FetchedNode>>;
  findEvents(filter: EventFilter, page: Page): Promise<PageOf<EventNode>>;
  findActors(filter: EntityFilter, page: Page): Promise<PageOf<ActorNode>>;
  findPlaces(filter: EntityFilter, page: Page): Promise<PageOf<PlaceNode>>;
  findArticles(filter: ArticleFilter, page: Page): Promise<PageOf<ArticleNode>>;
  /** Every relationship of these types at each node, both directions, in no particular order. */
  adjacent(ids: readonly string[], types: readonly RelType[]): Promise<Adjacent[][]>;
  /**
   * In one round trip, the first `cap` distinct neighbours of a node over
   * these types in the window, in `nearestFirst` order (graph/nearest.ts), and
   * the relationships described in `Nearby`: at the centre, and at the
   * neighbours too when `withNeighbours`. An unknown centre reads nothing.
   */
  nearby(
    centerId: string,
    types: readonly RelType[],
    window: EventWindow,
    cap: number,
    withNeighbours: boolean,
    plan: ExplorePlan,
  ): Promise<Nearby>;
  /**
   * In one round trip, the first `first` shortest paths of at most `maxLength`
   * hops over these types (either direction) between two nodes, in the order
   * of their node id sequences, with what the plan reads of their nodes.
   */
  shortestPaths(
    fromId: string,
    toId: string,
    types: readonly RelType[],
    maxLength: number,
    first: number,
    plan: ExplorePlan,
  ): Promise<PathSearch>;
  /**
   * In one round trip: entities of these labels with, for every query term, a
   * name or alias word matching it (see explore/search-terms.ts), at most
   * `entityLimit`, by id; and the first `articleLimit` articles whose title
   * or text match every term, newest first, then by id.
   */
  search(
    query: SearchQuery,
    labels: readonly ('Actor' | 'Place')[],
    entityLimit: number,
    articleLimit: number,
  ): Promise<SearchFound>;
  /** In one round trip, which articles of a batch are stored and the events the others may merge into. */
  mergeContext(query: MergeQuery): Promise<MergeContext>;
  /**
   * Writes whole articles with their facts in one transaction: all of them or
   * none, never part of one. An article already stored is left as it is.
   */
  writeArticles(writes: readonly ArticleWrite[]): Promise<WriteOutcome[]>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
}

/**
 * A write's relationships reach entities that it does not carry and the store
 * does not hold (removed, merged into another, since the writer last saw
 * them): nothing was written. The writer must read them again.
 */
export class MissingEntitiesError extends Error {
  constructor(readonly ids: string[]) {
    super(`entities not stored: ${ids.join(', ')}`);
  }
}

/**
 * The actors and places the relationships of some writes reach without the
 * writes carrying them: a writer leaves out entities it knows the store holds
 * under all their names (graph/ingest.ts), and the store checks they are there.
 */
export function assumedEntities(writes: readonly ArticleWrite[]): { Actor: string[]; Place: string[] } {
  const carried = new Set(writes.flatMap((w) => [...w.actors, ...w.places].map((n) => n.id)));
  const assumed = { Actor: new Set<string>(), Place: new Set<string>() };
  for (const { from, to } of writes.flatMap((w) => w.relationships))
    for (const end of [from, to])
      if ((end.label === 'Actor' || end.label === 'Place') && !carried.has(end.id))
        assumed[end.label].add(end.id);
  return { Actor: [...assumed.Actor].sort(), Place: [...assumed.Place].sort() };
}

/** The writes a store must apply: articles not stored yet, each once (the first write of an id wins). */
export function unstoredWrites(
  writes: readonly ArticleWrite[],
  isStored: (id: string) => boolean,
): ArticleWrite[] {
  const taken = new Set<string>();
  return writes.filter((write) => {
    const id = write.article.id;
    if (isStored(id) || taken.has(id)) return false;
    taken.add(id);
    return true;
  });
}

/** What became of each write: created when it was applied, unchanged otherwise. */
export function outcomesOf(
  writes: readonly ArticleWrite[],
  applied: readonly ArticleWrite[],
): WriteOutcome[] {
  const created = new Set(applied);
  return writes.map((write) => (created.has(write) ? 'created' : 'unchanged'));
}
