import { describe, expect, it } from 'vitest';
import { seededApi, WRITE_TOKEN } from '../helpers/graphql.js';
import { STORES, type StoreFactory } from '../helpers/stores.js';

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created unchanged article { id events { id } mentions { entity { name } } } } }`;

const ARTICLE = {
  title: 'محادثات في الدوحة',
  text: 'استضافت قطر في الدوحة أمس محادثات بين الحكومة الكونغولية وحركة إم 23 بوساطة قطرية، فيما قصفت الحركة مدينة غوما.',
  source: 'Al Jazeera',
  publishedAt: '2025-03-19',
};

/** A fresh store with the seed graph, the article sent by `clients` clients at once, and what the store holds after. */
async function ingestAtOnce(factory: StoreFactory, clients: number) {
  const store = await factory.open();
  try {
    const writer = await seededApi(store, { authorization: `Bearer ${WRITE_TOKEN}` });
    const results = await Promise.all(
      Array.from({ length: clients }, () => writer(INGEST, { input: ARTICLE })),
    );
    const { totalCount: articles } = await store.findArticles({}, { offset: 0, limit: 1 });
    return { results, articles, counts: await store.counts() };
  } finally {
    await store.close();
  }
}

describe.each(STORES)('the same new article from 8 clients at once on the $name store', (factory) => {
  it('is written once, and the graph is as after one ingestion', async () => {
    const once = await ingestAtOnce(factory, 1);
    const eight = await ingestAtOnce(factory, 8);

    for (const { errors } of eight.results) expect(errors).toBeUndefined();
    const payloads = eight.results.map((result) => result.data.ingestArticle);
    expect(payloads.map((p) => p.created).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(payloads.every((p) => p.created + p.unchanged === 1)).toBe(true);
    // Every client gets the same article back, whichever of them wrote it.
    for (const payload of payloads)
      expect(payload.article).toEqual(once.results[0]?.data.ingestArticle.article);

    expect(eight.articles).toBe(once.articles);
    expect(eight.counts).toEqual(once.counts);
  });
});
