import { openStore, StoreUnavailableError } from '../graph/open-store.js';
import type { GraphStore } from '../graph/store.js';
import { configFromEnv } from '../server/config.js';
import { ConfigError } from '../server/config-error.js';

/**
 * Runs a command against the configured store (Neo4j when NEO4J_URI is set)
 * and closes it after; a bad setting or a store that cannot be reached, found
 * on opening or while the command runs, is one line and exit code 1.
 */
export async function withStore(work: (store: GraphStore) => Promise<number>): Promise<number> {
  let store: GraphStore;
  try {
    store = await openStore(configFromEnv());
  } catch (error) {
    return reported(error);
  }
  try {
    return await work(store);
  } catch (error) {
    return reported(error);
  } finally {
    await store.close();
  }
}

function reported(error: unknown): number {
  if (!(error instanceof StoreUnavailableError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  return 1;
}
