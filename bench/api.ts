import './api/quiet-logs.js';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { type LoadResult, runLoad } from './api/autocannon.js';
import { withBenchGraph } from './api/bench-graph.js';
import { type GraphQLRequest, queryData } from './api/client.js';
import { machineLine } from './api/machine.js';
import { markdownTable } from './api/markdown-table.js';
import { levelsOf, REFERENCE_QUERIES, type ReferenceParams, type ReferenceQuery } from './api/queries.js';
import { referenceParams } from './api/reference-params.js';
import { type ServerUnderTest, startOurServer, startPeerServer, whenIdle } from './api/servers.js';

const CONNECTIONS = 32;
/** Requests sent one at a time whose round trips are averaged. */
const ROUND_TRIP_SAMPLES = 3;

interface Measurement {
  query: ReferenceQuery;
  levels: number;
  server: ServerUnderTest;
  roundTrips: number;
  load: LoadResult;
  /** CPU milliseconds per answered request: this process (servers and load generator), and Neo4j. */
  nodeCpuMs: number;
  neo4jCpuMs: number | null;
}

/**
 * `bench api`: this server, the same graph served by @neo4j/graphql, and this
 * server without DataLoader batching, each under the same load of each
 * reference query, after checking that all three answer the same data.
 */
export async function benchApi(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { duration: { type: 'string', default: '20' }, warmup: { type: 'string', default: '5' } },
  });
  const durationSeconds = Number(values.duration);
  const warmupSeconds = Number(values.warmup);
  const failed = await withBenchGraph(async ({ uri, resources, neo4jCpuSeconds }) => {
    const params = await referenceParams(uri);
    console.log(`reference parameters: ${JSON.stringify(params)}`);
    const servers = [
      await startOurServer('this server', { uri, resources, batching: true }),
      await startPeerServer('@neo4j/graphql', uri),
      await startOurServer('this server, KG_BATCHING=off', { uri, resources, batching: false }),
    ];
    const settle = (server: ServerUnderTest) => whenIdle(server, neo4jCpuSeconds);
    try {
      const measurements: Measurement[] = [];
      const checked = new Map<ReferenceQuery, Map<ServerUnderTest, CheckedRequest>>();
      for (const query of REFERENCE_QUERIES)
        checked.set(query, await checkedRequests(query, servers, params));
      const checkedOf = (query: ReferenceQuery, server: ServerUnderTest) =>
        checked.get(query)?.get(server) as CheckedRequest;
      const loadOf = (query: ReferenceQuery, server: ServerUnderTest) => {
        const body = JSON.stringify(checkedOf(query, server).request);
        return (seconds: number) =>
          runLoad({ url: server.url, body, connections: CONNECTIONS, durationSeconds: seconds });
      };
      // Every server warms up on every query before any is measured: the first measured must not pay
      // alone for a fresh Neo4j's first queries (and the writes of the graph just loaded).
      for (const query of REFERENCE_QUERIES)
        for (const server of servers) {
          process.stderr.write(`(${query.key}) ${server.name}: warm-up…\n`);
          await loadOf(query, server)(warmupSeconds);
        }
      for (const query of REFERENCE_QUERIES) {
        for (const server of servers) {
          const { roundTrips, request } = checkedOf(query, server);
          process.stderr.write(`(${query.key}) ${server.name}…\n`);
          const run = loadOf(query, server);
          await run(warmupSeconds);
          await settle(server);
          const [nodeBefore, neo4jBefore] = [process.cpuUsage(), neo4jCpuSeconds?.()];
          const load = await run(durationSeconds);
          const nodeCpu = process.cpuUsage(nodeBefore);
          const neo4jCpu = neo4jBefore === undefined ? null : (neo4jCpuSeconds?.() ?? 0) - neo4jBefore;
          await settle(server);
          const perRequest = (ms: number) => ms / Math.max(1, load.requests);
          measurements.push({
            query,
            levels: levelsOf(request.query),
            server,
            roundTrips,
            load,
            nodeCpuMs: perRequest((nodeCpu.user + nodeCpu.system) / 1000),
            neo4jCpuMs: neo4jCpu === null ? null : perRequest(neo4jCpu * 1000),
          });
        }
      }
      console.log(machineLine());
      console.log(
        `${CONNECTIONS} concurrent clients, ${durationSeconds} s per row after ${warmupSeconds} s of warm-up\n`,
      );
      console.log(table(measurements));
      return measurements.some((m) => m.load.non2xx + m.load.graphqlErrors + m.load.transportErrors > 0);
    } finally {
      for (const server of servers) await server.close();
    }
  });
  if (failed) {
    console.error('some requests failed: see the errors column');
    process.exitCode = 1;
  }
}

