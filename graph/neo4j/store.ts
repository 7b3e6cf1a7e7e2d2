import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import './no-delay.js';
import type { SearchQuery } from '../../explore/search-terms.js';
import {
  type ActorNode,
  type ArticleNode,
  type EventNode,
  type Label,
  NODE_FIELDS,
  type NodeByLabel,
  type PlaceNode,
  RELATIONSHIP_FIELDS,
  type Related,
  type RelSpec,
  type RelType,
} from '../model.js';
import type { EventWindow } from '../nearest.js';
import type { ExplorePlan, FetchedNode, ReadPlan } from '../read-plan.js';
import {
  type Adjacent,
  type ArticleFilter,
  type ArticleWrite,
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
  type StoredEvent,
  unstoredWrites,
  type WriteOutcome,
} from '../store.js';
import { StoreUnavailableError } from '../store-unavailable.js';
import * as cypher from './cypher.js';
import { nearby, shortestPaths } from './explore-cypher.js';
import { readPlanStatement } from './read-plan-cypher.js';
import { exploreFetched, fetchedPage } from './read-plan-result.js';
import { Slots } from './slots.js';
import { plainRecord } from './values.js';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Bound on every transaction, in milliseconds. */
  transactionTimeoutMs?: number;
  /** Most transactions open at once, further ones waiting their turn in this process; 0 or unset for no bound. */
  maxConcurrentTransactions?: number;
}

/**
 * While Neo4j is down a query fails in about 3 s (retries 1 s then 2 s apart)
 * instead of the driver's defaults of 30 s of retries and 60 s of waiting for
 * a connection; once it is back, the next query opens new connections.
 */
const DRIVER_LIMITS = {
  maxTransactionRetryTime: 2_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 5_000,
};

