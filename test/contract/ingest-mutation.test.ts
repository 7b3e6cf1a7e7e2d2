import { createPubSub } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/store.js';
import { securityConfigFromEnv } from '../../server/security/config.js';
import { createKnowledgeGraphYoga } from '../../server/yoga.js';
import { type Execute, resources, seededApi, testSecurity, WRITE_TOKEN } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created unchanged
  article { title publishedAt source { name } events { type date place { name } participants { role actor { name } } }
    mentions { entity { name } } } } }`;

const ARTICLE = {
  title: 'اشتباكات في الفاشر',
  text: 'قصفت قوات الدعم السريع مدينة الفاشر أمس، فيما بدأت في جدة مفاوضات بين الجيش السوداني وقوات الدعم السريع بوساطة سعودية أمريكية.',
  source: 'Al Jazeera',
  publishedAt: '2024-05-12',
};

describe.each(STORES)('the ingestArticle mutation on the $name store', (factory) => {
  let store: GraphStore;
  let writer: Execute;
  let anonymous: Execute;

  beforeAll(async () => {
    store = await factory.open();
    writer = await seededApi(store, { authorization: `Bearer ${WRITE_TOKEN}` });
    anonymous = await seededApi(store);
  });
  afterAll(() => store.close());

  it('refuses writes without the bearer token, and changes nothing', async () => {
    const before = await store.counts();
    const { errors } = await anonymous(INGEST, { input: ARTICLE });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    expect(await store.counts()).toEqual(before);
  });

  it('extracts and writes the article, then changes nothing when it comes again', async () => {
    const first = await writer(INGEST, { input: ARTICLE });
    expect(first.errors).toBeUndefined();
    const { created, article } = first.data.ingestArticle;
    expect(created).toBe(1);
    expect(article).toMatchObject({
      title: ARTICLE.title,
      publishedAt: '2024-05-12',
      source: { name: 'Al Jazeera' },
    });
    const talks = article.events.find((e: any) => e.type === 'NEGOTIATION');
    expect(talks.place.name).toBe('Jeddah');
    expect(
      talks.participants
        .filter((p: any) => p.role === 'PARTY')
        .map((p: any) => p.actor.name)
        .sort(),
    ).toEqual(['Rapid Support Forces', 'Sudanese Armed Forces']);
    const attack = article.events.find((e: any) => e.type === 'ATTACK');
    expect(attack.date).toBe('2024-05-11');

    const before = await store.counts();
    const again = await writer(INGEST, { input: ARTICLE });
    expect(again.data.ingestArticle).toMatchObject({ created: 0, unchanged: 1 });
    expect(await store.counts()).toEqual(before);
  });

  it('rejects empty and unsupported text with a clear reason', async () => {
    const empty = await writer(INGEST, { input: { text: '   ' } });
    expect(empty.errors?.[0]?.message).toBe('text is empty');
    const russian = await writer(INGEST, { input: { text: 'Российские войска продолжают наступление.' } });
    expect(russian.errors?.[0]?.message).toMatch(/unsupported language/);
  });
});

describe('writes and live updates', () => {
  it('are off with a message saying how to turn them on when no token is configured', async () => {
    const store = await STORES[0]?.open();
    if (!store) throw new Error('no store');
    const yoga = createKnowledgeGraphYoga({
      store,
      resources,
      events: createPubSub(),
      security: securityConfigFromEnv({}),
    });
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer anything' },
      body: JSON.stringify({ query: INGEST, variables: { input: ARTICLE } }),
    });
    const { errors } = (await response.json()) as { errors: { message: string }[] };
    expect(errors[0]?.message).toMatch(/KG_WRITE_TOKEN/);
  });

  it('tell subscribers about each new article over server-sent events', async () => {
    const store = await STORES[0]?.open();
    if (!store) throw new Error('no store');
    const yoga = createKnowledgeGraphYoga({
      store,
      resources,
      events: createPubSub(),
      security: testSecurity(),
    });
    const stream = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { articleIngested { title } }' }),
    });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error('no stream');
    const firstEvent = (async () => {
      let text = '';
      while (!text.includes('articleIngested')) text += new TextDecoder().decode((await reader.read()).value);
      return text;
    })();
    await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify({ query: INGEST, variables: { input: ARTICLE } }),
    });
    expect(await firstEvent).toContain(ARTICLE.title);
    await reader.cancel();
  });
});
