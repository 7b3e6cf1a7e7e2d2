import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../server/security/config.js';
import { testSecurity, WRITE_TOKEN } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';
import { expectGraphIntact, refusal, type Server, seededServer } from './harness.js';

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
const AUTHORIZED = { authorization: `Bearer ${WRITE_TOKEN}` };
const ARABIC =
  'قصفت قوات الدعم السريع مدينة الفاشر أمس، فيما بدأت في جدة مفاوضات بين الجيش السوداني وقوات الدعم السريع.';

const encode = (text: string) => new TextEncoder().encode(text);

/** A JSON body of the ingest mutation whose text holds the given raw bytes, spliced in unescaped. */
function ingestBodyWithBytes(bytes: number[]): Uint8Array<ArrayBuffer> {
  const [before, after] = JSON.stringify({ query: INGEST, variables: { input: { text: 'BYTES' } } }).split(
    'BYTES',
  );
  return new Uint8Array([...encode(`${before}${ARABIC} `), ...bytes, ...encode(after ?? '')]);
}

/** A body that arrives in chunks, without a Content-Length. */
function streamOf(chunk: Uint8Array, times: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < times) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

describe.each(STORES)('hostile requests on the $name store', (factory) => {
  let store: GraphStore;
  let server: Server;
  let production: Server;

  beforeAll(async () => {
    store = await factory.open();
    server = await seededServer(store);
    production = await seededServer(store, testSecurity({ NODE_ENV: 'production' }));
  });
  afterAll(() => store.close());

  const post = (body: BodyInit, headers: Record<string, string>) =>
    server.fetch({ method: 'POST', headers, body, duplex: 'half' } as RequestInit);

  it('refuses a body over KG_MAX_BODY_BYTES with 413, by its length or as it streams', async () => {
    const text = 'ب'.repeat(DEFAULT_MAX_BODY_BYTES / 2 + 1);
    const huge = JSON.stringify({ query: INGEST, variables: { input: { text } } });
    await expectGraphIntact(server, async () => {
      const declared = await post(huge, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(huge)),
        ...AUTHORIZED,
      });
      expect(await refusal(declared)).toEqual({
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: `the request body is over the limit of ${DEFAULT_MAX_BODY_BYTES} bytes`,
      });
      const streamed = await post(streamOf(encode('{"query": "'.padEnd(64 * 1024, ' ')), 100), {
        'content-type': 'application/json',
        ...AUTHORIZED,
      });
      expect((await refusal(streamed)).status).toBe(413);
    });
  });

  it('leaves room within the body limit for the mutation to refuse a text over 2 MB itself', async () => {
    await expectGraphIntact(server, async () => {
      const { status, errors } = await server.graphql(
        INGEST,
        { input: { text: 'a'.repeat(2 * 1024 * 1024 + 1) } },
        AUTHORIZED,
      );
      expect(status).toBe(200);
      expect(errors?.[0]?.message).toMatch(/text is over the size limit/);
    });
  });

  it('refuses an ingested text with invalid UTF-8 bytes instead of storing replacement characters', async () => {
    for (const bytes of [[0xff, 0xfe], [0xc3], [0xed, 0xa0, 0x80], [0xe2, 0x28, 0xa1]]) {
      await expectGraphIntact(server, async () => {
        const response = await post(ingestBodyWithBytes(bytes), {
          'content-type': 'application/json',
          ...AUTHORIZED,
        });
        expect(await refusal(response)).toEqual({
          status: 400,
          code: 'BAD_REQUEST',
          message: 'the request body is not valid UTF-8',
        });
      });
    }
  });

  it('refuses a body of another content type', async () => {
    await expectGraphIntact(server, async () => {
      const xml = await post('<mutation>ingestArticle</mutation>', {
        'content-type': 'application/xml',
        'x-graphql-csrf': '1',
        ...AUTHORIZED,
      });
      expect(xml.status).toBe(415);
      const notJson = await post('{"query": "mutation { ingestArticle(', {
        'content-type': 'application/json',
        ...AUTHORIZED,
      });
      expect(notJson.status).toBe(400);
    });
  });

  it('refuses simple (CSRF-able) requests without the x-graphql-csrf header', async () => {
    const operation = { query: INGEST, variables: { input: { text: ARABIC } } };
    const simple: Record<string, BodyInit> = {
      'text/plain': JSON.stringify(operation),
      'application/x-www-form-urlencoded': new URLSearchParams({
        query: operation.query,
        variables: JSON.stringify(operation.variables),
      }).toString(),
    };
    for (const [type, body] of Object.entries(simple)) {
      await expectGraphIntact(server, async () => {
        const response = await post(body, { 'content-type': type, ...AUTHORIZED });
        expect(await refusal(response)).toMatchObject({
          status: 403,
          message: 'Required CSRF header(s) not present',
        });
      });
    }
    const form = new FormData();
    form.set('operations', JSON.stringify(operation));
    form.set('map', '{}');
    await expectGraphIntact(server, async () => {
      // A copy: the fetch ponyfill writes the multipart content type into the headers object it is given.
      expect((await server.fetch({ method: 'POST', headers: { ...AUTHORIZED }, body: form })).status).toBe(
        403,
      );
    });
    const url = `/graphql?query=${encodeURIComponent('{ actors { totalCount } }')}`;
    await expectGraphIntact(server, async () => {
      expect((await server.fetch({ method: 'GET' }, url)).status).toBe(403);
      const allowed = await server.fetch({ method: 'GET', headers: { 'x-graphql-csrf': '1' } }, url);
      expect(((await allowed.json()) as any).data.actors.totalCount).toBeGreaterThan(0);
      const mutation = `/graphql?query=${encodeURIComponent('mutation { ingestArticle(input: {text: "x"}) { created } }')}`;
      const viaGet = await server.fetch(
        { method: 'GET', headers: { 'x-graphql-csrf': '1', ...AUTHORIZED } },
        mutation,
      );
      expect(viaGet.status).toBe(405);
    });
  });

  it('still serves GraphiQL and the explorer, whose requests are JSON', async () => {
    const graphiql = await server.fetch({ method: 'GET', headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('negotiations(first: 10)');
    expect((await server.fetch({ method: 'GET' }, '/explorer')).status).toBe(200);
    const explorerRequest = await server.fetch({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: 'query($text: String!) { search(text: $text) { match } }',
        variables: { text: 'يفلاخ' },
      }),
    });
    expect(((await explorerRequest.json()) as any).data.search.length).toBeGreaterThan(0);
  });

  it('hides the schema in production: no introspection, no field suggestions, no GraphiQL', async () => {
    await expectGraphIntact(production, async () => {
      const introspection = await production.graphql('{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0]?.message).toMatch(/introspection has been disabled/);
      const typo = await production.graphql('{ actorz { totalCount } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect(typo.errors?.[0]?.message).toMatch(/Suggestion hidden/);
      const page = await production.fetch({ method: 'GET', headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphiQL');
      expect((await production.graphql('{ actors { totalCount } }')).data.actors.totalCount).toBeGreaterThan(
        0,
      );
    });
  });
});