/** The Neo4j adapter: the only module that knows Cypher execution and driver types. */
export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  private queries = 0;
  private readonly driver: Driver;
  /**
   * Under overload, transactions that all run at once share the database's
   * CPU until each takes longer than its bound; queued here instead, they run
   * a few at a time, each as fast as it can.
   */
  private readonly slots: Slots;

  constructor(private readonly config: Neo4jConfig) {
    const auth = config.password ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : undefined;
    this.driver = neo4j.driver(config.uri, auth, { disableLosslessIntegers: false, ...DRIVER_LIMITS });
    const concurrency = config.maxConcurrentTransactions || Number.POSITIVE_INFINITY;
    this.slots = new Slots(concurrency);
  }

  get roundTrips(): number {
    return this.queries;
  }

  async init(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.config.database }).catch(rethrowAsStoreError);
    for (const statement of cypher.schemaStatements()) await this.write((tx) => this.run(tx, statement));
  }

  async nodes<L extends Label>(label: L, ids: readonly string[]): Promise<(NodeByLabel[L] | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.read((tx) => this.run(tx, cypher.nodesById(label, ids)));
    const byId = new Map<string, NodeByLabel[L]>();
    for (const record of records) {
      const node = plainRecord<NodeByLabel[L]>(record.get('node'), NODE_FIELDS[label]);
      byId.set(node.id, node);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  async related(spec: RelSpec, ids: readonly string[]): Promise<Related[][]> {
    if (ids.length === 0) return [];
    const records = await this.read((tx) => this.run(tx, cypher.relatedById(spec, ids)));
    const byId = new Map<string, Related[]>(ids.map((id) => [id, []]));
    for (const record of records) {
      const otherLabel: Label = record.get('otherLabel');
      const other = record.get('other');
      byId.get(record.get('id'))?.push({
        otherId: record.get('otherId'),
        otherLabel,
        other: other ? plainRecord(other, NODE_FIELDS[otherLabel]) : null,
        props: plainRecord(record.get('props'), RELATIONSHIP_FIELDS[spec.type]),
      });
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async lookupByKey(label: 'Actor' | 'Place', keys: readonly string[]): Promise<string[][]> {
    if (keys.length === 0) return [];
    const records = await this.read((tx) => this.run(tx, cypher.lookupByKey(label, keys)));
    const byKey = new Map<string, string[]>(records.map((r) => [r.get('key'), [...r.get('ids')].sort()]));
    return keys.map((key) => byKey.get(key) ?? []);
  }

  async readPlan(plan: ReadPlan): Promise<PageOf<FetchedNode>> {
    const [record] = await this.read((tx) => this.run(tx, readPlanStatement(plan)));
    const label = plan.root === 'events' ? 'Event' : plan.label;
    return fetchedPage(label, record?.get('total'), record?.get('rows') ?? [], plan.next);
  }

  findEvents(filter: EventFilter, page: Page): Promise<PageOf<NodeByLabel['Event']>> {
    return this.page('Event', cypher.findEvents(filter, page));
  }

  findActors(filter: EntityFilter, page: Page): Promise<PageOf<NodeByLabel['Actor']>> {
    return this.page('Actor', cypher.findEntities('Actor', filter, page));
  }

  findPlaces(filter: EntityFilter, page: Page): Promise<PageOf<NodeByLabel['Place']>> {
    return this.page('Place', cypher.findEntities('Place', filter, page));
  }

  findArticles(filter: ArticleFilter, page: Page): Promise<PageOf<NodeByLabel['Article']>> {
    return this.page('Article', cypher.findArticles(filter, page));
  }

  async adjacent(ids: readonly string[], types: readonly RelType[]): Promise<Adjacent[][]> {
    if (ids.length === 0 || types.length === 0) return ids.map(() => []);
    const records = await this.read((tx) => this.run(tx, cypher.adjacent(ids, types)));
    const byId = new Map<string, Adjacent[]>(ids.map((id) => [id, []]));
    for (const record of records) {
      const type = record.get('type') as RelType;
      byId.get(record.get('id'))?.push({
        type,
        outgoing: record.get('outgoing'),
        otherId: record.get('otherId'),
        otherLabel: record.get('otherLabel'),
        otherEventType: record.get('otherEventType'),
        otherDate: record.get('otherDate'),
        props: plainRecord(record.get('props'), RELATIONSHIP_FIELDS[type]),
      });
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async nearby(
    centerId: string,
    types: readonly RelType[],
    window: EventWindow,
    cap: number,
    withNeighbours: boolean,
    plan: ExplorePlan,
  ): Promise<Nearby> {
    if (types.length === 0) return { adjacency: new Map(), more: false, fetched: { nodes: [], refs: {} } };
    const [record] = await this.read((tx) =>
      this.run(tx, nearby(centerId, types, window, cap, withNeighbours, plan)),
    );
    if (!record) return { adjacency: new Map(), more: false, fetched: { nodes: [], refs: {} } };
    const walked = record.get('walked') as { id: string; adjacent: (Raw & { type: RelType })[] }[];
    return {
      more: record.get('more'),
      adjacency: new Map(walked.map(({ id, adjacent }) => [id, adjacent.map(plainAdjacent)])),
      fetched: exploreFetched(plan, record),
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
    const [record] = await this.read((tx) =>
      this.run(tx, shortestPaths(fromId, toId, types, maxLength, first, plan)),
    );
    if (!record) return { paths: [], truncated: false, fetched: { nodes: [], refs: {} }, endsExist: false };
    const found = record.get('paths') as { ids: string[]; hops: (Raw & { type: RelType })[][] }[];
    return {
      truncated: record.get('truncated') === true,
      fetched: exploreFetched(plan, record),
      endsExist: true,
      paths: found.map(({ ids: nodeIds, hops }) => ({
        nodeIds,
        hops: hops.map((links, i) => ({
          fromId: nodeIds[i] as string,
          toId: nodeIds[i + 1] as string,
          links: links.map(plainAdjacent),
        })),
      })),
    };
  }

  async search(
    query: SearchQuery,
    labels: readonly ('Actor' | 'Place')[],
    entityLimit: number,
    articleLimit: number,
  ): Promise<SearchFound> {
    if (query.terms.length === 0) return { entities: [], articles: [] };
    const [record] = await this.read((tx) =>
      this.run(tx, cypher.search(query, labels, entityLimit, articleLimit)),
    );
    const entities = (record?.get('entities') ?? []) as { label: 'Actor' | 'Place'; node: Raw }[];
    const articles = (record?.get('articles') ?? []) as Raw[];
    return {
      entities: entities.map(({ label, node }) =>
        plainRecord<ActorNode | PlaceNode>(node, NODE_FIELDS[label]),
      ),
      articles: articles.map((node) => plainRecord<ArticleNode>(node, NODE_FIELDS.Article)),
    };
  }

  async mergeContext(query: MergeQuery): Promise<MergeContext> {
    if (query.articles.length === 0) return { storedArticleIds: [], events: [] };
    const [record] = await this.read((tx) => this.run(tx, cypher.mergeContext(query)));
    const events = (record?.get('events') ?? []) as (Omit<StoredEvent, 'node'> & {
      node: Record<string, unknown>;
    })[];
    return {
      storedArticleIds: record?.get('stored') ?? [],
      events: events.map((event) => ({
        ...event,
        node: plainRecord<EventNode>(event.node, NODE_FIELDS.Event),
      })),
    };
  }

  async writeArticles(writes: readonly ArticleWrite[]): Promise<WriteOutcome[]> {
    if (writes.length === 0) return [];
    // Callers pass new articles: the id constraint, not a read first, tells when one is stored already.
    const fresh = unstoredWrites(writes, () => false);
    try {
      await this.write(async (tx) => {
        const [record] = await this.run(tx, cypher.writeArticles(fresh));
        const missing: string[] = record?.get('missing') ?? [];
        // Thrown inside the transaction's work: the driver rolls it back.
        if (missing.length > 0) throw new MissingEntitiesError(missing);
      });
      return outcomesOf(writes, fresh);
    } catch (error) {
      if (!isArticleConflict(error)) throw error;
      // One of these articles is stored (another writer's, maybe meanwhile): write them one by one.
      if (writes.length === 1) return ['unchanged'];
      const outcomes: WriteOutcome[] = [];
      for (const write of writes) outcomes.push(...(await this.writeArticles([write])));
      return outcomes;
    }
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const [record] = await this.read((tx) => this.run(tx, cypher.counts()));
    return {
      nodes: Number(record?.get('nodes') ?? 0),
      relationships: Number(record?.get('relationships') ?? 0),
    };
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async page<L extends Label>(
    label: L,
    statement: cypher.Statement,
  ): Promise<PageOf<NodeByLabel[L]>> {
    const [record] = await this.read((tx) => this.run(tx, statement));
    return {
      totalCount: Number(record?.get('total') ?? 0),
      rows: (record?.get('rows') ?? []).map((row: Record<string, unknown>) =>
        plainRecord<NodeByLabel[L]>(row, NODE_FIELDS[label]),
      ),
    };
  }

  private async run(tx: ManagedTransaction, statement: cypher.Statement) {
    this.queries += 1;
    const result = await tx.run(statement.text, toDriverParams(statement.params));
    return result.records;
  }

  private read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.slots.run(() => {
      const session = this.driver.session({
        database: this.config.database,
        defaultAccessMode: neo4j.session.READ,
      });
      return session
        .executeRead(work, this.txConfig())
        .catch(rethrowAsStoreError)
        .finally(() => session.close());
    });
  }

  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.slots.run(() => {
      const session = this.driver.session({ database: this.config.database });
      return session
        .executeWrite(work, this.txConfig())
        .catch(rethrowAsStoreError)
        .finally(() => session.close());
    });
  }

  private txConfig() {
    return { timeout: this.config.transactionTimeoutMs ?? 10_000 };
  }
}

type Raw = Record<string, unknown>;

/** A relationship seen from a node, as exploration statements return it, with its properties made plain. */
function plainAdjacent({ props, ...rel }: Raw & { type: RelType }): Adjacent {
  return { ...rel, props: plainRecord(props as Raw, RELATIONSHIP_FIELDS[rel.type]) } as Adjacent;
}

/** SKIP and LIMIT need integers; JS numbers would be sent as floats. */
function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  for (const key of Object.keys(out))
    if (/(^|_)(offset|limit)$/.test(key) && typeof out[key] === 'number')
      out[key] = neo4j.int(out[key] as number);
  return out;
}

/** Lost or refused connections become StoreUnavailableError; Cypher and constraint errors stay as they are. */
function rethrowAsStoreError(error: unknown): never {
  if (!isUnavailable(error)) throw error;
  throw new StoreUnavailableError(error.message.split('\n')[0], { cause: error });
}

function isUnavailable(error: unknown): error is Neo4jError {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === neo4j.error.SERVICE_UNAVAILABLE ||
    error.code === neo4j.error.SESSION_EXPIRED ||
    error.message.startsWith('Connection acquisition timed out')
  );
}

function isArticleConflict(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed' && /Article/.test(String(error));
}
