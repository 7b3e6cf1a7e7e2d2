import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/corpus.js';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import type { GraphStore } from '../../graph/store.js';
import { ingestDocuments } from '../../pipeline/ingest-documents.js';
import { resources } from '../helpers/graphql.js';
import { neo4jConfig, STORES } from '../helpers/stores.js';

const CORPUS = syntheticCorpus(600, resources.gazetteer, 7);
const ROOT = new URL('../..', import.meta.url).pathname;

/** Per stored article: how many entities it mentions and events it reports. */
async function articleShapes(store: GraphStore): Promise<Map<string, string>> {
  const { rows } = await store.findArticles({}, { offset: 0, limit: 10_000 });
  const ids = rows.map((a) => a.id);
  const [mentions, reports] = await Promise.all([
    store.related({ type: 'MENTIONS', direction: 'out' }, ids),
    store.related({ type: 'REPORTS', direction: 'out' }, ids),
  ]);
  return new Map(ids.map((id, i) => [id, `${mentions[i]?.length} mentions, ${reports[i]?.length} events`]));
}

function articleCount(store: GraphStore): Promise<number> {
  return store.findArticles({}, { offset: 0, limit: 0 }).then((page) => page.totalCount);
}

/**
 * Waits until a reading stops changing: a transaction the killed writer had
 * committed may show in Neo4j's label index a moment after its counts do
 * (on a loaded machine, listed articles stayed 0 for 1.5 s while counted 100).
 */
async function settled(read: () => Promise<number>): Promise<void> {
  let last = await read();
  for (let attempt = 0; attempt < 40; attempt++) {
    await new Promise((r) => setTimeout(r, 250));
    const next = await read();
    if (next === last && next > 0) return;
    last = next;
  }
}

/** Runs `kg ingest` on the corpus and kills it with SIGKILL as soon as `written()` says it wrote something. */
async function killMidIngest(env: Record<string, string>, written: () => Promise<boolean>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'kg-crash-'));
  const file = join(folder, 'corpus.jsonl');
  writeFileSync(file, CORPUS.map((doc) => JSON.stringify(doc)).join('\n'));
  // A loaded machine must not turn a slow batch into a timed-out one.
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/kg.ts', 'ingest', file], {
    cwd: ROOT,
    env: { ...process.env, KG_TX_TIMEOUT_MS: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  while (child.exitCode === null && !(await written())) await new Promise((r) => setTimeout(r, 20));
  if (child.exitCode !== null)
    throw new Error(`kg ingest ended (${child.exitCode}) before it was killed:\n${stderr}`);
  child.kill('SIGKILL');
  await exited;
}

describe('a writer killed in the middle of a batch', () => {
  const reference = new EmbeddedStore();
  const referenceShapes = ingestDocuments(
    reference,
    resources,
    CORPUS.map((doc, i) => ({ name: String(i), doc })),
  ).then(() => articleShapes(reference));

  const expectOnlyWholeArticles = async (store: GraphStore) => {
    const stored = await articleShapes(store);
    const expected = await referenceShapes;
    expect(stored.size).toBeGreaterThan(0);
    expect(stored.size).toBeLessThan(expected.size);
    for (const [id, shape] of stored) expect(shape, id).toBe(expected.get(id));
  };

  it('leaves no partial article in the embedded store', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kg-crash-data-'));
    const log = join(dataDir, 'articles.jsonl');
    await killMidIngest(
      { KG_DATA_DIR: dataDir, NEO4J_URI: '' },
      async () => existsSync(log) && statSync(log).size > 0,
    );
    await expectOnlyWholeArticles(new EmbeddedStore({ dataDir }));
  });

  it('leaves no partial article in Neo4j', async () => {
    const factory = STORES.find((s) => s.name === 'neo4j');
    if (!factory) throw new Error('no Neo4j store');
    const store = await factory.open();
    try {
      await killMidIngest({ NEO4J_URI: neo4jConfig().uri }, async () => (await articleCount(store)) > 0);
      // Read as the check below reads them: listed, not counted (the count can show them first).
      await settled(async () => (await articleShapes(store)).size);
      await expectOnlyWholeArticles(store);
    } finally {
      await store.close();
    }
  });
});
