import { configFromEnv } from '../config.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { openStore, StoreUnavailableError } from '../graph/open-store.js';
import { loadSeed } from '../seed/load.js';
import { addSummaries, formatSummary } from './summary.js';

/** `kg seed`: loads the seed graph into the configured store (Neo4j when NEO4J_URI is set). */
export async function run(): Promise<number> {
  const config = configFromEnv();
  try {
    const store = await openStore(config);
    try {
      const summary = addSummaries(await loadSeed(store, loadGazetteer()));
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
