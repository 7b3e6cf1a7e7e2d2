import type { Config } from '../config.js';
import { EmbeddedStore } from './embedded/store.js';
import { Neo4jStore } from './neo4j/store.js';
import type { GraphStore } from './store.js';

export class StoreUnavailableError extends Error {}

/** Opens the configured store and prepares its schema; a Neo4j that cannot be reached is one clear error. */
export async function openStore(config: Pick<Config, 'neo4j' | 'dataDir'>): Promise<GraphStore> {
  if (!config.neo4j) return new EmbeddedStore({ dataDir: config.dataDir });
  const store = new Neo4jStore(config.neo4j);
  try {
    await store.init();
  } catch (error) {
    await store.close();
    throw new StoreUnavailableError(
      `cannot reach Neo4j at ${config.neo4j.uri}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return store;
}
