import type { RelType } from '../graph/model.js';

/**
 * The bounds of every exploration query (documented in docs/exploration.md).
 * Out-of-range arguments are refused; the work bounds end a traversal early and
 * flag the answer as truncated.
 */
export const LIMITS = {
  maxDepth: 3,
  defaultNodeLimit: 100,
  maxNodeLimit: 500,
  defaultPathLength: 4,
  maxPathLength: 6,
  defaultPaths: 5,
  maxPaths: 50,
  defaultSearchResults: 20,
  maxSearchResults: 100,
  maxSearchTextLength: 200,
  defaultTimelineEntries: 100,
  maxTimelineEntries: 500,
  /** Nodes a path search may reach before it stops. */
  pathVisitBudget: 50_000,
  /** Wall-clock bound of one traversal, in milliseconds. */
  timeBudgetMs: 5_000,
} as const;

/** What traversals follow unless told otherwise: the facts, not the articles that state them. */
export const FACT_RELATIONSHIPS: readonly RelType[] = [
  'PARTICIPATED_IN',
  'CLAIMS',
  'OCCURRED_IN',
  'PART_OF',
  'MEMBER_OF',
];

/** A wall-clock deadline for one traversal. */
export function deadline(ms: number = LIMITS.timeBudgetMs): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() > end;
}
