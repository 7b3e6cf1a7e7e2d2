import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { DEFAULT_LIMITS } from '../../server/security/config.js';
import { STORES } from '../helpers/stores.js';
import { type Answer, expectGraphIntact, type Server, seededServer } from './harness.js';

/** `actor { memberOf { memberOf { … name } } }`, with its leaf at `depth`. */
function memberOfChain(depth: number): string {
  const chain = 'memberOf { '.repeat(depth - 2);
  return `{ actor(name: "Azerbaijan") { ${chain}name${' }'.repeat(depth - 2)} } }`;
}

function refusedAsBadInput(answer: Answer, message: RegExp): void {
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors?.[0]?.message).toMatch(message);
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
}

describe.each(STORES)('operation limits on the $name store', (factory) => {
  let store: GraphStore;
  let server: Server;

  beforeAll(async () => {
    store = await factory.open();
    server = await seededServer(store);
  });
  afterAll(() => store.close());

  it('answers a query as deep as KG_MAX_DEPTH and refuses a deeper one', async () => {
    await expectGraphIntact(server, async () => {
      const deepest = await server.graphql(memberOfChain(DEFAULT_LIMITS.maxDepth));
      expect(deepest.errors).toBeUndefined();
      refusedAsBadInput(
        await server.graphql(memberOfChain(DEFAULT_LIMITS.maxDepth + 1)),
        /Query depth limit of 12 exceeded, found 13/,
      );
      refusedAsBadInput(
        await server.graphql(memberOfChain(25)),
        /Query depth limit of 12 exceeded, found 25/,
      );
    });
  });

  it('refuses a query whose cost is over KG_MAX_COST: pages of 100 inside pages of 100', async () => {
    const query = `{ events(first: 100) { edges { node { participants { actor {
      events(first: 100) { edges { node { participants { actor { name } } } } } } } } } } }`;
    await expectGraphIntact(server, async () => {
      refusedAsBadInput(await server.graphql(query), /Query Cost limit of 1000000 exceeded/);
    });
  });

  it('refuses an alias flood', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: search(text: "Azerbaijan") { match }`).join(' ')} }`;
    await expectGraphIntact(server, async () => {
      expect((await server.graphql(aliases(DEFAULT_LIMITS.maxAliases))).errors).toBeUndefined();
      refusedAsBadInput(
        await server.graphql(aliases(DEFAULT_LIMITS.maxAliases + 1)),
        /Aliases limit of 20 exceeded/,
      );
      const flood = await server.graphql(aliases(5_000));
      expect(flood.data ?? null).toBeNull();
      expect(flood.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
    });
  });

  it('refuses a directive flood', async () => {
    const directives = (n: number) => `{ actors { ${'totalCount @include(if: true) '.repeat(n)} } }`;
    await expectGraphIntact(server, async () => {
      expect((await server.graphql(directives(DEFAULT_LIMITS.maxDirectives))).errors).toBeUndefined();
      refusedAsBadInput(
        await server.graphql(directives(DEFAULT_LIMITS.maxDirectives + 1)),
        /Directives limit of 20 exceeded/,
      );
      const onOneField = await server.graphql(`{ actors ${'@skip(if: false) '.repeat(15)}{ totalCount } }`);
      expect(onOneField.errors?.[0]?.message).toMatch(/can only be used once/);
    });
  });

  it('refuses a wide query of thousands of selections by its tokens', async () => {
    await expectGraphIntact(server, async () => {
      const wide = await server.graphql(`{ actors { ${'totalCount '.repeat(5_000)} } }`);
      expect(wide.data ?? null).toBeNull();
      expect(wide.errors?.[0]?.message).toMatch(/Token limit of 2000 exceeded/);
    });
  });

  it('refuses fragment cycles without looping', async () => {
    const cycles = [
      `{ actors { edges { node { ...A } } } }
       fragment A on Actor { memberOf { ...B } }
       fragment B on Actor { memberOf { ...A } }`,
      '{ ...Q } fragment Q on Query { actors { totalCount } ...Q }',
    ];
    for (const query of cycles) {
      await expectGraphIntact(server, async () => {
        const answer = await server.graphql(query);
        expect(answer.data ?? null).toBeNull();
        expect(answer.errors?.[0]?.message).toMatch(/Cannot spread fragment "\w" within itself/);
      });
    }
  });

  it('handles huge variables: long strings, long id lists, deeply nested input', async () => {
    const longText = 'أذربيجان '.repeat(100_000);
    await expectGraphIntact(server, async () => {
      refusedAsBadInput(
        await server.graphql('query($text: String!) { search(text: $text) { match } }', { text: longText }),
        /search text is longer than/,
      );
      const byName = await server.graphql('query($name: String!) { actor(name: $name) { id } }', {
        name: longText,
      });
      expect(byName.errors?.[0]).toMatchObject({
        message: 'a name is at most 200 characters',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      refusedAsBadInput(
        await server.graphql('query($name: String!) { events(filter: {place: $name}) { totalCount } }', {
          name: longText,
        }),
        /a name is at most 200 characters/,
      );
    });
    const ids = Array.from({ length: 20_000 }, (_, i) => encodeGlobalID('Actor', `actor:nobody-${i}`));
    await expectGraphIntact(server, async () => {
      const { data, errors } = await server.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids,
      });
      expect(errors).toBeUndefined();
      expect(data.nodes).toHaveLength(ids.length);
      expect(data.nodes.every((node: unknown) => node === null)).toBe(true);
    });
    // Written out by hand: JSON.stringify itself runs out of stack on 100,000 levels.
    const levels = 100_000;
    const nested = `${'{"actor": "Azerbaijan", "nested": '.repeat(levels)}{}${'}'.repeat(levels)}`;
    const query = JSON.stringify('query($filter: EventFilter) { events(filter: $filter) { totalCount } }');
    await expectGraphIntact(server, async () => {
      const response = await server.fetch({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query": ${query}, "variables": {"filter": ${nested}}}`,
      });
      const answer = (await response.json()) as Answer;
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.[0]?.message).toMatch(
        /Variable "\$filter" got invalid value.*"nested" is not defined/,
      );
    });
  });

  it('refuses batched operations', async () => {
    await expectGraphIntact(server, async () => {
      const response = await server.fetch({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ actors { totalCount } }' }))),
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(((await response.json()) as Answer).errors?.[0]?.message).toBeTruthy();
    });
  });
});
