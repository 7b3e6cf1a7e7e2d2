/**
 * `kg ingest PATH... [options]`: extracts text files, JSON-lines files and
 * folders of both, and writes what they hold into the configured store, with a
 * progress bar on a terminal and a summary at the end.
 */
import { SingleBar } from 'cli-progress';
import { loadExtractionResources } from '../extract/index.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { readDocuments } from '../pipeline/read-documents.js';
import { formatSummary } from '../pipeline/summary.js';
import { DOCUMENT_OPTIONS, type Options, parseArguments, UsageError } from './document-options.js';
import { withStore } from './with-store.js';

const USAGE = `usage: kg ingest PATH... ${DOCUMENT_OPTIONS}\n`;

export async function run(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { documents, failures, warnings } = readDocuments(options.files, options);
  for (const warning of warnings) process.stderr.write(`${warning.path}: ${warning.reason}\n`);

  return withStore(async (store) => {
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: 'ingesting {bar} {value}/{total} documents' })
      : null;
    bar?.start(documents.length, 0);
    const summary = await ingestDocuments(
      store,
      loadExtractionResources(),
      documents.map(({ path, doc }) => ({ name: path, doc })),
      { onProgress: (done) => bar?.update(done) },
    );
    bar?.stop();
    summary.articles.failed += failures.length;
    summary.failures.unshift(...failures.map((f) => ({ article: f.path, reason: f.reason })));
    process.stdout.write(`ingested into the ${store.name} store\n${formatSummary(summary)}`);
    return summary.articles.failed > 0 ? 1 : 0;
  });
}
