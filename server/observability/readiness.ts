import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { GraphStore } from '../../graph/store.js';
import { logger } from './logger.js';

/** Long enough for a healthy store under load, short enough for a probe: the driver's own retries take longer. */
const READY_TIMEOUT_MS = 2_000;

/** `/ready`: 200 when the store answers within READY_TIMEOUT_MS, otherwise 503 with no body (the reason is logged). */
export function useStoreReadiness(store: GraphStore): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async () => {
      try {
        await withTimeout(store.counts(), READY_TIMEOUT_MS);
        return true;
      } catch (error) {
        logger.warn({ reason: (error as Error).message }, 'not ready: the graph store does not answer');
        return false;
      }
    },
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  // The losing side may still settle later; its outcome no longer matters.
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
