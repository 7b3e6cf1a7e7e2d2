import { setImmediate } from 'node:timers/promises';
import { type ExtractionInput, type ExtractionResources, extractDocument } from '../extract/index.js';
import { emptySummary, type IngestSummary, ingestReports } from '../graph/ingest.js';
import type { GraphStore } from '../graph/store.js';
import type { ExtractionReport } from '../model/report.js';
import { addSummaries } from './summary.js';

/** Documents written per transaction: big enough to amortise the commit, small enough to fail cheaply. */
export const DEFAULT_BATCH_SIZE = 100;

export interface NamedDocument {
  name: string;
  doc: ExtractionInput;
}

export interface DocumentsOptions {
  batchSize?: number;
  /** Called after each batch with the number of documents done so far. */
  onProgress?: (done: number, summary: IngestSummary) => void;
}

/**
 * Extracts raw documents and ingests what they hold, a batch of whole
 * articles per transaction. A document that cannot be extracted is reported
 * by name; the others still go in. The next batch is extracted while one is
 * being written (a batch ahead at most), and batches are written in order.
 */
export async function ingestDocuments(
  store: GraphStore,
  resources: ExtractionResources,
  documents: NamedDocument[],
  options: DocumentsOptions = {},
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const summaries: IngestSummary[] = [];
  let next = extractBatch(documents.slice(0, batchSize), resources);
  for (let start = 0; start < documents.length; start += batchSize) {
    const { reports, summary } = await next;
    next = extractBatch(documents.slice(start + batchSize, start + 2 * batchSize), resources);
    summaries.push(summary, await ingestReports(store, resources.gazetteer, reports));
    options.onProgress?.(Math.min(start + batchSize, documents.length), addSummaries(summaries));
  }
  return addSummaries(summaries);
}

/** Never rejects: a document that cannot be extracted is a failure of the summary. */
async function extractBatch(
  documents: NamedDocument[],
  resources: ExtractionResources,
): Promise<{ reports: ExtractionReport[]; summary: IngestSummary }> {
  const summary = emptySummary();
  const reports: ExtractionReport[] = [];
  for (const { name, doc } of documents) {
    // Between documents the batch being written gets its replies, so both go on at once.
    await setImmediate();
    try {
      reports.push({ articles: extractDocument(doc, resources) });
    } catch (error) {
      summary.articles.failed += 1;
      summary.failures.push({ article: name, reason: `cannot extract: ${(error as Error).message}` });
    }
  }
  return { reports, summary };
}
