import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPubSub } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { type ExtractionResources, loadExtractionResources } from '../extract/index.js';
import { EmbeddedStore } from '../graph/embedded/store.js';
import { type Neo4jConfig, Neo4jStore } from '../graph/neo4j/store.js';
import type { GraphStore } from '../graph/store.js';
import { globalIdOf } from '../resolvers/nodes.js';
import { loadSeed } from '../seed/load.js';
import { logger } from '../server/observability/logger.js';
import { securityConfigFromEnv } from '../server/security/config.js';
import { createKnowledgeGraphYoga } from '../server/yoga.js';
import { startLocalNeo4j } from '../tools/neo4j/local.js';
import { type LatencySummary, pick, seededRandom, summarize } from './stats.js';
import { syntheticGraph } from './synthetic-graph.js';

/** The explorer page's own selections (server/explorer-page/api.js), so the numbers are what a user waits for. */
const NODE_SUMMARY = `
fragment NodeSummary on Node {
  __typename
  id
  ... on Actor { name nameAr actorKind: kind }
  ... on Place { name nameAr placeKind: kind }
  ... on Event { type date factuality place { id name } }
  ... on Article { title articleKind: kind publishedAt }
}`;
const RELATIONSHIP = `
fragment Relationship on GraphRelationship {
  id type sourceId targetId role stance
  onBehalfOf { id name }
  evidence { sentence article { id title url } }
}`;

