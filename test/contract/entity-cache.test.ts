import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../graph/ingest.js';
import { type ArticleWrite, type GraphStore, MissingEntitiesError } from '../../graph/store.js';
import type { ExtractionReport } from '../../model/report.js';
import { resources } from '../helpers/graphql.js';
import { neo4jConfig, STORES } from '../helpers/stores.js';
import { shiftedCopies } from '../helpers/synthetic.js';

const REFERENCE = new URL('../fixtures/seed-reference.json', import.meta.url);
const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as ExtractionReport;
const [first, second] = shiftedCopies({ articles: reference.articles.slice(0, 1) }, 2) as [
  ExtractionReport,
  ExtractionReport,
];

/** An article whose one relationship reaches an actor it does not carry. */
const LEANING: ArticleWrite = {
  article: {
    id: 'article:leaning',
    contentHash: 'leaning',
    title: 'leaning',
    text: 'leaning',
    url: null,
    publishedAt: '2024-01-01',
    language: 'en',
    kind: 'ARTICLE',
    tags: [],
    searchKey: 'leaning',
  },
  actors: [],
  places: [],
  events: [],
  relationships: [
    {
      type: 'MENTIONS',
      from: { label: 'Article', id: 'article:leaning' },
      to: { label: 'Actor', id: 'actor:nobody-stores' },
      key: '',
      props: { count: 1, articleId: 'article:leaning' },
    },
  ],
};

describe.each(STORES)('entities a write leaves out, on the $name store', (factory) => {
  let store: GraphStore;

  beforeAll(async () => {
    store = await factory.open();
  });
  afterAll(() => store.close());

  it('refuses a write that reaches an entity neither carried nor stored, and writes none of it', async () => {
    const refused = await store.writeArticles([LEANING]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MissingEntitiesError);
    expect((refused as MissingEntitiesError).ids).toEqual(['actor:nobody-stores']);
    expect(await store.nodes('Article', ['article:leaning'])).toEqual([null]);
  });
});

describe('an entity removed behind the ingest writer', () => {
  let store: GraphStore;
  const factory = STORES.find((s) => s.name === 'neo4j');

  beforeAll(async () => {
    store = await (factory as (typeof STORES)[number]).open();
  });
  afterAll(() => store.close());

  it('is written again with the next article that names it, not left out as known', async () => {
    await ingestReport(store, resources.gazetteer, first);
    const [azerbaijan] = await store.nodes('Actor', ['actor:azerbaijan']);
    expect(azerbaijan).not.toBeNull();
    // Another tool (a curation, a cleanup) removes it; this process's writer knew it.
    const config = neo4jConfig();
    const driver = neo4j.driver(config.uri);
    await driver.executeQuery('MATCH (n:Actor {id: $id}) DETACH DELETE n', { id: 'actor:azerbaijan' });
    await driver.close();
    const summary = await ingestReport(store, resources.gazetteer, second);
    expect(summary.articles.created).toBe(1);
    expect(await store.nodes('Actor', ['actor:azerbaijan'])).toEqual([
      expect.objectContaining({ name: 'Azerbaijan' }),
    ]);
    const mentions = await store.related({ type: 'MENTIONS', direction: 'in' }, ['actor:azerbaijan']);
    expect(mentions[0]?.length).toBeGreaterThan(0);
  });
});
