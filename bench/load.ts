import './api/quiet-logs.js';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { ExtractionResources } from '../extract/index.js';
import { type LoadResult, runLoad } from './api/autocannon.js';
import { withBenchGraph } from './api/bench-graph.js';
import { type GraphQLRequest, queryData } from './api/client.js';
import { machineLine } from './api/machine.js';
import { markdownTable } from './api/markdown-table.js';
import { REFERENCE_QUERIES, type ReferenceParams } from './api/queries.js';
import { referenceParams } from './api/reference-params.js';
import { type ServerUnderTest, startOurServer, whenIdle } from './api/servers.js';
import { syntheticCorpus } from './corpus.js';

const SEARCH = /* GraphQL */ `
query Search($text: String!) {
  search(text: $text, first: 20) {
    match matched
    node { id ... on Actor { name } ... on Place { name } ... on Article { title } }
  }
}`;

const NEIGHBORHOOD = /* GraphQL */ `
query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 100) {
    truncated
    nodes { id }
    relationships { type sourceId targetId role }
  }
}`;

const PATHS = /* GraphQL */ `
query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, first: 3) {
    truncated
    paths { length nodes { id } hops { relationships { type role evidence { sentence } } } }
  }
}`;

const INGEST = /* GraphQL */ `
mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created unchanged article { id events { id type } } }
}`;

/** Writes in flight at once at most: enough to keep the rate while one takes seconds. */
const WRITE_CONNECTIONS = 4;

const ARTICLE_COUNT = '{ articles(first: 0) { totalCount } }';

/**
 * `bench load`: this server on Neo4j under mixed reads (the three reference
 * queries, search, a depth-2 neighbourhood, paths) from many clients, with a
 * trickle of ingestArticle writes of new synthetic articles alongside, for a
 * bounded time. Any failed request makes the exit code 1.
 */
export async function benchLoad(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: 'string', default: '60' },
      connections: { type: 'string', default: '16' },
      'write-rate': { type: 'string', default: '2' },
    },
  });
  const durationSeconds = Number(values.duration);
  const connections = Number(values.connections);
  const writeRate = Number(values['write-rate']);
  const failures = await withBenchGraph(async ({ uri, resources, neo4jCpuSeconds }) => {
    const params = await referenceParams(uri);
    const token = randomBytes(24).toString('hex');
    const server = await startOurServer('this server', { uri, resources, batching: true, writeToken: token });
    try {
      const reads = await readMix(server, params);
      const writes = articleWrites(resources, Math.ceil(durationSeconds * writeRate * 1.5));
      const articlesBefore = await articleCount(server);
      process.stderr.write(
        `${durationSeconds} s of load: ${reads.length} kinds of read, ${writeRate} writes/s…\n`,
      );
      const [readLoad, writeLoad] = await Promise.all([
        runLoad({ url: server.url, body: roundRobin(reads), connections, durationSeconds }),
        runLoad({
          url: server.url,
          body: writes,
          headers: { authorization: `Bearer ${token}` },
          connections: WRITE_CONNECTIONS,
          overallRate: writeRate,
          durationSeconds,
        }),
      ]);
      await whenIdle(server, neo4jCpuSeconds);
      const articlesAfter = await articleCount(server);
      console.log(machineLine());
      console.log(
        `${connections} reading clients (${reads.map((r) => r.name).join(', ')} in turn) and ` +
          `ingestArticle offered at ${writeRate}/s (at most ${WRITE_CONNECTIONS} in flight) for ${durationSeconds} s; ` +
          `articles ${articlesBefore} → ${articlesAfter}\n`,
      );
      console.log(table({ 'reads (mixed)': readLoad, 'writes (ingestArticle)': writeLoad }));
      return [readLoad, writeLoad].reduce(
        (n, load) => n + load.non2xx + load.graphqlErrors + load.transportErrors,
        0,
      );
    } finally {
      await server.close();
    }
  });
  if (failures > 0) {
    console.error(`${failures} requests failed`);
    process.exitCode = 1;
  }
}

interface NamedRead {
  name: string;
  body: string;
}

/** The reads of the mix, each checked once to answer without errors. */
async function readMix(server: ServerUnderTest, params: ReferenceParams): Promise<NamedRead[]> {
  const idOf = async (name: string) =>
    (await queryData<{ actor: { id: string } }>(server.url, actorId(name))).actor.id;
  const [actor, pathTo] = [await idOf(params.actor), await idOf(params.pathTo)];
  const reads: { name: string; request: GraphQLRequest }[] = [];
  for (const query of REFERENCE_QUERIES) {
    const cursor = query.endCursor
      ? query.endCursor('ours', await queryData(server.url, query.request('ours', params)))
      : null;
    reads.push({ name: `(${query.key})`, request: query.request('ours', params, cursor) });
  }
  reads.push(
    { name: 'search', request: { query: SEARCH, variables: { text: params.actor } } },
    { name: 'neighborhood depth 2', request: { query: NEIGHBORHOOD, variables: { id: actor } } },
    { name: 'paths', request: { query: PATHS, variables: { from: actor, to: pathTo } } },
  );
  for (const { request } of reads) await queryData(server.url, request);
  return reads.map(({ name, request }) => ({ name, body: JSON.stringify(request) }));
}

function actorId(name: string): GraphQLRequest {
  return { query: 'query ($name: String!) { actor(name: $name) { id } }', variables: { name } };
}

function roundRobin(reads: NamedRead[]): () => string {
  let next = 0;
  return () => (reads[next++ % reads.length] as NamedRead).body;
}

/**
 * Bodies of ingestArticle mutations, each a new synthetic article: the run's
 * tag in the title makes the text new even on a database that has seen an
 * earlier run, so every write extracts and writes.
 */
function articleWrites(resources: ExtractionResources, count: number): () => string {
  const run = randomBytes(4).toString('hex');
  const corpus = syntheticCorpus(count, resources.gazetteer, Number.parseInt(run, 16));
  let next = 0;
  return () => {
    const doc = corpus[next++ % corpus.length];
    const input = { ...doc, title: `${doc?.title} [load ${run}-${next}]` };
    return JSON.stringify({ query: INGEST, variables: { input } });
  };
}

async function articleCount(server: ServerUnderTest): Promise<number> {
  const data = await queryData<{ articles: { totalCount: number } }>(server.url, { query: ARTICLE_COUNT });
  return data.articles.totalCount;
}

function table(loads: Record<string, LoadResult>): string {
  const header = [
    'traffic',
    'requests',
    'req/s',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'max ms',
    'non-2xx',
    'GraphQL errors',
    'transport errors',
  ];
  const rows = Object.entries(loads).map(([name, load]) => [
    name,
    String(load.requests),
    load.requestsPerSecond.toFixed(1),
    ...[load.latency.p50, load.latency.p90, load.latency.p99, load.latency.max].map((ms) => ms.toFixed(0)),
    String(load.non2xx),
    String(load.graphqlErrors),
    String(load.transportErrors),
  ]);
  return markdownTable(header, rows);
}
