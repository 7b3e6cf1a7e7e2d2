import type { EventNode } from './model.js';

/** Event order of every list: newest first, undated last, then by id. */
export function compareEvents(a: EventNode, b: EventNode): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return b.date < a.date ? -1 : 1;
  }
  return codepointCompare(a.id, b.id);
}

/** String order by UTF-16 code units, the order Neo4j sorts strings in. */
export function codepointCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