interface CheckedRequest {
  request: GraphQLRequest;
  /** Cypher statements per request, from the server's own counter, requests sent one at a time. */
  roundTrips: number;
}

/**
 * The request each server is measured with, after checking that every server
 * answers it with the same data (see queries.ts for what "same" evens out),
 * and what it costs in round trips. A paginated query is measured on its
 * second page, each server continuing from its own cursor.
 */
async function checkedRequests(
  query: ReferenceQuery,
  servers: ServerUnderTest[],
  params: ReferenceParams,
): Promise<Map<ServerUnderTest, CheckedRequest>> {
  const checked = new Map<ServerUnderTest, CheckedRequest>();
  const answers: unknown[] = [];
  for (const server of servers) {
    const cursor = query.endCursor
      ? query.endCursor(server.dialect, await queryData(server.url, query.request(server.dialect, params)))
      : null;
    const request = query.request(server.dialect, params, cursor);
    answers.push(query.canonical(server.dialect, await queryData(server.url, request)));
    const before = server.roundTrips();
    for (let i = 0; i < ROUND_TRIP_SAMPLES; i++) await queryData(server.url, request);
    checked.set(server, { request, roundTrips: (server.roundTrips() - before) / ROUND_TRIP_SAMPLES });
  }
  const [reference, ...others] = answers;
  others.forEach((answer, i) => {
    if (isDeepStrictEqual(answer, reference)) return;
    throw new Error(
      `(${query.key}) ${servers[i + 1]?.name} and ${servers[0]?.name} answer differently:\n` +
        `${JSON.stringify(answer)}\n${JSON.stringify(reference)}`,
    );
  });
  const [first] = answers as { events?: unknown[] }[];
  if (!first?.events?.length) throw new Error(`(${query.key}) answers no events: nothing to compare`);
  return checked;
}

function table(measurements: Measurement[]): string {
  const peerRate = (query: ReferenceQuery) =>
    measurements.find((m) => m.query === query && m.server.dialect === 'peer')?.load.requestsPerSecond ?? 0;
  const header = [
    'query',
    'server',
    'req/s',
    'vs @neo4j/graphql',
    'p50 ms',
    'p99 ms',
    'round trips/req',
    'levels',
    'Node CPU ms/req',
    'Neo4j CPU ms/req',
    'errors',
  ];
  const rows = measurements.map((m) => [
    `(${m.query.key}) ${m.query.title}`,
    m.server.name,
    m.load.requestsPerSecond.toFixed(0),
    `${(m.load.requestsPerSecond / peerRate(m.query)).toFixed(2)}×`,
    m.load.latency.p50.toFixed(0),
    m.load.latency.p99.toFixed(0),
    String(Number(m.roundTrips.toFixed(1))),
    String(m.levels),
    m.nodeCpuMs.toFixed(1),
    m.neo4jCpuMs === null ? '–' : m.neo4jCpuMs.toFixed(1),
    String(m.load.non2xx + m.load.graphqlErrors + m.load.transportErrors),
  ]);
  return markdownTable(header, rows);
}
