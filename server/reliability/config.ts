import { wholeNumber } from '../env-number.js';

/** How the server copes with a store that is slow or away, and how it stops (docs/operations.md). */
export interface ReliabilityConfig {
  /** KG_STARTUP_RETRIES: attempts to reach Neo4j after the first at start-up, with exponential backoff. */
  startupRetries: number;
  /** KG_DRAIN_TIMEOUT_MS: how long SIGTERM waits for in-flight requests before exiting anyway. */
  drainTimeoutMs: number;
  /** KG_TX_TIMEOUT_MS: bound on every Neo4j transaction. */
  transactionTimeoutMs: number;
  /** KG_NEO4J_CONCURRENCY: most Neo4j transactions open at once, the others queued in the server; 0 for no bound. */
  maxConcurrentTransactions: number;
}

export function reliabilityConfigFromEnv(env: NodeJS.ProcessEnv): ReliabilityConfig {
  return {
    startupRetries: wholeNumber(env, 'KG_STARTUP_RETRIES', 6),
    drainTimeoutMs: wholeNumber(env, 'KG_DRAIN_TIMEOUT_MS', 10_000),
    transactionTimeoutMs: wholeNumber(env, 'KG_TX_TIMEOUT_MS', 10_000),
    maxConcurrentTransactions: wholeNumber(env, 'KG_NEO4J_CONCURRENCY', 0),
  };
}
