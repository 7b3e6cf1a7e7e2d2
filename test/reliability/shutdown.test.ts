import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { logLines, type RunningServer, startServer } from '../helpers/server-process.js';

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
const ARTICLE = {
  title: 'هدنة في الخرطوم',
  text: 'أعلن الجيش السوداني وقوات الدعم السريع هدنة في الخرطوم لمدة أسبوع بوساطة سعودية أمريكية.',
  publishedAt: '2024-06-02',
};

/**
 * A POST whose body arrives in two parts, the second only when `finish` is
 * called: a request that stays in flight for as long as the test wants.
 */
function slowPost(url: string, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const sending = request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': bytes.length,
      authorization: `Bearer ${WRITE_TOKEN}`,
    },
  });
  const response = new Promise<{ status: number; connection: string | undefined; body: any }>(
    (resolve, reject) => {
      sending.on('error', reject);
      sending.on('response', (answer) => {
        let text = '';
        answer.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        answer.on('end', () =>
          resolve({
            status: answer.statusCode ?? 0,
            connection: answer.headers.connection,
            body: JSON.parse(text),
          }),
        );
      });
    },
  );
  sending.write(bytes.subarray(0, half));
  return { response, finish: () => sending.end(bytes.subarray(half)) };
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function waitForLog(server: RunningServer, message: string): Promise<Record<string, any>> {
  for (;;) {
    const line = logLines(server.output()).find((l) => l.msg === message);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM', () => {
  it('refuses new connections, lets the request in flight finish, then exits 0', async () => {
    const server = await startServer({ KG_WRITE_TOKEN: WRITE_TOKEN });
    const port = Number(new URL(server.url).port);
    const inFlight = slowPost(server.url, JSON.stringify({ query: INGEST, variables: { input: ARTICLE } }));
    await pause(300);

    server.process.kill('SIGTERM');
    expect(await waitForLog(server, 'shutting down: draining requests')).toMatchObject({ inFlight: 1 });
    expect(await refusesConnections(port)).toBe(true);
    expect(server.process.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer).toMatchObject({ status: 200, connection: 'close' });
    expect(answer.body).toEqual({ data: { ingestArticle: { created: 1 } } });
    expect(await server.exited).toBe(0);
    expect(logLines(server.output()).at(-1)).toMatchObject({ msg: 'stopped' });
  });

  it('exits anyway, with code 1, when a request outlasts KG_DRAIN_TIMEOUT_MS', async () => {
    const server = await startServer({ KG_WRITE_TOKEN: WRITE_TOKEN, KG_DRAIN_TIMEOUT_MS: '1000' });
    const stuck = slowPost(server.url, JSON.stringify({ query: INGEST, variables: { input: ARTICLE } }));
    stuck.response.catch(() => {});
    await pause(300);

    const signalled = Date.now();
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(logLines(server.output()).map((line) => line.msg)).toContain(
      'drain timed out: cutting the remaining requests',
    );
  });
});
