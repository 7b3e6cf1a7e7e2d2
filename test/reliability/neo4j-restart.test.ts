import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalNeo4j, startLocalNeo4j } from '../../tools/neo4j/local.js';
import { logLines, type RunningServer, startServer } from '../helpers/server-process.js';

// Its own Neo4j, whatever NEO4J_URI says: this test stops and restarts it.

const QUERY = '{ actor(name: "باكو") { id name } actors { totalCount } }';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

async function post(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
}

describe('the server while its Neo4j stops and comes back', () => {
  let dataDir: string;
  let port: number;
  let neo4j: LocalNeo4j | undefined;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kg-restart-neo4j-'));
    port = await freePort();
    neo4j = await startLocalNeo4j({ dataDir, port });
    server = await startServer({ NEO4J_URI: neo4j.uri });
  });

  afterAll(async () => {
    await server?.stop();
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers STORE_UNAVAILABLE quickly, stays up, and serves again once Neo4j is back', async () => {
    if (!server || !neo4j) throw new Error('not started');
    const base = server.url.replace('/graphql', '');
    const before = await post(server.url);
    expect(before.status).toBe(200);
    expect(before.body.data.actor.name).toBe('Azerbaijan');

    await neo4j.stop();
    const [down, downMs] = await timed(() => post(server?.url ?? ''));
    expect(down.status).toBe(503);
    expect(down.body.errors.length).toBeGreaterThan(0);
    for (const error of down.body.errors) {
      expect(error).toMatchObject({
        message: 'the graph store is unavailable; try again shortly',
        extensions: { code: 'STORE_UNAVAILABLE' },
      });
    }
    expect(down.text).not.toMatch(/neo4j|bolt|ECONNREFUSED|connect/i);
    expect(downMs).toBeLessThan(8_000);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const [ready, readyMs] = await timed(() => fetch(`${base}/ready`));
    expect(ready.status).toBe(503);
    expect(readyMs).toBeLessThan(3_000);
    expect(logLines(server.output())).toContainEqual(
      expect.objectContaining({
        msg: 'graphql operation',
        status: 503,
        errors: expect.arrayContaining(['STORE_UNAVAILABLE']),
      }),
    );

    neo4j = await startLocalNeo4j({ dataDir, port });
    expect(neo4j.uri).toBe(`bolt://127.0.0.1:${port}`);
    // The first queries after a restart may still fail (a cold database can exceed KG_TX_TIMEOUT_MS).
    let again = await post(server.url);
    for (const deadline = Date.now() + 90_000; !isEqual(again.body, before.body) && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      again = await post(server.url);
    }
    expect(again.body).toEqual(before.body);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect(server.process.exitCode).toBeNull();
  }, 300_000);
});
