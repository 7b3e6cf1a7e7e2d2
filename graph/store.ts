import type { ArticleKind, EventType, Factuality, Role } from '../model/report.js';
import type {
  ActorNode,
  ArticleNode,
  EventNode,
  Label,
  NodeByLabel,
  PlaceNode,
  Related,
  RelationshipWrite,
  RelSpec,
} from './model.js';

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
  findEvents(filter: EventFilter, page: Page): Promise<PageOf<EventNode>>;
  findActors(filter: EntityFilter, page: Page): Promise<PageOf<ActorNode>>;
  findPlaces(filter: EntityFilter, page: Page): Promise<PageOf<PlaceNode>>;
  findArticles(filter: ArticleFilter, page: Page): Promise<PageOf<ArticleNode>>;
  /**
   * Writes whole articles with their facts in one transaction: all of them or
   * none, never part of one. An article already stored is left as it is.
   */
  writeArticles(writes: readonly ArticleWrite[]): Promise<WriteOutcome[]>;
  counts(): Promise<{ nodes: number; relationships: number }>;
  close(): Promise<void>;
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
