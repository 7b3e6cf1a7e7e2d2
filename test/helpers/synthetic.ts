import type { ExtractionReport } from '../../model/report.js';

/**
 * Copies of a report told again on later days: new article texts and event
 * dates shifted by `copy * 30` days, so nothing merges with the original.
 */
export function shiftedCopies(report: ExtractionReport, copies: number): ExtractionReport[] {
  return Array.from({ length: copies }, (_, i) => {
    const copy = i + 1;
    const shift = (date: string | null) =>
      date ? new Date(Date.parse(date) + copy * 30 * 86_400_000).toISOString().slice(0, 10) : null;
    return {
      articles: report.articles.map((article) => ({
        ...article,
        title: `${article.title} [${copy}]`,
        publishedAt: shift(article.publishedAt),
        events: article.events.map((event) => ({ ...event, date: shift(event.date) ?? shift('2020-01-01') })),
      })),
    };
  });
}
