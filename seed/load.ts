import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../gazetteer/load.js';
import { type IngestSummary, ingestReport } from '../graph/ingest.js';
import type { GraphStore } from '../graph/store.js';
import type { ExtractionReport } from '../model/report.js';

export const SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The seed documents' reports (seed/*.report.json), in file order. */
export function seedReports(dir = SEED_DIR): ExtractionReport[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.report.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ExtractionReport);
}

/** Loads the seed graph through the ingest writer; loading it again changes nothing. */
export async function loadSeed(store: GraphStore, gazetteer: Gazetteer): Promise<IngestSummary[]> {
  const summaries: IngestSummary[] = [];
  for (const report of seedReports()) summaries.push(await ingestReport(store, gazetteer, report));
  return summaries;
}
