import type { Page, PageOf } from '../graph/store.js';
import { badInput } from './errors.js';

/** The largest page a connection serves; ask again with `after` for more. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** Validates `first` and `after` and turns them into an offset page. */
export function pageOf(args: ConnectionArgs): Page {
  if (args.last != null || args.before != null) {
    throw badInput('lists page forward only: use first and after (last and before are not supported)');
  }
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${args.first}`);
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

export function toConnection<T>(page: Page, result: PageOf<T>): Connection<T> {
  const edges = result.rows.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    totalCount: result.totalCount,
    pageInfo: {
      hasNextPage: page.offset + result.rows.length < result.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Pages a list already in memory (the relationships of one node). */
export function connectionOfList<T>(rows: T[], args: ConnectionArgs): Connection<T> {
  const page = pageOf(args);
  return toConnection(page, {
    rows: rows.slice(page.offset, page.offset + page.limit),
    totalCount: rows.length,
  });
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput(`invalid cursor: ${cursor}`);
  return Number(match[1]);
}
