import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPubSub } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import type { ExtractionResources } from '../../extract/index.js';
import { Neo4jStore } from '../../graph/neo4j/store.js';
import { configFromEnv } from '../../server/config.js';
import { createKnowledgeGraphYoga } from '../../server/yoga.js';
import { countingDriver } from './counting-driver.js';
import { createNeo4jGraphqlYoga } from './neo4j-graphql-server.js';

/** A GraphQL server under test, listening on loopback inside the bench process. */
export interface ServerUnderTest {
  name: string;
  /** Which query dialect it speaks: ours, or the schema @neo4j/graphql generates. */
  dialect: 'ours' | 'peer';
  url: string;
  /** Cypher statements sent to Neo4j so far. */
  roundTrips(): number;
  close(): Promise<void>;
}

export interface OurServerOptions {
  uri: string;
  resources: ExtractionResources;
  /** False: DataLoader batching off (KG_BATCHING=off), the naive baseline. */
  batching: boolean;
  /** Bearer token for the ingestArticle mutation (KG_WRITE_TOKEN); none turns writes off. */
  writeToken?: string;
}

/** This server on Neo4j, built as server.ts builds it but with its own store, so its round trips are its own. */
export async function startOurServer(name: string, options: OurServerOptions): Promise<ServerUnderTest> {
  const config = configFromEnv({
    ...process.env,
    NEO4J_URI: options.uri,
    KG_BATCHING: options.batching ? 'on' : 'off',
    KG_WRITE_TOKEN: options.writeToken ?? '',
  });
  if (!config.neo4j) throw new Error('no Neo4j configured');
  const store = new Neo4jStore(config.neo4j);
  await store.init();
  const yoga = createKnowledgeGraphYoga({
    store,
    resources: options.resources,
    events: createPubSub(),
    security: config.security,
    batching: config.batching,
  });
  const http = await listen(yoga);
  return {
    name,
    dialect: 'ours',
    url: http.url,
    roundTrips: () => store.roundTrips,
    close: async () => {
      await http.close();
      await store.close();
    },
  };
}

/** The same graph served by @neo4j/graphql, through a driver that counts its queries. */
export async function startPeerServer(name: string, uri: string): Promise<ServerUnderTest> {
  const counting = countingDriver(neo4j.driver(uri));
  const http = await listen(await createNeo4jGraphqlYoga(counting.driver));
  return {
    name,
    dialect: 'peer',
    url: http.url,
    roundTrips: () => counting.queries,
    close: async () => {
      await http.close();
      await counting.driver.close();
    },
  };
}

/**
 * Waits until the server has finished the requests the load generator gave
 * up on when its time ran out — its round-trip counter stands still and
 * Neo4j (where its CPU can be read) is nearly idle — so that they do not
 * weigh on the next measurement.
 */
export async function whenIdle(
  server: ServerUnderTest,
  neo4jCpuSeconds: (() => number) | null,
): Promise<void> {
  const quietSeconds = 1;
  const idleShare = 0.1;
  let [trips, cpu] = [server.roundTrips(), neo4jCpuSeconds?.() ?? 0];
  for (let waited = 0; waited < 60; waited += quietSeconds) {
    await new Promise((resolve) => setTimeout(resolve, quietSeconds * 1000));
    const [nowTrips, nowCpu] = [server.roundTrips(), neo4jCpuSeconds?.() ?? 0];
    if (nowTrips === trips && nowCpu - cpu < idleShare * quietSeconds) return;
    [trips, cpu] = [nowTrips, nowCpu];
  }
}

async function listen(handler: RequestListener): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
