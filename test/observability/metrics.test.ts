import { createPubSub } from 'graphql-yoga';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import { createKnowledgeGraphYoga } from '../../server/yoga.js';
import { resources, testSecurity, WRITE_TOKEN } from '../helpers/graphql.js';

const INGEST = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`;
const ARTICLE = {
  title: 'اشتباكات في الفاشر',
  text: 'قصفت قوات الدعم السريع مدينة الفاشر أمس، فيما بدأت في جدة مفاوضات بين الجيش السوداني وقوات الدعم السريع.',
  publishedAt: '2024-05-12',
};

/** The value of one sample line of a Prometheus text exposition, or undefined when the line is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  const store = new EmbeddedStore();
  const yoga = createKnowledgeGraphYoga({
    store,
    resources,
    events: createPubSub(),
    security: testSecurity(),
  });
  const post = (body: object) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
      body: JSON.stringify(body),
    });
  let text: string;
  let contentType: string | null;

  beforeAll(async () => {
    await post({ query: 'query Counts { actors { totalCount } }' });
    await post({ query: '{ actors { totalCount } }' });
    await post({ query: 'query Broken { event(id: "nope") { id } }' });
    await post({ query: 'query Bad { node(id: "not-a-global-id") { id } }' });
    await post({ query: INGEST, variables: { input: ARTICLE } });
    await post({ query: INGEST, variables: { input: { text: '   ' } } });
    const response = await yoga.fetch('http://test/metrics');
    contentType = response.headers.get('content-type');
    text = await response.text();
  });

  it('answers in the Prometheus text format', () => {
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE kg_graphql_requests_total counter');
    expect(text).toContain('# TYPE kg_graphql_request_duration_seconds histogram');
  });

  it('counts operations by name and outcome', () => {
    expect(sample(text, 'kg_graphql_requests_total{operation="Counts",outcome="ok"}')).toBe(1);
    expect(sample(text, 'kg_graphql_requests_total{operation="anonymous",outcome="ok"}')).toBe(1);
    expect(
      sample(text, 'kg_graphql_requests_total{operation="Broken",outcome="GRAPHQL_VALIDATION_FAILED"}'),
    ).toBe(1);
    expect(sample(text, 'kg_graphql_requests_total{operation="Bad",outcome="BAD_USER_INPUT"}')).toBe(1);
    expect(sample(text, 'kg_graphql_request_duration_seconds_count{operation="Ingest"}')).toBe(2);
  });

  it('counts ingested and failed articles and the store round trips', () => {
    expect(sample(text, 'kg_articles_total{outcome="ingested"}')).toBe(1);
    expect(sample(text, 'kg_articles_total{outcome="failed"}')).toBe(1);
    expect(sample(text, 'kg_store_round_trips_total{store="embedded"}')).toBe(store.roundTrips);
    expect(store.roundTrips).toBeGreaterThan(0);
  });
});
