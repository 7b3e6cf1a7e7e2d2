import { createPubSub } from 'graphql-yoga';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import type { GraphStore } from '../../graph/store.js';
import { StoreUnavailableError } from '../../graph/store-unavailable.js';
import { logger } from '../../server/observability/logger.js';
import { createKnowledgeGraphYoga } from '../../server/yoga.js';
import { resources, testSecurity } from '../helpers/graphql.js';

function yogaOver(store: GraphStore) {
  return createKnowledgeGraphYoga({ store, resources, events: createPubSub(), security: testSecurity() });
}

/** An empty embedded store whose actor listing fails with `error`, whether it is read by a read plan or not. */
function storeFailingWith(error: Error): GraphStore {
  const store = new EmbeddedStore();
  const fail = async (): Promise<never> => {
    throw error;
  };
  store.readPlan = fail;
  store.findActors = fail;
  return store;
}

async function post(store: GraphStore, query: string, headers: Record<string, string> = {}) {
  const response = await yogaOver(store).fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    text,
    body: JSON.parse(text),
  };
}

/** The logger's JSON lines from now on, kept from stdout. */
function captureLog(): () => Record<string, any>[] {
  const write = vi.spyOn((logger as any)[pino.symbols.streamSym], 'write').mockReturnValue(true);
  return () => write.mock.calls.map(([line]) => JSON.parse(String(line)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('errors as the client sees them', () => {
  it('masks an unexpected error, gives it the request id and logs it in full', async () => {
    const crash = new Error('the disk is on fire at /var/lib/secret');
    const log = captureLog();
    const { status, requestId, text, body } = await post(
      storeFailingWith(crash),
      '{ actors { totalCount } }',
    );
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      }),
    ]);
    expect(text).not.toMatch(/disk|secret|unexpected"/);
    // Once, in full, with the request id: Yoga's own line about the masked error is left out.
    const aboutCrash = log().filter((line) => line.err?.message === crash.message);
    expect(aboutCrash).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'unexpected error',
        requestId,
        path: 'actors',
        err: expect.objectContaining({ stack: expect.stringContaining('the disk is on fire') }),
      }),
    ]);
  });

  it('turns an unreachable store into STORE_UNAVAILABLE with HTTP 503 and nothing of the cause', async () => {
    const outage = new StoreUnavailableError(
      'Failed to connect to server: connect ECONNREFUSED 127.0.0.1:7687',
    );
    const log = captureLog();
    const { status, requestId, text, body } = await post(
      storeFailingWith(outage),
      '{ actors { totalCount } }',
    );
    expect(status).toBe(503);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'the graph store is unavailable; try again shortly',
        extensions: { code: 'STORE_UNAVAILABLE' },
      }),
    ]);
    expect(text).not.toMatch(/ECONNREFUSED|connect|7687/);
    // The reason goes to the log at warn, without a stack; then the operation's line.
    expect(log()).toEqual([
      expect.objectContaining({
        level: 'warn',
        msg: 'graph store unavailable',
        requestId,
        reason: outage.message,
      }),
      expect.objectContaining({
        level: 'error',
        msg: 'graphql operation',
        requestId,
        operationType: 'query',
        status: 503,
        errors: ['STORE_UNAVAILABLE'],
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('lets errors raised on purpose through as they are', async () => {
    const { status, body } = await post(new EmbeddedStore(), '{ node(id: "%%%") { id } }');
    expect(status).toBe(200);
    expect(body.errors[0]).toMatchObject({
      message: 'Invalid global ID: %%%',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('request ids', () => {
  it("echo the caller's x-request-id when it is sane and make a new one otherwise", async () => {
    const store = new EmbeddedStore();
    const query = '{ actors { totalCount } }';
    expect((await post(store, query, { 'x-request-id': 'trace-42.a:b' })).requestId).toBe('trace-42.a:b');
    for (const insane of ['has spaces', 'quote"d', 'x'.repeat(129)]) {
      const { requestId } = await post(store, query, { 'x-request-id': insane });
      expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe('health and readiness', () => {
  it('answer /health without the store and /ready 503 within seconds when the store hangs', async () => {
    const store = new EmbeddedStore();
    const counts = vi.spyOn(store, 'counts').mockReturnValue(new Promise(() => {}));
    const yoga = yogaOver(store);
    expect((await yoga.fetch('http://test/health')).status).toBe(200);
    expect(counts).not.toHaveBeenCalled();
    const started = Date.now();
    const ready = await yoga.fetch('http://test/ready');
    expect(ready.status).toBe(503);
    expect(await ready.text()).toBe('');
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
