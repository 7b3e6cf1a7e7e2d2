import type { RoundReport } from '../pipeline/feeds/feed-round.js';

/** The one progress line of a round. */
export function roundLine(round: number, report: RoundReport): string {
  const { articles } = report.ingest;
  const unchanged = report.notModified > 0 ? `, ${report.notModified} not modified` : '';
  return (
    `round ${round}: ${report.feeds} feeds${unchanged}; ${report.newLinks} new links, ` +
    `${report.duplicates} duplicates; articles ${articles.created} new, ${articles.unchanged} unchanged; ` +
    `${report.failures.length} failed\n`
  );
}

/** One line per problem, each naming the URL. */
export function problemLines(problems: RoundReport['failures']): string {
  return problems.map((p) => `${p.url}: ${p.reason}\n`).join('');
}
