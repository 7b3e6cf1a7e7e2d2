import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExtractionResources, loadExtractionResources } from '../../extract/index.js';
import { Neo4jStore } from '../../graph/neo4j/store.js';
import type { GraphStore } from '../../graph/store.js';
import { loadSeed } from '../../seed/load.js';
import { startLocalNeo4j } from '../../tools/neo4j/local.js';
import { syntheticGraph } from '../synthetic-graph.js';
import { neo4jCpuMeter } from './process-cpu.js';

/** Synthetic articles next to the seed: 10,000 unless BENCH_ARTICLES says otherwise. */
const BENCH_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SYNTHETIC_SEED = 7;
const WRITE_BATCH = 100;

interface BenchDatabase {
  uri: string;
  /** The local Neo4j's CPU seconds so far, where it runs on this machine. */
  cpuSeconds: (() => number) | null;
  /** Stops the Neo4j the bench started and deletes its data; nothing for a NEO4J_URI given from outside. */
  stop(): Promise<void>;
}

export interface BenchGraph {
  uri: string;
  resources: ExtractionResources;
  neo4jCpuSeconds: (() => number) | null;
}

/**
 * Runs a bench against the bench graph: in the Neo4j at NEO4J_URI, or in a
 * fresh local one started for it and stopped afterwards, whatever happens.
 */
export async function withBenchGraph<T>(run: (graph: BenchGraph) => Promise<T>): Promise<T> {
  const database = await benchDatabase();
  try {
    const resources = loadExtractionResources();
    // Under load a batch of articles may take longer than the server's 10 s bound.
    const store = new Neo4jStore({ uri: database.uri, transactionTimeoutMs: 600_000 });
    try {
      await store.init();
      await loadBenchGraph(store, resources);
    } finally {
      await store.close();
    }
    return await run({ uri: database.uri, resources, neo4jCpuSeconds: database.cpuSeconds });
  } finally {
    await database.stop();
  }
}

/** The Neo4j at NEO4J_URI, or a fresh local one in a temporary folder. */
async function benchDatabase(): Promise<BenchDatabase> {
  const given = process.env.NEO4J_URI;
  if (given) {
    const port = new URL(given).port || '7687';
    return { uri: given, cpuSeconds: neo4jCpuMeter(['--port', port]), stop: async () => {} };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-api-neo4j-'));
  process.stderr.write(`starting a local Neo4j in ${dataDir}…\n`);
  const neo4j = await startLocalNeo4j({ dataDir });
  return {
    uri: neo4j.uri,
    cpuSeconds: neo4jCpuMeter(['--data', dataDir]),
    stop: async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The seed graph plus the synthetic articles (bench/synthetic-graph.ts,
 * written as whole-article batches without extraction). A database that
 * holds as many articles already is taken as holding them: a rerun on the
 * same NEO4J_URI writes nothing.
 */
async function loadBenchGraph(store: GraphStore, resources: ExtractionResources): Promise<void> {
  const articles = BENCH_ARTICLES;
  const seed = await loadSeed(store, resources);
  const stored = (await store.findArticles({}, { offset: 0, limit: 0 })).totalCount;
  // Written before: each batch would be refused by the Article id constraint, then retried article by article.
  if (stored >= articles + seed.articles.created + seed.articles.unchanged) {
    process.stderr.write(`the synthetic articles are stored already (${stored} articles)\n`);
    return;
  }
  const started = performance.now();
  let written = 0;
  const batches = syntheticGraph(resources.gazetteer, {
    seed: SYNTHETIC_SEED,
    articles,
    batchSize: WRITE_BATCH,
  });
  for (const batch of batches) {
    await store.writeArticles(batch);
    written += batch.length;
    process.stderr.write(`\rloading synthetic articles: ${written}/${articles}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const { nodes, relationships } = await store.counts();
  process.stderr.write(
    `\nloaded in ${seconds.toFixed(0)} s: ${nodes} nodes, ${relationships} relationships\n`,
  );
}
