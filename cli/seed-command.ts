import { configFromEnv } from '../config.js';
import { loadExtractionResources } from '../extract/index.js';
import { openStore, StoreUnavailableError } from '../graph/open-store.js';
import { formatSummary } from '../pipeline/summary.js';
import { loadSeed } from '../seed/load.js';

/** `kg seed`: loads the seed graph into the configured store (Neo4j when NEO4J_URI is set). */
export async function run(): Promise<number> {
  const config = configFromEnv();
  try {
    const store = await openStore(config);
    try {
      const summary = await loadSeed(store, loadExtractionResources());
      process.stdout.write(`seeded the ${store.name} store\n${formatSummary(summary)}`);
      return summary.articles.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
