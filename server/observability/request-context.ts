import { AsyncLocalStorage } from 'node:async_hooks';

/** What the operation log learns about one HTTP request while Yoga handles it. */
export interface RequestRecord {
  id: string;
  startedAt: number;
  /** Set once the request turns out to carry a GraphQL operation. */
  operation: { name: string | null; type: string | null } | null;
  errorCodes: string[];
}

const current = new AsyncLocalStorage<RequestRecord>();

/** Runs the handling of one request with its record reachable from anywhere below it, error masking included. */
export function withRequestRecord<T>(record: RequestRecord, handle: () => T): T {
  return current.run(record, handle);
}

export function currentRequest(): RequestRecord | undefined {
  return current.getStore();
}
