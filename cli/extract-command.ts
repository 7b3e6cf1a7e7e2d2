/**
 * `kg extract FILE... [--published-at YYYY-MM-DD] [--source NAME] [--lang ar|en]
 * [--max-bytes N] [--json]`: prints what the extractor finds in the files (text, saved HTML pages),
 * writing nothing. Unreadable files are reported and the others still extracted.
 */
import { extractReport, loadExtractionResources } from '../extract/index.js';
import type { ExtractionReport, ReportArticle, ReportEvent } from '../model/report.js';
import { readDocuments } from '../pipeline/read-documents.js';
import { DOCUMENT_OPTIONS, type Options, parseArguments, UsageError } from './document-options.js';

const USAGE = `usage: kg extract FILE... ${DOCUMENT_OPTIONS} [--json]\n`;

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv, ['--json']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { documents, failures, warnings } = readDocuments(options.files, options);
  for (const failure of [...failures, ...warnings])
    process.stderr.write(`${failure.path}: ${failure.reason}\n`);
  if (documents.length > 0) {
    const report = extractReport(
      documents.map((d) => d.doc),
      loadExtractionResources(),
    );
    process.stdout.write(
      options.flags.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : summarize(report),
    );
  }
  return failures.length > 0 ? 1 : 0;
}

/** One block per article: kind, title, counts, then its events one per line. */
function summarize(report: ExtractionReport): string {
  return report.articles.map(articleSummary).join('\n');
}

function articleSummary(article: ReportArticle): string {
  const duplicate = article.duplicateOf ? ` (duplicate of ${article.duplicateOf})` : '';
  const header = `${article.id} ${article.kind}${duplicate}: ${article.title}`;
  const counts = `  ${article.entities.length} entities, ${article.events.length} events`;
  return `${[header, counts, ...article.events.map((e) => `  ${eventLine(e, article)}`)].join('\n')}\n`;
}

function eventLine(event: ReportEvent, article: ReportArticle): string {
  const name = (id: string | null) => article.entities.find((e) => e.id === id)?.name ?? '?';
  const participants = event.participants
    .map((p) => `${name(p.entity)} (${p.role.toLowerCase()})`)
    .join(', ');
  const place = event.place ? ` in ${name(event.place)}` : '';
  return `${event.type} ${event.date ?? 'undated'}${place}: ${participants || 'no participants'} [${event.factuality.toLowerCase()}]`;
}
