import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logLines, type RunningServer, runServerToExit, startServer } from '../helpers/server-process.js';
import { neo4jConfig } from '../helpers/stores.js';

const EXAMPLES = readFileSync(new URL('../../docs/example-queries.graphql', import.meta.url), 'utf8');

async function post(url: string, body: object) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe.each([
  { store: 'embedded', env: () => ({}) },
  { store: 'neo4j', env: () => ({ NEO4J_URI: neo4jConfig().uri }) },
])('the server over HTTP on the $store store', ({ env }) => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(env());
  });
  afterAll(() => server?.stop());

  it('answers the contract queries', async () => {
    const negotiations = await post(server.url, { query: EXAMPLES, operationName: 'Negotiations' });
    expect(negotiations.status).toBe(200);
    const talks = negotiations.body.data.negotiations.edges.map((e: any) => e.node);
    const yevlakh = talks.find((t: any) => t.place?.name === 'Yevlakh');
    expect(yevlakh.participants.filter((p: any) => p.role === 'DELEGATE')).toHaveLength(5);

    const names = await post(server.url, { query: EXAMPLES, operationName: 'Names' });
    expect(names.body.data.a.name).toBe('Azerbaijan');
    expect(names.body.data.b.id).toBe(names.body.data.c.id);

    const disputed = await post(server.url, { query: EXAMPLES, operationName: 'Disputed' });
    const stances = disputed.body.data.events.edges.flatMap((e: any) =>
      e.node.claims.map((c: any) => c.stance),
    );
    expect(stances).toEqual(expect.arrayContaining(['ASSERTS', 'DENIES']));
  });

  it('serves GraphiQL opened on the example queries, and health and readiness', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('negotiations(first: 10)');
    const base = server.url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('keeps serving after a bad request', async () => {
    const bad = await post(server.url, { query: '{ node(id: "%%%") { id } }' });
    expect(bad.body.errors[0].message).toMatch(/Invalid global ID/);
    const good = await post(server.url, { query: '{ actors { totalCount } }' });
    expect(good.body.data.actors.totalCount).toBeGreaterThan(0);
  });
});

describe('start-up against an unreachable Neo4j', () => {
  it('retries as told, then exits non-zero with one clear line naming the URI', async () => {
    const { code, stdout, stderr } = await runServerToExit({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      KG_STARTUP_RETRIES: '1',
    });
    expect(code).not.toBe(0);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringContaining('cannot reach Neo4j at bolt://127.0.0.1:1'),
    ]);
    const retries = logLines(stdout).filter((line) => line.msg === 'cannot reach Neo4j yet: retrying');
    expect(retries).toEqual([
      expect.objectContaining({ level: 'warn', attempt: 1, retries: 1, delayMs: 1000 }),
    ]);
  });
});