export const EXPLORE_QUERIES = {
  search: `query Search($text: String!) {
  search(text: $text, first: 20) { match matched node { ...NodeSummary } }
}${NODE_SUMMARY}`,
  neighborhood: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2) {
    truncated center { ...NodeSummary } nodes { ...NodeSummary } relationships { ...Relationship }
  }
}${NODE_SUMMARY}${RELATIONSHIP}`,
  paths: `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, first: 5) {
    truncated
    paths { length nodes { ...NodeSummary } hops { from { id } to { id } relationships { ...Relationship } } }
  }
}${NODE_SUMMARY}${RELATIONSHIP}`,
} as const;
export type ExploreQuery = keyof typeof EXPLORE_QUERIES;
const QUERY_NAMES = Object.keys(EXPLORE_QUERIES) as ExploreQuery[];

type StoreName = GraphStore['name'];
type GraphName = 'seed' | 'synthetic';

interface Options {
  articles: number;
  requests: number;
  warmup: number;
  batch: number;
  seed: number;
  stores: StoreName[];
}

interface GraphBuild {
  nodes: number;
  relationships: number;
  seconds: number;
  articles: number;
}

interface QueryResult extends LatencySummary {
  roundTrips: number;
  answers: string;
}

interface Row {
  store: StoreName;
  graph: GraphName;
  build: GraphBuild;
  results: Record<ExploreQuery, QueryResult>;
}

/**
 * `bench explore`: p50/p95 latency of search, a depth-2 neighbourhood and
 * paths through the GraphQL API (in process, resolvers and DataLoaders
 * included) on each store, on the seed graph and on a synthetic graph.
 */
export async function benchExplore(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  // One info line per request would bury the table; LOG_LEVEL still decides when it is set.
  if (!process.env.LOG_LEVEL) logger.level = 'warn';
  const resources = loadExtractionResources();
  printHeader(options);
  for (const storeName of options.stores) {
    const run = storeName === 'embedded' ? runOnEmbedded : runOnNeo4j;
    await run(async (open) => {
      for (const graph of ['seed', 'synthetic'] as const) {
        const store = await open(graph);
        try {
          printRow(await benchGraph(store, graph, resources, options));
        } finally {
          await store.close();
        }
      }
    });
  }
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '100000' },
      requests: { type: 'string', default: '300' },
      warmup: { type: 'string', default: '30' },
      batch: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      // Neo4j first: its connections must not wait on the garbage collection of a large embedded graph.
      stores: { type: 'string', default: 'neo4j,embedded' },
    },
  });
  const count = (name: keyof typeof values) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
    return value;
  };
  const stores = String(values.stores).split(',');
  if (!stores.every((s): s is StoreName => s === 'embedded' || s === 'neo4j'))
    throw new Error('--stores takes embedded, neo4j or both, comma-separated');
  return {
    articles: count('articles'),
    requests: count('requests'),
    warmup: count('warmup'),
    batch: count('batch'),
    seed: count('seed'),
    stores,
  };
}

type OpenStore = (graph: GraphName) => Promise<GraphStore>;

async function runOnEmbedded(work: (open: OpenStore) => Promise<void>): Promise<void> {
  await work(async () => new EmbeddedStore());
}

/**
 * Neo4j at NEO4J_URI (its database must be empty), else a local one on a
 * fresh data folder, removed afterwards. Each graph starts from an empty
 * database; the synthetic graph stays in the one at NEO4J_URI for profiling.
 */
async function runOnNeo4j(work: (open: OpenStore) => Promise<void>): Promise<void> {
  const dataDir = process.env.NEO4J_URI ? null : await mkdtemp(join(tmpdir(), 'bench-explore-neo4j-'));
  const local = dataDir ? await startLocalNeo4j({ dataDir }) : null;
  const config: Neo4jConfig = {
    uri: local?.uri ?? (process.env.NEO4J_URI as string),
    ...(process.env.NEO4J_USER ? { user: process.env.NEO4J_USER } : {}),
    ...(process.env.NEO4J_PASSWORD ? { password: process.env.NEO4J_PASSWORD } : {}),
    ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
    // Batches of a thousand articles and traversals of the largest hubs take longer than the server's 10 s.
    transactionTimeoutMs: 600_000,
  };
  let removal: Promise<void> | undefined;
  const removeLocal = () => {
    removal ??= (async () => {
      await local?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    })();
    return removal;
  };
  // A run stopped with Ctrl-C during a long build must not leave gigabytes in the temporary folder.
  const onInterrupt = () => void removeLocal().finally(() => process.exit(130));
  process.once('SIGINT', onInterrupt);
  try {
    await work(async (graph) => {
      if (graph !== 'seed') await emptyNeo4j(config);
      const store = new Neo4jStore(config);
      await store.init();
      const { nodes } = await store.counts();
      if (nodes > 0) {
        await store.close();
        throw new Error(
          `the database at NEO4J_URI is not empty; the benchmark builds its graphs in an empty one. Empty it with:\n${EMPTYING.join(';\n')}`,
        );
      }
      return store;
    });
  } finally {
    process.off('SIGINT', onInterrupt);
    await removeLocal();
  }
}

/** Statements that empty a database in transactions small enough for any heap, hubs included. */
const EMPTYING = [
  'MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS',
  'MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS',
];

/** Deletes the graph the benchmark wrote before. */
async function emptyNeo4j(config: Neo4jConfig): Promise<void> {
  const auth = config.password ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : undefined;
  const driver = neo4j.driver(config.uri, auth);
  const session = driver.session({ database: config.database });
  try {
    // Auto-commit queries: CALL { … } IN TRANSACTIONS may not run inside an explicit transaction.
    for (const statement of EMPTYING) await session.run(statement);
  } finally {
    await session.close();
    await driver.close();
  }
}

async function benchGraph(
  store: GraphStore,
  graph: GraphName,
  resources: ExtractionResources,
  options: Options,
): Promise<Row> {
  const label = `${graph} graph on ${store.name}`;
  const started = performance.now();
  const articles =
    graph === 'seed'
      ? (await loadSeed(store, resources)).articles.created
      : await writeSynthetic(store, resources, options, label);
  const seconds = (performance.now() - started) / 1000;
  const build = { ...(await store.counts()), seconds, articles };
  process.stderr.write(`${label}: ${build.nodes} nodes, ${build.relationships} relationships\n`);

  const execute = inProcessApi(store, resources);
  const inputs = await requestInputs(store, options.seed, options.warmup + options.requests);
  const results = {} as Record<ExploreQuery, QueryResult>;
  for (const query of QUERY_NAMES) {
    process.stderr.write(`${label}: ${query}…\n`);
    const variables = inputs[query];
    for (const warm of variables.slice(0, options.warmup)) await timed(execute, query, warm);
    const before = store.roundTrips;
    const measured = [];
    for (const vars of variables.slice(options.warmup)) measured.push(await timed(execute, query, vars));
    results[query] = {
      ...summarize(measured.map((m) => m.ms)),
      roundTrips: (store.roundTrips - before) / measured.length,
      answers: describeAnswers(
        query,
        measured.map((m) => m.data),
      ),
    };
  }
  return { store: store.name, graph, build, results };
}

async function writeSynthetic(
  store: GraphStore,
  resources: ExtractionResources,
  options: Options,
  label: string,
): Promise<number> {
  const started = performance.now();
  let written = 0;
  const batches = syntheticGraph(resources.gazetteer, {
    seed: options.seed,
    articles: options.articles,
    batchSize: options.batch,
  });
  for (const batch of batches) {
    written += (await store.writeArticles(batch)).filter((outcome) => outcome === 'created').length;
    const rate = written / ((performance.now() - started) / 1000);
    process.stderr.write(
      `\r${label}: ${written}/${options.articles} articles written (${rate.toFixed(0)}/s)`,
    );
  }
  process.stderr.write('\n');
  return written;
}

export type Execute = (query: ExploreQuery, variables: Record<string, unknown>) => Promise<unknown>;

/** GraphQL through yoga.fetch, without a port: what a request costs in the server itself. */
export function inProcessApi(store: GraphStore, resources: ExtractionResources): Execute {
  const yoga = createKnowledgeGraphYoga({
    store,
    resources,
    events: createPubSub(),
    security: securityConfigFromEnv({}),
  });
  return async (query, variables) => {
    const response = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXPLORE_QUERIES[query], variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length)
      throw new Error(`${query} ${JSON.stringify(variables)}: ${body.errors[0]?.message}`);
    return body.data;
  };
}

async function timed(execute: Execute, query: ExploreQuery, variables: Record<string, unknown>) {
  const started = performance.now();
  const data = await execute(query, variables);
  return { ms: performance.now() - started, data };
}

/**
 * Varied requests drawn from the graph with a seeded generator, the same on
 * every store: names of actors and places (an Arabic alias or a word of the
 * English name) to search, actors to centre on, pairs of actors to link.
 * Media outlets are left out of the actors: nothing but articles links them.
 */
export async function requestInputs(
  store: GraphStore,
  seed: number,
  count: number,
): Promise<Record<ExploreQuery, Record<string, unknown>[]>> {
  const everything = { offset: 0, limit: 1_000_000 };
  const actors = (await store.findActors({}, everything)).rows;
  const places = (await store.findPlaces({}, everything)).rows;
  const centres = actors.filter((actor) => actor.kind !== 'MEDIA').map((actor) => globalIdOf(actor.id));
  const random = seededRandom(seed);
  const searchText = (i: number) => {
    const entity = pick([...actors, ...places], random);
    const arabic = [entity.nameAr, ...entity.aliases].filter((name): name is string =>
      /[\u0600-\u06FF]/.test(name ?? ''),
    );
    const englishWords = (entity.nameEn ?? entity.name)
      .split(/[\s-]+/)
      .filter((word) => /^[A-Za-z]{4,}$/.test(word));
    return i % 2 === 0 && arabic.length > 0
      ? pick(arabic, random)
      : pick(englishWords.length ? englishWords : [entity.name], random);
  };
  const pair = () => {
    const from = pick(centres, random);
    let to = pick(centres, random);
    while (to === from) to = pick(centres, random);
    return { from, to };
  };
  const times = <T>(make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
  return {
    search: times((i) => ({ text: searchText(i) })),
    neighborhood: times(() => ({ id: pick(centres, random) })),
    paths: times(pair),
  };
}

/** What the measured requests answered, so that fast empty answers show. */
function describeAnswers(query: ExploreQuery, answers: unknown[]): string {
  const mean = (values: number[]) => (values.reduce((sum, v) => sum + v, 0) / values.length).toFixed(1);
  const share = (flags: boolean[]) => `${Math.round((100 * flags.filter(Boolean).length) / flags.length)}%`;
  if (query === 'search') {
    const hits = answers.map((a) => (a as { search: unknown[] }).search.length);
    return `${mean(hits)} results`;
  }
  if (query === 'neighborhood') {
    const found = answers.map((a) => (a as { neighborhood: NeighborhoodAnswer }).neighborhood);
    return `${mean(found.map((n) => n.nodes.length))} nodes, ${mean(found.map((n) => n.relationships.length))} relationships, ${share(found.map((n) => n.truncated))} truncated`;
  }
  const found = answers.map((a) => (a as { paths: PathsAnswer }).paths);
  return `${share(found.map((p) => p.paths.length > 0))} linked, ${share(found.map((p) => p.truncated))} truncated`;
}

interface NeighborhoodAnswer {
  nodes: unknown[];
  relationships: unknown[];
  truncated: boolean;
}

interface PathsAnswer {
  paths: unknown[];
  truncated: boolean;
}

/** The table is printed a row at a time, so that a long run shows what it has measured so far. */
function printHeader(options: Options): void {
  console.log(
    [
      `explore: ${options.requests} requests per query after ${options.warmup} to warm up, one at a time, through yoga.fetch; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the start`,
      '',
      '| store | graph | nodes / relationships | build | query | p50 ms | p95 ms | max ms | requests | round trips / request | answers |',
      '| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ].join('\n'),
  );
}

function printRow({ store, graph, build, results }: Row): void {
  const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
  const graphCells = [
    store,
    `${graph} (${build.articles.toLocaleString('en')} articles)`,
    `${build.nodes.toLocaleString('en')} / ${build.relationships.toLocaleString('en')}`,
    `${build.seconds.toFixed(1)} s`,
  ];
  for (const query of QUERY_NAMES) {
    const r = results[query];
    const cells = query === QUERY_NAMES[0] ? graphCells : ['', '', '', ''];
    console.log(
      `| ${cells.join(' | ')} | ${query} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${r.count} | ${r.roundTrips.toFixed(1)} | ${r.answers} |`,
    );
  }
}
