import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionResources } from '../extract/index.js';
import type { IngestSummary } from '../graph/ingest.js';
import type { GraphStore } from '../graph/store.js';
import { ingestDocuments } from '../pipeline/ingest-documents.js';
import { readDocuments } from '../pipeline/read-documents.js';

const SEED_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The raw seed documents: the text files directly in seed/, each with its FILE.meta.json. */
function seedDocumentPaths(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => join(dir, file));
}

/** Builds the seed graph by extracting the seed documents; loading it again changes nothing. */
export async function loadSeed(store: GraphStore, resources: ExtractionResources): Promise<IngestSummary> {
  const { documents, failures } = readDocuments(seedDocumentPaths());
  if (failures.length > 0)
    throw new Error(`cannot read the seed: ${failures.map((f) => f.reason).join('; ')}`);
  return ingestDocuments(
    store,
    resources,
    documents.map(({ path, doc }) => ({ name: path, doc })),
  );
}
