import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../server/config.js';
import { EmbeddedStore } from './embedded/store.js';
import { Neo4jStore } from './neo4j/store.js';
import type { GraphStore } from './store.js';
import { StoreUnavailableError } from './store-unavailable.js';

export { StoreUnavailableError };

export interface StartupRetries {
  /** Attempts after the first while Neo4j cannot be reached; 0 gives up at once. */
  retries: number;
  /** Told before each wait, e.g. to log it. */
  onRetry?: (retry: { attempt: number; retries: number; delayMs: number; reason: string }) => void;
}

/**
 * Opens the configured store and prepares its schema. While Neo4j cannot be
 * reached it retries with exponential backoff; then it gives up with one clear
 * error naming the URI. Other errors (bad credentials…) give up at once.
 */
export async function openStore(
  config: Pick<Config, 'neo4j' | 'dataDir'>,
  startup: StartupRetries = { retries: 0 },
): Promise<GraphStore> {
  if (!config.neo4j) return new EmbeddedStore({ dataDir: config.dataDir });
  const store = new Neo4jStore(config.neo4j);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await store.init();
      return store;
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0] ?? '';
      if (!(error instanceof StoreUnavailableError) || attempt > startup.retries) {
        await store.close();
        throw new StoreUnavailableError(`cannot reach Neo4j at ${config.neo4j.uri}: ${reason}`);
      }
      const delayMs = backoffMs(attempt);
      startup.onRetry?.({ attempt, retries: startup.retries, delayMs, reason });
      await sleep(delayMs);
    }
  }
}

/** 1 s, 2 s, 4 s, then 8 s between attempts: the default six retries wait 31 s in all. */
function backoffMs(attempt: number): number {
  return Math.min(1_000 * 2 ** (attempt - 1), 8_000);
}
