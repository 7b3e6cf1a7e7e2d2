import { emptySummary, type IngestSummary } from '../graph/ingest.js';

/** Adds ingest summaries up. */
export function addSummaries(summaries: IngestSummary[]): IngestSummary {
  const total = emptySummary();
  for (const s of summaries) {
    total.articles.created += s.articles.created;
    total.articles.unchanged += s.articles.unchanged;
    total.articles.failed += s.articles.failed;
    total.entities.created += s.entities.created;
    total.entities.merged += s.entities.merged;
    total.events.created += s.events.created;
    total.events.merged += s.events.merged;
    total.articleIds.push(...s.articleIds);
    total.createdArticleIds.push(...s.createdArticleIds);
    total.failures.push(...s.failures);
  }
  return total;
}

export function formatSummary(summary: IngestSummary): string {
  const { articles, entities, events } = summary;
  const lines = [
    `articles: ${articles.created} new, ${articles.unchanged} unchanged, ${articles.failed} failed`,
    `entities: ${entities.created} created, ${entities.merged} merged`,
    `events:   ${events.created} created, ${events.merged} merged`,
    ...summary.failures.map((f) => `failed: ${f.article}: ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
