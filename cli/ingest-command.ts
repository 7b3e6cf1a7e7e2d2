/**
 * `kg ingest PATH|URL... [options]`: extracts text files, saved web pages,
 * JSON-lines files and folders of them, and the pages RSS or Atom feeds link
 * (one round of `kg watch`), and writes what they hold into the configured
 * store, with a progress bar on a terminal and a summary at the end.
 */
import { SingleBar } from 'cli-progress';
import { loadExtractionResources } from '../extract/index.js';
import type { IngestSummary } from '../graph/ingest.js';
import { type RoundReport, type RoundSettings, runFeedRound } from '../pipeline/feeds/feed-round.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { readDocuments } from '../pipeline/read-documents.js';
import { addSummaries, formatSummary } from '../pipeline/summary.js';
import { ConfigError } from '../server/config-error.js';
import { DOCUMENT_OPTIONS, type Options, parseArguments, UsageError } from './document-options.js';
import { problemLines, roundLine } from './feed-report.js';
import { feedSettingsFromEnv, isFeedUrl } from './feed-settings.js';
import { withStore } from './with-store.js';

const USAGE = `usage: kg ingest PATH|FEED-URL... ${DOCUMENT_OPTIONS}\n`;

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  let settings: RoundSettings;
  try {
    options = parseArguments(argv);
    settings = feedSettingsFromEnv(process.env, null);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  const feeds = options.files.filter(isFeedUrl);
  const { documents, failures, warnings } = readDocuments(
    options.files.filter((file) => !isFeedUrl(file)),
    options,
  );
  for (const warning of warnings) process.stderr.write(`${warning.path}: ${warning.reason}\n`);

  return withStore(async (store) => {
    const resources = loadExtractionResources();
    const fromFeeds = feeds.length > 0 ? await runFeedRound(feeds, store, resources, settings) : null;
    if (fromFeeds) process.stderr.write(problemLines(fromFeeds.warnings));
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'ingesting {bar} {value}/{total} documents' })
      : null;
    bar?.start(documents.length, 0);
    const summary = await ingestDocuments(
      store,
      resources,
      documents.map(({ path, doc }) => ({ name: path, doc })),
      { onProgress: (done) => bar?.update(done) },
    );
    bar?.stop();
    summary.articles.failed += failures.length;
    summary.failures.unshift(...failures.map((f) => ({ article: f.path, reason: f.reason })));
    const total = fromFeeds ? addSummaries([feedSummary(fromFeeds), summary]) : summary;
    if (fromFeeds) process.stdout.write(roundLine(1, fromFeeds));
    process.stdout.write(`ingested into the ${store.name} store\n${formatSummary(total)}`);
    return total.articles.failed > 0 ? 1 : 0;
  });
}

/** A feed round as an ingest summary: every feed, page or article that failed counts as one failure, named by URL. */
function feedSummary(report: RoundReport): IngestSummary {
  return {
    ...report.ingest,
    articles: { ...report.ingest.articles, failed: report.failures.length },
    failures: report.failures.map((f) => ({ article: f.url, reason: f.reason })),
  };
}
