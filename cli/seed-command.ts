import { loadExtractionResources } from '../extract/index.js';
import { formatSummary } from '../pipeline/summary.js';
import { loadSeed } from '../seed/load.js';
import { withStore } from './with-store.js';

/** `kg seed`: loads the seed graph into the configured store (Neo4j when NEO4J_URI is set). */
export function run(): Promise<number> {
  return withStore(async (store) => {
    const summary = await loadSeed(store, loadExtractionResources());
    process.stdout.write(`seeded the ${store.name} store\n${formatSummary(summary)}`);
    return summary.articles.failed > 0 ? 1 : 0;
  });
}
