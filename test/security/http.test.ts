import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { type RunningServer, runServerToExit, startServer } from '../helpers/server-process.js';

const MAX_BODY_BYTES = 100_000;
const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
const TOTALS =
  '{ actors { totalCount } places { totalCount } events { totalCount } articles { totalCount } }';

/** Sends a body over a real socket, chunked (no Content-Length) or with its length; resolves with status and text. */
function send(url: string, chunks: Buffer[], { chunked }: { chunked: boolean }) {
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${WRITE_TOKEN}`,
        ...(chunked ? {} : { 'content-length': String(length) }),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
    });
    // The server may answer and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the server over HTTP, under hostile requests', () => {
  let server: RunningServer;
  const totals = async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TOTALS }),
    });
    return ((await response.json()) as any).data;
  };

  beforeAll(async () => {
    server = await startServer({ KG_WRITE_TOKEN: WRITE_TOKEN, KG_MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  });
  afterAll(() => server?.stop());

  it('answers an oversized body with 413, with or without Content-Length, and keeps serving', async () => {
    const before = await totals();
    const text = 'ب'.repeat(MAX_BODY_BYTES);
    const body = Buffer.from(JSON.stringify({ query: INGEST, variables: { input: { text } } }));
    const halves = [body.subarray(0, body.length / 2), body.subarray(body.length / 2)];
    for (const chunked of [false, true]) {
      const { status, connection, body: answer } = await send(server.url, halves, { chunked });
      expect(status).toBe(413);
      // The unread rest of the body would otherwise stall the next request on this connection.
      expect(connection).toBe('close');
      expect(JSON.parse(answer).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(await totals()).toEqual(before);
  });

  it('answers invalid UTF-8 with 400 and keeps serving', async () => {
    const before = await totals();
    const [head, tail] = JSON.stringify({ query: INGEST, variables: { input: { text: 'X' } } }).split('X');
    const body = [
      Buffer.from(`${head}قصفت قوات الدعم السريع مدينة الفاشر `),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from(tail ?? ''),
    ];
    const { status, body: answer } = await send(server.url, body, { chunked: false });
    expect(status).toBe(400);
    expect(JSON.parse(answer).errors[0].message).toBe('the request body is not valid UTF-8');
    expect(await totals()).toEqual(before);
  });
});

describe('the server in production', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server?.stop());

  it('serves no GraphiQL and no introspection unless asked to', async () => {
    const page = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } actors { totalCount } }' }),
    });
    const body = (await response.json()) as any;
    expect(body.errors[0].message).toMatch(/introspection has been disabled/);
  });
});

describe('start-up with contradictory security settings', () => {
  it('exits non-zero, saying what is missing', async () => {
    const { code, stderr } = await runServerToExit({ KG_READS: 'token' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('KG_READS=token needs credentials');
  });
});
