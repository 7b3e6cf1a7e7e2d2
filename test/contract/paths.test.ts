import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_RELATIONSHIPS } from '../../explore/limits.js';
import { neighborhood } from '../../explore/neighborhood.js';
import { shortestPaths } from '../../explore/paths.js';
import type { ActorNode, EventNode, RelationshipWrite } from '../../graph/model.js';
import type { ArticleWrite, GraphStore } from '../../graph/store.js';
import type { Role } from '../../model/report.js';
import { STORES } from '../helpers/stores.js';

const ARTICLE_ID = 'article:hand-made';

function actor(slug: string): ActorNode {
  return {
    id: `actor:${slug}`,
    name: slug,
    nameAr: null,
    nameEn: slug,
    aliases: [slug],
    aliasKeys: [slug],
    wikidata: null,
    kind: 'STATE',
  };
}

function event(slug: string, date: string | null): EventNode {
  return {
    id: `event:${slug}`,
    type: 'NEGOTIATION',
    cameo: '04',
    date,
    factuality: 'REPORTED',
    casualties: null,
  };
}

function took(actorSlug: string, eventSlug: string, role: Role): RelationshipWrite {
  return {
    type: 'PARTICIPATED_IN',
    from: { label: 'Actor', id: `actor:${actorSlug}` },
    to: { label: 'Event', id: `event:${eventSlug}` },
    key: `${ARTICLE_ID}|${role}|`,
    props: {
      articleId: ARTICLE_ID,
      evidence: `${actorSlug} in ${eventSlug}`,
      start: 0,
      end: 1,
      role,
      onBehalfOf: null,
    },
  };
}

/**
 * a and b meet twice (e1, e2); b attacks c (e3); c and d meet (e4); e stands
 * alone (e5). So a–b has two shortest paths, a–d two of length 6, a–e none.
 */
const WRITE: ArticleWrite = {
  article: {
    id: ARTICLE_ID,
    contentHash: 'hand-made',
    title: 'hand-made graph',
    text: 'hand-made graph',
    url: null,
    publishedAt: '2024-01-01',
    language: 'en',
    kind: 'ARTICLE',
    tags: [],
    searchKey: 'hand made graph',
  },
  actors: ['a', 'b', 'c', 'd', 'e'].map(actor),
  places: [],
  events: [
    event('e1', '2024-01-01'),
    event('e2', '2024-02-01'),
    event('e3', null),
    event('e4', '2024-03-01'),
    event('e5', '2024-04-01'),
  ],
  relationships: [
    took('a', 'e1', 'PARTY'),
    took('b', 'e1', 'PARTY'),
    took('a', 'e2', 'PARTY'),
    took('b', 'e2', 'PARTY'),
    took('b', 'e3', 'INITIATOR'),
    took('c', 'e3', 'TARGET'),
    took('c', 'e4', 'PARTY'),
    took('d', 'e4', 'PARTY'),
    took('e', 'e5', 'PARTY'),
  ],
};

const results = new Map<string, Map<string, unknown>>();

describe.each(STORES)('traversals on the $name store', (factory) => {
  let store: GraphStore;
  const options = { relationshipTypes: FACT_RELATIONSHIPS, first: 10 };
  const paths = async (from: string, to: string, maxLength: number, first = 10) => {
    const [fromId, toId] = [from, to].map((slug) => (slug.includes(':') ? slug : `actor:${slug}`));
    const result = await shortestPaths(store, fromId as string, toId as string, {
      ...options,
      maxLength,
      first,
    });
    const byStore = results.get(`${from}-${to}-${maxLength}-${first}`) ?? new Map();
    byStore.set(factory.name, result);
    results.set(`${from}-${to}-${maxLength}-${first}`, byStore);
    return result;
  };

  beforeAll(async () => {
    store = await factory.open();
    await store.writeArticles([WRITE]);
  });
  afterAll(() => store.close());

  it('finds every shortest path, in id order, each hop with its facts', async () => {
    const result = await paths('a', 'b', 4);
    expect(result.truncated).toBe(false);
    expect(result.paths.map((p) => p.nodeIds)).toEqual([
      ['actor:a', 'event:e1', 'actor:b'],
      ['actor:a', 'event:e2', 'actor:b'],
    ]);
    const [hop] = result.paths[0]?.hops ?? [];
    expect(hop).toMatchObject({ fromId: 'actor:a', toId: 'event:e1' });
    expect(result.fetched.nodes.map(({ node }) => node.id)).toEqual([
      'actor:a',
      'event:e1',
      'actor:b',
      'event:e2',
    ]);
    expect(hop?.relationships).toEqual([
      expect.objectContaining({
        type: 'PARTICIPATED_IN',
        sourceId: 'actor:a',
        targetId: 'event:e1',
        role: 'PARTY',
        evidence: [{ articleId: ARTICLE_ID, evidence: 'a in e1', start: 0, end: 1 }],
      }),
    ]);
    expect((await paths('a', 'b', 4, 1)).paths).toHaveLength(1);
  });

  it('walks relationships either way and respects maxLength', async () => {
    expect((await paths('a', 'd', 5)).paths).toEqual([]);
    const long = await paths('a', 'd', 6);
    expect(long.paths.map((p) => p.nodeIds)).toEqual([
      ['actor:a', 'event:e1', 'actor:b', 'event:e3', 'actor:c', 'event:e4', 'actor:d'],
      ['actor:a', 'event:e2', 'actor:b', 'event:e3', 'actor:c', 'event:e4', 'actor:d'],
    ]);
    const backwards = await paths('d', 'a', 6);
    expect(backwards.paths.map((p) => [...p.nodeIds].reverse())).toEqual(long.paths.map((p) => p.nodeIds));
  });

  it('answers a direct link alone, longer connections aside', async () => {
    const direct = await paths('a', 'event:e1', 4);
    expect(direct.paths.map((p) => p.nodeIds)).toEqual([['actor:a', 'event:e1']]);
    expect(direct.paths[0]?.hops[0]?.relationships.map((r) => r.role)).toEqual(['PARTY']);
    expect((await paths('event:e3', 'c', 1)).paths.map((p) => p.nodeIds)).toEqual([['event:e3', 'actor:c']]);
    expect((await paths('event:e1', 'c', 1)).paths).toEqual([]);
  });

  it('answers an empty list when nothing links two nodes', async () => {
    expect(await paths('a', 'e', 6)).toEqual({
      paths: [],
      truncated: false,
      fetched: { nodes: [], refs: {} },
      endsExist: true,
    });
  });

  it('grows a neighbourhood level by level, newer events first, up to its limit', async () => {
    const around = (depth: number, limit: number) =>
      neighborhood(store, 'actor:a', { depth, limit, relationshipTypes: FACT_RELATIONSHIPS });
    expect((await around(1, 100)).nodeIds).toEqual(['actor:a', 'event:e2', 'event:e1']);
    expect((await around(2, 100)).nodeIds).toEqual(['actor:a', 'event:e2', 'event:e1', 'actor:b']);
    const capped = await around(3, 2);
    expect(capped).toMatchObject({ nodeIds: ['actor:a', 'event:e2'], truncated: true });
    expect(capped.relationships.map((r) => r.targetId)).toEqual(['event:e2']);
  });
});

describe('both stores', () => {
  it('find the same paths', () => {
    expect(results.size).toBeGreaterThan(4);
    for (const [label, byStore] of results)
      expect(byStore.get('neo4j'), label).toEqual(byStore.get('embedded'));
  });
});
