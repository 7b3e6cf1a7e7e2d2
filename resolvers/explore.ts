import { FACT_RELATIONSHIPS, LIMITS } from '../explore/limits.js';
import { neighborhood, type Subgraph } from '../explore/neighborhood.js';
import { type PathSearchResult, shortestPaths } from '../explore/paths.js';
import { type SearchHit, type SearchLabel, search } from '../explore/search.js';
import { searchQuery } from '../explore/search-terms.js';
import { type Label, labelOfId, type NodeByLabel, type RelType } from '../graph/model.js';
import type { EventType } from '../model/report.js';
import type { Context } from '../schema/context.js';
import { badInput } from './errors.js';
import { existingNode, nodeReference, notFound } from './nodes.js';

const ALL_SEARCH_LABELS: readonly SearchLabel[] = ['Actor', 'Place', 'Article'];

export async function searchGraph(
  args: { text: string; types?: SearchLabel[] | null; first?: number | null },
  context: Context,
): Promise<SearchHit[]> {
  const first = inRange('first', args.first ?? LIMITS.defaultSearchResults, 1, LIMITS.maxSearchResults);
  if (args.text.length > LIMITS.maxSearchTextLength)
    throw badInput(`search text is longer than ${LIMITS.maxSearchTextLength} characters`);
  const query = searchQuery(args.text);
  if (query.terms.length === 0) throw badInput('search text is empty: give a name or some words');
  return search(context.store, query, args.types?.length ? args.types : ALL_SEARCH_LABELS, first);
}

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationshipTypes?: RelType[] | null;
  eventTypes?: EventType[] | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
}

export async function neighborhoodOf(
  args: NeighborhoodArgs,
  context: Context,
): Promise<Subgraph & { centerId: string }> {
  const depth = inRange('depth', args.depth ?? 1, 1, LIMITS.maxDepth);
  const limit = inRange('limit', args.limit ?? LIMITS.defaultNodeLimit, 1, LIMITS.maxNodeLimit);
  if (args.from && args.to && args.from > args.to)
    throw badInput(`from (${args.from}) is after to (${args.to})`);
  const center = nodeReference(args.id);
  const walked = await neighborhood(context.store, center.id, {
    depth,
    limit,
    relationshipTypes: args.relationshipTypes?.length ? args.relationshipTypes : FACT_RELATIONSHIPS,
    ...(args.eventTypes?.length ? { eventTypes: args.eventTypes } : {}),
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
  });
  const { read, ...subgraph } = walked;
  if (!read.some((node) => node.id === center.id)) throw notFound(args.id);
  primeNodes(context, read);
  return { ...subgraph, centerId: center.id };
}

export async function pathsBetween(
  args: {
    from: string;
    to: string;
    maxLength?: number | null;
    first?: number | null;
    relationshipTypes?: RelType[] | null;
  },
  context: Context,
): Promise<PathSearchResult> {
  const maxLength = inRange('maxLength', args.maxLength ?? LIMITS.defaultPathLength, 1, LIMITS.maxPathLength);
  const first = inRange('first', args.first ?? LIMITS.defaultPaths, 1, LIMITS.maxPaths);
  const [from, to] = await Promise.all([existingNode(args.from, context), existingNode(args.to, context)]);
  if (from.id === to.id) throw badInput('from and to are the same node');
  const { read, ...found } = await shortestPaths(context.store, from.id, to.id, {
    maxLength,
    first,
    relationshipTypes: args.relationshipTypes?.length ? args.relationshipTypes : FACT_RELATIONSHIPS,
  });
  primeNodes(context, read);
  return found;
}

/** Nodes a traversal read on its way need no read of their own. */
function primeNodes(context: Context, nodes: readonly NodeByLabel[Label][]): void {
  for (const node of nodes) context.loaders.node(labelOfId(node.id) as Label).prime(node.id, node);
}

export function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}
