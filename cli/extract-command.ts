/**
 * `kg extract FILE... [--published-at YYYY-MM-DD] [--source NAME] [--lang ar|en]
 * [--max-bytes N] [--json]`: prints what the extractor finds in the files,
 * writing nothing. Unreadable files are reported and the others still extracted.
 */
import { extractReport, loadExtractionResources } from '../extract/index.js';
import type { ExtractionReport, Language, ReportArticle, ReportEvent } from '../model/report.js';
import { DEFAULT_MAX_BYTES, readDocuments } from './read-documents.js';

const USAGE =
  'usage: kg extract FILE... [--published-at YYYY-MM-DD] [--source NAME] [--lang ar|en] [--max-bytes N] [--json]\n';

interface Options {
  files: string[];
  publishedAt: string | null;
  source: string | null;
  language: Language | null;
  maxBytes: number;
  json: boolean;
}

class UsageError extends Error {}

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { documents, failures } = readDocuments(options.files, options);
  for (const failure of failures) process.stderr.write(`${failure.path}: ${failure.reason}\n`);
  if (documents.length > 0) {
    const report = extractReport(
      documents.map((d) => d.doc),
      loadExtractionResources(),
    );
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summarize(report));
  }
  return failures.length > 0 ? 1 : 0;
}

function parseArguments(argv: string[]): Options {
  const options: Options = {
    files: [],
    publishedAt: null,
    source: null,
    language: null,
    maxBytes: maxBytesFromEnv(),
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--published-at') options.publishedAt = isoDay(value());
    else if (arg === '--source') options.source = value();
    else if (arg === '--lang') options.language = language(value());
    else if (arg === '--max-bytes') options.maxBytes = byteCount(value(), '--max-bytes');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no input file');
  return options;
}

function maxBytesFromEnv(): number {
  const value = process.env.KG_MAX_BYTES;
  return value ? byteCount(value, 'KG_MAX_BYTES') : DEFAULT_MAX_BYTES;
}

function byteCount(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${name} must be a positive whole number of bytes`);
  return n;
}

function isoDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--published-at must be a date YYYY-MM-DD, not ${value}`);
  }
  return value;
}

function language(value: string): Language {
  if (value !== 'ar' && value !== 'en') throw new UsageError(`--lang must be ar or en, not ${value}`);
  return value;
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
