import { appendFileSync, existsSync, mkdirSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { deadline, LIMITS } from '../../explore/limits.js';
import type { SearchQuery } from '../../explore/search-terms.js';
import type {
  EntityNodeBase,
  EventNode,
  Label,
  NodeByLabel,
  Related,
  RelationshipProps,
  RelSpec,
  RelType,
} from '../model.js';
import { type EventWindow, type NeighbourSeen, nearestFirst, passesEventWindow } from '../nearest.js';
import { codepointCompare, compareEvents } from '../order.js';
import type { ExploreFetched, ExplorePlan, FetchedNode, ReadPlan } from '../read-plan.js';
import {
  type Adjacent,
  type ArticleFilter,
  type ArticleWrite,
  assumedEntities,
  type EntityFilter,
  type EventFilter,
  type GraphStore,
  type MergeContext,
  type MergeQuery,
  MissingEntitiesError,
  type Nearby,
  outcomesOf,
  type Page,
  type PageOf,
  type PathSearch,
  type SearchFound,
  unstoredWrites,
  type WriteOutcome,
} from '../store.js';
import { matchesEventFilter } from './event-filter.js';
import { exploreFetched, type PlanGraph, walkPlan } from './read-plan.js';
import { SearchIndex } from './search-index.js';
import { type PathGraph, shortestPathsIn } from './shortest-paths.js';
import { firstInOrder } from './top.js';

interface NodeAttributes {
  label: Label;
  data: NodeByLabel[Label];
}

interface EdgeAttributes {
  type: RelSpec['type'];
  props: RelationshipProps[RelSpec['type']];
}

const LOG_FILE = 'articles.jsonl';

/**
 * The in-process store: a graphology multigraph with an alias index. With a
 * data folder it appends every article write to a log and replays it at open,
 * so what was ingested survives a restart.
 */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded';
  private calls = 0;
  private readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly aliasIndex = {
    Actor: new Map<string, Set<string>>(),
    Place: new Map<string, Set<string>>(),
  };
  private readonly entitySearch = new SearchIndex();
  private readonly articleSearch = new SearchIndex();
  private readonly logPath: string | null;

  constructor(options: { dataDir?: string | null } = {}) {
    this.logPath = options.dataDir ? join(options.dataDir, LOG_FILE) : null;
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    if (this.logPath && existsSync(this.logPath)) this.replay(this.logPath);
  }

  get roundTrips(): number {
    return this.calls;
  }

  async init(): Promise<void> {}

  async nodes<L extends Label>(label: L, ids: readonly string[]): Promise<(NodeByLabel[L] | null)[]> {
    this.calls += 1;
    return ids.map((id) => this.nodeOf(label, id));
  }

  async related(spec: RelSpec, ids: readonly string[]): Promise<Related[][]> {
    this.calls += 1;
    return ids.map((id) => (this.graph.hasNode(id) ? this.neighbours(id, spec) : []));
  }

  async lookupByKey(label: 'Actor' | 'Place', keys: readonly string[]): Promise<string[][]> {
    this.calls += 1;
    return keys.map((key) => this.lookup(label, key));
  }

  async readPlan(plan: ReadPlan): Promise<PageOf<FetchedNode>> {
    this.calls += 1;
    return walkPlan(this.planGraph, plan);
  }

  /** What walking a plan reads of the graph. */
  private readonly planGraph: PlanGraph = {
    node: (id) => (this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : null),
    neighbours: (id, spec) => (this.graph.hasNode(id) ? this.neighbours(id, spec) : []),
    lookup: (label, key) => this.lookup(label, key),
    events: (filter, page) => this.eventsPage(filter, page),
    entities: (label, filter, page) => this.entitiesPage(label, filter, page),
  };

  async findEvents(filter: EventFilter, page: Page): Promise<PageOf<EventNode>> {
    this.calls += 1;
    return this.eventsPage(filter, page);
  }

  async findActors(filter: EntityFilter, page: Page): Promise<PageOf<NodeByLabel['Actor']>> {
    this.calls += 1;
    return this.entitiesPage('Actor', filter, page);
  }

  async findPlaces(filter: EntityFilter, page: Page): Promise<PageOf<NodeByLabel['Place']>> {
    this.calls += 1;
    return this.entitiesPage('Place', filter, page);
  }

  async findArticles(filter: ArticleFilter, page: Page): Promise<PageOf<NodeByLabel['Article']>> {
    this.calls += 1;
    const articles = this.allOf('Article').filter(
      (a) =>
        (!filter.kinds?.length || filter.kinds.includes(a.kind)) &&
        (!filter.from || (a.publishedAt !== null && a.publishedAt >= filter.from)) &&
        (!filter.to || (a.publishedAt !== null && a.publishedAt <= filter.to)),
    );
    return paginate(articles.sort(newestFirst), page);
  }

  async adjacent(ids: readonly string[], types: readonly RelType[]): Promise<Adjacent[][]> {
    this.calls += 1;
    return this.adjacency(ids, types);
  }

  async nearby(
    centerId: string,
    types: readonly RelType[],
    window: EventWindow,
    cap: number,
    withNeighbours: boolean,
    plan: ExplorePlan,
  ): Promise<Nearby> {
    this.calls += 1;
    if (!this.graph.hasNode(centerId)) return { adjacency: new Map(), more: false, fetched: NOTHING_FETCHED };
    const wanted = new Set(types);
    const found = this.nearest(centerId, wanted, window, cap + 1);
    const near = found.slice(0, cap);
    const more = found.length > cap;
    const admitted = new Set([centerId, ...near]);
    // Unless the first level is full, the walk admits, from each neighbour, only nodes among its own first cap + 1.
    const further =
      more || !withNeighbours ? [] : near.flatMap((id) => this.nearest(id, wanted, window, cap + 1));
    const reach = new Set([...admitted, ...further]);
    const walked = withNeighbours ? [centerId, ...near] : [centerId];
    const adjacency = new Map(
      walked.map((id) => [id, this.adjacentOf(id, wanted, id === centerId ? admitted : reach)]),
    );
    const seen = [...adjacency.values()].flat();
    return {
      adjacency,
      more,
      fetched: this.exploreFetched([...walked, ...seen.map((a) => a.otherId)], seen, plan),
    };
  }

  async shortestPaths(
    fromId: string,
    toId: string,
    types: readonly RelType[],
    maxLength: number,
    first: number,
    plan: ExplorePlan,
  ): Promise<PathSearch> {
    this.calls += 1;
    if (!this.graph.hasNode(fromId) || !this.graph.hasNode(toId))
      return { paths: [], truncated: false, fetched: NOTHING_FETCHED, endsExist: false };
    const wanted = new Set(types);
    const graph: PathGraph = {
      forEachNeighbour: (id, visit) => {
        if (!this.graph.hasNode(id)) return;
        this.graph.forEachEdge(id, (_edge, { type }, source, target) => {
          if (wanted.has(type)) visit(source === id ? target : source);
        });
      },
      links: (from, to) => this.adjacentBetween(from, to, wanted),
      cost: (id) => (this.graph.hasNode(id) ? this.graph.degree(id) : 0),
    };
    const found = shortestPathsIn(graph, fromId, toId, {
      maxLength,
      first,
      visitBudget: LIMITS.pathVisitBudget,
      expired: deadline(),
    });
    const links = found.paths.flatMap((path) => path.hops.flatMap((hop) => hop.links));
    const onPaths = found.paths.flatMap((path) => path.nodeIds);
    return { ...found, endsExist: true, fetched: this.exploreFetched(onPaths, links, plan) };
  }

  async search(
    query: SearchQuery,
    labels: readonly ('Actor' | 'Place')[],
    entityLimit: number,
    articleLimit: number,
  ): Promise<SearchFound> {
    this.calls += 1;
    const entities = labels.length
      ? this.entitySearch
          .match(query)
          .sort(codepointCompare)
          .flatMap((id) => labels.map((label) => this.nodeOf(label, id)).filter((node) => node !== null))
          .slice(0, entityLimit)
      : [];
    const matching = articleLimit > 0 ? this.articleSearch.match(query) : [];
    const articles = matching.flatMap((id) => this.nodeOf('Article', id) ?? []);
    return { entities, articles: firstInOrder(articles, articleLimit, newestFirst) };
  }

  private exploreFetched(nodeIds: string[], seen: readonly Adjacent[], plan: ExplorePlan): ExploreFetched {
    const props = seen.map((a) => a.props as unknown as Record<string, unknown>);
    return exploreFetched(this.planGraph, nodeIds, props, plan);
  }

  async mergeContext({ articles, limit }: MergeQuery): Promise<MergeContext> {
    this.calls += 1;
    const stored = new Set(articles.flatMap(({ id }) => (this.nodeOf('Article', id) ? [id] : [])));
    const fresh = articles.filter(({ id }) => !stored.has(id));
    const types = [...new Set(fresh.flatMap((article) => article.types))];
    const dates = [...new Set(fresh.flatMap((article) => article.dates))];
    const dated =
      types.length && dates.length ? this.eventsPage({ types, dates }, { offset: 0, limit }).rows : [];
    const events = new Map(dated.map((event) => [event.id, event]));
    for (const id of fresh.flatMap((article) => article.linkedIds)) {
      if (!this.nodeOf('Article', id)) continue;
      for (const { otherId, other } of this.neighbours(id, { type: 'REPORTS', direction: 'out' }))
        if (!events.has(otherId)) events.set(otherId, other as EventNode);
    }
    const ends = (id: string, spec: RelSpec) => this.neighbours(id, spec).map((r) => r.otherId);
    return {
      storedArticleIds: [...stored],
      events: [...events.values()].map((node) => ({
        node,
        participantIds: ends(node.id, { type: 'PARTICIPATED_IN', direction: 'in' }),
        placeIds: ends(node.id, { type: 'OCCURRED_IN', direction: 'out' }),
        articleIds: ends(node.id, { type: 'REPORTS', direction: 'in' }),
      })),
    };
  }

  async writeArticles(writes: readonly ArticleWrite[]): Promise<WriteOutcome[]> {
    this.calls += 1;
    const fresh = unstoredWrites(writes, (id) => this.graph.hasNode(id));
    const assumed = assumedEntities(fresh);
    const missing = [...assumed.Actor, ...assumed.Place].filter((id) => !this.graph.hasNode(id));
    if (missing.length > 0) throw new MissingEntitiesError(missing);
    if (this.logPath && fresh.length > 0) {
      appendFileSync(this.logPath, fresh.map((w) => `${JSON.stringify(w)}\n`).join(''));
    }
    for (const write of fresh) this.apply(write);
    return outcomesOf(writes, fresh);
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    this.calls += 1;
    return { nodes: this.graph.order, relationships: this.graph.size };
  }

  async close(): Promise<void> {}

  /**
   * Replays the log. A process killed while appending leaves at most a torn
   * last line: that article was never acknowledged, so it is dropped.
   */
  private replay(path: string): void {
    const lines = readFileSync(path, 'utf8').split('\n');
    const complete = lines.slice(0, -1);
    const torn = lines.at(-1) ?? '';
    for (const line of complete) if (line.trim()) this.apply(JSON.parse(line) as ArticleWrite);
    if (torn.trim()) truncateSync(path, Buffer.byteLength(complete.map((l) => `${l}\n`).join('')));
  }

  /** Applies a write synchronously, so no reader ever sees half of it. */
  private apply(write: ArticleWrite): void {
    this.upsertNode('Article', write.article);
    this.articleSearch.put(write.article.id, write.article.searchKey);
    for (const actor of write.actors) this.upsertEntity('Actor', actor);
    for (const place of write.places) this.upsertEntity('Place', place);
    for (const event of write.events) this.upsertNode('Event', event);
    for (const rel of write.relationships) {
      if (!this.graph.hasNode(rel.from.id) || !this.graph.hasNode(rel.to.id)) continue;
      const key = `${rel.type}|${rel.from.id}|${rel.to.id}|${rel.key}`;
      if (this.graph.hasEdge(key)) continue;
      this.graph.addDirectedEdgeWithKey(key, rel.from.id, rel.to.id, { type: rel.type, props: rel.props });
    }
  }

  private upsertNode<L extends Label>(label: L, data: NodeByLabel[L]): void {
    this.graph.mergeNode(data.id, { label, data });
  }

  private upsertEntity(label: 'Actor' | 'Place', incoming: NodeByLabel['Actor' | 'Place']): void {
    const existing = this.nodeOf(label, incoming.id);
    const merged: EntityNodeBase = existing
      ? {
          ...existing,
          aliases: [...new Set([...existing.aliases, ...incoming.aliases])],
          aliasKeys: [...new Set([...existing.aliasKeys, ...incoming.aliasKeys])],
        }
      : incoming;
    this.graph.mergeNode(incoming.id, { label, data: merged as NodeByLabel[typeof label] });
    this.entitySearch.put(incoming.id, merged.aliasKeys.join(' '));
    for (const key of merged.aliasKeys) {
      const ids = this.aliasIndex[label].get(key) ?? new Set<string>();
      ids.add(incoming.id);
      this.aliasIndex[label].set(key, ids);
    }
  }

  /** The first `count` distinct neighbours of a node in the window, in `nearestFirst` order. */
  private nearest(id: string, types: ReadonlySet<RelType>, window: EventWindow, count: number): string[] {
    const candidates = new Map<string, NeighbourSeen>();
    this.forEachLink(id, types, (seen) => {
      if (seen.otherId !== id && !candidates.has(seen.otherId) && passesEventWindow(seen, window))
        candidates.set(seen.otherId, seen);
    });
    return firstInOrder(candidates.values(), count, nearestFirst).map((seen) => seen.otherId);
  }

  private adjacency(ids: readonly string[], types: readonly RelType[]): Adjacent[][] {
    const wanted = new Set(types);
    return ids.map((id) => (this.graph.hasNode(id) ? this.adjacentOf(id, wanted, null) : []));
  }

  /**
   * The relationships of these types at a node, seen from it; only those
   * reaching `among` when given, looked up pair by pair when there are fewer
   * of them than the node has relationships (a hub among its nearest neighbours).
   */
  private adjacentOf(id: string, types: ReadonlySet<RelType>, among: ReadonlySet<string> | null): Adjacent[] {
    const found: Adjacent[] = [];
    const keep = (seen: NeighbourSeen & { outgoing: boolean }, props: RelationshipProps[RelType]) =>
      found.push({ ...seen, props });
    if (among && among.size < this.graph.degree(id)) {
      for (const otherId of among) this.forEachLink(id, types, keep, otherId);
    } else
      this.forEachLink(id, types, (seen, props) => {
        if (!among || among.has(seen.otherId)) keep(seen, props);
      });
    return found;
  }

  /** The relationships of these types between two nodes, seen from the first. */
  private adjacentBetween(id: string, otherId: string, types: ReadonlySet<RelType>): Adjacent[] {
    const found: Adjacent[] = [];
    this.forEachLink(id, types, (seen, props) => found.push({ ...seen, props }), otherId);
    return found;
  }

  /**
   * Calls `visit` for each relationship of these types at a node (only those
   * reaching `otherId` when given), with what a walk reads of its other end.
   */
  private forEachLink(
    id: string,
    types: ReadonlySet<RelType>,
    visit: (seen: NeighbourSeen & { outgoing: boolean }, props: RelationshipProps[RelType]) => void,
    otherId?: string,
  ): void {
    const onEdge = (
      _edge: string,
      { type, props }: EdgeAttributes,
      source: string,
      target: string,
      sourceAttributes: NodeAttributes,
      targetAttributes: NodeAttributes,
    ) => {
      if (!types.has(type)) return;
      const outgoing = source === id;
      const other = outgoing ? targetAttributes : sourceAttributes;
      const event = other.label === 'Event' ? (other.data as EventNode) : null;
      visit(
        {
          type,
          outgoing,
          otherId: outgoing ? target : source,
          otherLabel: other.label,
          otherEventType: event?.type ?? null,
          otherDate: event?.date ?? null,
        },
        props,
      );
    };
    if (otherId === undefined) this.graph.forEachEdge(id, onEdge);
    else if (this.graph.hasNode(id) && this.graph.hasNode(otherId))
      this.graph.forEachEdge(id, otherId, onEdge);
  }

  private lookup(label: 'Actor' | 'Place', key: string): string[] {
    return [...(this.aliasIndex[label].get(key) ?? [])].sort();
  }

  private eventsPage(filter: EventFilter, page: Page): PageOf<EventNode> {
    const events = this.allOf('Event').filter((event) =>
      matchesEventFilter(event, filter, (type, direction) => this.neighbours(event.id, { type, direction })),
    );
    return paginate(events.sort(compareEvents), page);
  }

  private entitiesPage<L extends 'Actor' | 'Place'>(
    label: L,
    filter: EntityFilter,
    page: Page,
  ): PageOf<NodeByLabel[L]> {
    return paginate(this.allOf(label).filter(entityMatcher(filter)).sort(byName), page);
  }

  private nodeOf<L extends Label>(label: L, id: string): NodeByLabel[L] | null {
    if (!this.graph.hasNode(id)) return null;
    const attributes = this.graph.getNodeAttributes(id);
    return attributes.label === label ? (attributes.data as NodeByLabel[L]) : null;
  }

  private allOf<L extends Label>(label: L): NodeByLabel[L][] {
    return this.graph
      .filterNodes((_, attributes) => attributes.label === label)
      .map((id) => this.graph.getNodeAttribute(id, 'data') as NodeByLabel[L]);
  }

  /** The relationships of one type and direction at a node, seen from it. */
  private neighbours(id: string, spec: RelSpec): Related[] {
    const found: Related[] = [];
    const onEdge = (
      _edge: string,
      { type, props }: EdgeAttributes,
      source: string,
      target: string,
      sourceAttributes: NodeAttributes,
      targetAttributes: NodeAttributes,
    ) => {
      if (type !== spec.type) return;
      const [otherId, { label, data }] =
        spec.direction === 'out' ? [target, targetAttributes] : [source, sourceAttributes];
      found.push({
        otherId,
        otherLabel: label,
        other: label === 'Article' ? null : (data as Related['other']),
        props,
      });
    };
    if (spec.direction === 'out') this.graph.forEachOutEdge(id, onEdge);
    else this.graph.forEachInEdge(id, onEdge);
    return found;
  }
}

const NOTHING_FETCHED: ExploreFetched = { nodes: [], refs: {} };

function paginate<T>(rows: T[], page: Page): PageOf<T> {
  return { rows: rows.slice(page.offset, page.offset + page.limit), totalCount: rows.length };
}

function newestFirst(a: NodeByLabel['Article'], b: NodeByLabel['Article']): number {
  return codepointCompare(b.publishedAt ?? '', a.publishedAt ?? '') || codepointCompare(a.id, b.id);
}

function byName(a: EntityNodeBase, b: EntityNodeBase): number {
  return codepointCompare(a.name, b.name) || codepointCompare(a.id, b.id);
}

function entityMatcher(filter: EntityFilter) {
  return (node: EntityNodeBase & { kind: string }) =>
    (!filter.kinds?.length || filter.kinds.includes(node.kind)) &&
    (!filter.nameKeyPrefix || node.aliasKeys.some((key) => key.startsWith(filter.nameKeyPrefix ?? '')));
}
