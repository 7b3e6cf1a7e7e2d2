import type { GraphStore } from '../../graph/store.js';
import { logger } from '../observability/logger.js';
import type { Drain } from './drain.js';

export interface Shutdown {
  drain: Drain;
  store: GraphStore;
  /** How long in-flight requests may take to finish before the process exits anyway. */
  drainTimeoutMs: number;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight
 * finish, close the store, exit 0 — or exit 1 when the drain timed out. A
 * second signal while shutting down is ignored (tsx relays Ctrl-C twice).
 */
export function shutDownOnSignals({ drain, store, drainTimeoutMs }: Shutdown): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: drain.inFlight, drainTimeoutMs }, 'shutting down: draining requests');
    const drained = await drain.drain(drainTimeoutMs);
    if (!drained)
      logger.warn({ inFlight: drain.inFlight }, 'drain timed out: cutting the remaining requests');
    try {
      await store.close();
    } catch (error) {
      logger.error({ err: error }, 'closing the store failed');
    }
    logger.info('stopped');
    process.exit(drained ? 0 : 1);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
