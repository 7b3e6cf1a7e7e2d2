import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { WRITE_TOKEN } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';
import { type Answer, expectGraphIntact, type Server, seededServer } from './harness.js';

/** Strings that would change a query built by pasting them into Cypher, a regex or a search syntax. */
const HOSTILE = [
  `'}) DETACH DELETE n //`,
  `" OR 1=1`,
  '` MATCH (n) DETACH DELETE n',
  `Azerbaijan'}) MATCH (m) DETACH DELETE m WITH 1 AS x MATCH (a {name: '`,
  `"}) MATCH (n) SET n.name = "pwned" //`,
  `\\' OR '1'='1`,
  `$name} RETURN 1 //`,
  `'; CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {}) //`,
  `) CALL db.clearQueryCaches() //`,
  '.*',
  '(?i).*',
  '%',
  'name:* OR text:*',
  '\u0000\u0001\u200f\ufeff',
  '\\u0027) DETACH DELETE n //',
  "ستيباناكرت' }) DETACH DELETE n //",
];

/** A well-formed global id of each label whose store id is the hostile string. */
const hostileIds = (text: string) => [
  text,
  encodeGlobalID('Actor', `actor:${text}`),
  encodeGlobalID('Place', `place:${text}`),
  encodeGlobalID('Event', text),
  encodeGlobalID('Article', `article:${text}`),
];

const AZERBAIJAN = 'QWN0b3I6YWN0b3I6YXplcmJhaWphbg==';

/** Refused with its reason (bad input, not found, an id of another type) or answered: never a masked crash. */
function expectRefusedOrAnswered(answer: Answer, what: string): void {
  expect(answer.status, what).toBe(200);
  for (const error of answer.errors ?? []) {
    expect(error.extensions?.code ?? 'no code', `${what}: ${error.message}`).not.toMatch(
      /INTERNAL_SERVER_ERROR|STORE_UNAVAILABLE/,
    );
    expect(error.message, what).not.toMatch(/Unexpected error|Neo4j|Cypher/i);
  }
}

describe.each(STORES)('hostile strings on the $name store', (factory) => {
  let store: GraphStore;
  let server: Server;

  beforeAll(async () => {
    store = await factory.open();
    server = await seededServer(store);
  });
  afterAll(() => store.close());

  const runEach = async (query: string, variablesOf: (text: string) => Record<string, unknown>[]) => {
    for (const text of HOSTILE) {
      for (const variables of variablesOf(text)) {
        await expectGraphIntact(server, async () => {
          expectRefusedOrAnswered(
            await server.graphql(query, variables),
            `${query} ${JSON.stringify(variables)}`,
          );
        });
      }
    }
  };

  it('finds no actor and no place by a hostile name', async () => {
    await runEach('query($s: String!) { actor(name: $s) { id name } place(name: $s) { id name } }', (s) => [
      { s },
    ]);
    for (const s of HOSTILE) {
      const { data } = await server.graphql(
        'query($s: String!) { actor(name: $s) { id } place(name: $s) { id } }',
        {
          s,
        },
      );
      expect(data, s).toEqual({ actor: null, place: null });
    }
  });

  it('filters events, actors and places by hostile names without matching or breaking anything', async () => {
    await runEach(
      `query($s: String!) { events(filter: { actor: $s }) { totalCount } places: events(filter: { place: $s }) { totalCount }
        actors(filter: { name: $s }) { totalCount } p: places(filter: { name: $s }) { totalCount } }`,
      (s) => [{ s }],
    );
  });

  it('searches hostile text as plain words', async () => {
    await runEach('query($s: String!) { search(text: $s) { match node { id } } }', (s) => [{ s }]);
  });

  it('refuses hostile ids, raw or wrapped in a well-formed global id, in every id argument', async () => {
    await runEach(
      `query($id: ID!) { node(id: $id) { id } nodes(ids: [$id, $id]) { id } article(id: $id) { id } }`,
      (text) => hostileIds(text).map((id) => ({ id })),
    );
    await runEach('query($id: ID!) { neighborhood(id: $id) { truncated } }', (text) =>
      hostileIds(text).map((id) => ({ id })),
    );
    await runEach('query($id: ID!) { timeline(id: $id) { totalCount } }', (text) =>
      hostileIds(text).map((id) => ({ id })),
    );
    await runEach('query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { truncated } }', (text) =>
      hostileIds(text).flatMap((id) => [
        { a: id, b: AZERBAIJAN },
        { a: AZERBAIJAN, b: id },
      ]),
    );
  });

  it('takes hostile strings written into the query document itself as data too', async () => {
    for (const s of HOSTILE) {
      await expectGraphIntact(server, async () => {
        const literal = JSON.stringify(s);
        const answer = await server.graphql(
          `{ actor(name: ${literal}) { id } search(text: ${literal}) { match } }`,
        );
        expectRefusedOrAnswered(answer, s);
      });
    }
  });

  it('refuses a hostile ingestion without a token, and stores a write token’s hostile fields verbatim', async () => {
    const input = {
      title: HOSTILE[0],
      url: `https://example.com/${HOSTILE[2]}`,
      source: HOSTILE[1],
      text: `قصفت قوات الدعم السريع مدينة الفاشر أمس. ${HOSTILE.join(' ')}`,
    };
    const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
      created unchanged article { title url source { name } } } }`;
    await expectGraphIntact(server, async () => {
      const refused = await server.graphql(INGEST, { input });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
    for (const bad of [{ publishedAt: HOSTILE[0] }, { language: 'AR) DETACH DELETE n //' }]) {
      await expectGraphIntact(server, async () => {
        const refused = await server.graphql(
          INGEST,
          { input: { ...input, ...bad } },
          { authorization: `Bearer ${WRITE_TOKEN}` },
        );
        expect(refused.errors?.[0]?.message).toMatch(/publishedAt|language|Date|Language/);
      });
    }

    const before = await store.counts();
    const negotiations = async () =>
      (await server.graphql('{ negotiations { totalCount } }')).data.negotiations.totalCount;
    const negotiationsBefore = await negotiations();
    const written = await server.graphql(INGEST, { input }, { authorization: `Bearer ${WRITE_TOKEN}` });
    expect(written.errors).toBeUndefined();
    expect(written.data.ingestArticle).toMatchObject({
      created: 1,
      article: { title: input.title, url: input.url, source: { name: input.source } },
    });
    const after = await store.counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(after.relationships).toBeGreaterThan(before.relationships);
    expect(await negotiations()).toBeGreaterThanOrEqual(negotiationsBefore);

    await expectGraphIntact(server, async () => {
      const again = await server.graphql(INGEST, { input }, { authorization: `Bearer ${WRITE_TOKEN}` });
      expect(again.data.ingestArticle).toMatchObject({ created: 0, unchanged: 1 });
    });
  });
});
