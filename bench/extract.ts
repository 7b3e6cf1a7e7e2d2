import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument, loadExtractionResources } from '../extract/index.js';
import { EmbeddedStore } from '../graph/embedded/store.js';
import { Neo4jStore } from '../graph/neo4j/store.js';
import type { GraphStore } from '../graph/store.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { startLocalNeo4j } from '../tools/neo4j/local.js';
import { syntheticCorpus } from './corpus.js';

const CORPUS_SIZE = Number(process.env.BENCH_ARTICLES ?? 10_000);

/** `bench extract`: extraction throughput on one core, then end-to-end ingestion into each store. */
export async function benchExtract(): Promise<void> {
  const resources = loadExtractionResources();
  const corpus = syntheticCorpus(CORPUS_SIZE, resources.gazetteer);
  const words = corpus.reduce((n, doc) => n + doc.text.split(/\s+/).length, 0);
  console.log(
    `synthetic corpus: ${corpus.length} articles, ${Math.round(words / corpus.length)} words each on average`,
  );

  const started = performance.now();
  let events = 0;
  for (const doc of corpus)
    events += extractDocument(doc, resources).reduce((n, a) => n + a.events.length, 0);
  report('extraction (one core)', corpus.length, performance.now() - started, `${events} events`);

  const documents = corpus.map((doc, i) => ({ name: `synthetic-${i}`, doc }));
  await measureIngest('ingest into embedded store', new EmbeddedStore(), documents, resources);

  const dataDir = process.env.NEO4J_URI ? null : await mkdtemp(join(tmpdir(), 'bench-neo4j-'));
  const neo4j = dataDir ? await startLocalNeo4j({ dataDir }) : null;
  try {
    // A freshly started Neo4j on a loaded machine can take longer than the server's 10 s over its first
    // batches: timed out, a batch is written again one article at a time, which is not what is measured here.
    const store = new Neo4jStore({
      uri: process.env.NEO4J_URI ?? neo4j?.uri ?? '',
      transactionTimeoutMs: 600_000,
    });
    await store.init();
    await measureIngest('ingest into Neo4j', store, documents, resources);
  } finally {
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function measureIngest(
  label: string,
  store: GraphStore,
  documents: Parameters<typeof ingestDocuments>[2],
  resources: ReturnType<typeof loadExtractionResources>,
): Promise<void> {
  const started = performance.now();
  // A freshly started Neo4j runs its first batches far slower (JIT, plans): the second half shows the steady rate.
  let half: { at: number; created: number } | null = null;
  const summary = await ingestDocuments(store, resources, documents, {
    onProgress: (done, sofar) => {
      process.stderr.write(`\r${label}: ${done}/${documents.length}`);
      if (!half && done >= documents.length / 2)
        half = { at: performance.now(), created: sofar.articles.created };
    },
  });
  process.stderr.write('\n');
  const ended = performance.now();
  const detail = `${summary.events.created} events created, ${summary.events.merged} merged, ${store.roundTrips} round trips`;
  report(`${label} (end to end)`, summary.articles.created, ended - started, detail);
  const { at, created } = half ?? { at: started, created: 0 };
  report(`${label} (second half)`, summary.articles.created - created, ended - at, 'same run');
  await store.close();
}

function report(label: string, articles: number, ms: number, detail: string): void {
  console.log(
    `${label.padEnd(40)} ${(articles / (ms / 1000)).toFixed(0).padStart(7)} articles/s  (${articles} in ${(ms / 1000).toFixed(1)} s; ${detail})`,
  );
}
