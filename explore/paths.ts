import type { RelType } from '../graph/model.js';
import { codepointCompare } from '../graph/order.js';
import type { Adjacent, GraphStore } from '../graph/store.js';
import { deadline, LIMITS } from './limits.js';
import { type GraphRelationship, RelationshipSet } from './relationships.js';

export interface PathOptions {
  maxLength: number;
  relationshipTypes: readonly RelType[];
  /** Most paths returned. */
  first: number;
}

export interface Hop {
  fromId: string;
  toId: string;
  relationships: GraphRelationship[];
}

export interface FoundPath {
  nodeIds: string[];
  hops: Hop[];
}

export interface PathSearchResult {
  paths: FoundPath[];
  /** True when the visit or time bound ended the search before it could answer. */
  truncated: boolean;
}

/** One side of the bidirectional search: how far each reached node is, and from which nodes. */
class Side {
  readonly distance = new Map<string, number>();
  readonly parents = new Map<string, Set<string>>();
  frontier: string[];
  depth = 0;

  constructor(start: string) {
    this.distance.set(start, 0);
    this.frontier = [start];
  }
}

/**
 * Every shortest connection between two nodes (up to `first` of them, in id
 * order), found by a breadth-first search from both ends that expands the
 * smaller frontier: one store call per level, so at most `maxLength` calls.
 */
export async function shortestPaths(
  store: GraphStore,
  fromId: string,
  toId: string,
  options: PathOptions,
): Promise<PathSearchResult> {
  const expired = deadline();
  const forward = new Side(fromId);
  const backward = new Side(toId);
  const links = new Map<string, { seenFrom: string; adjacent: Adjacent }[]>();
  while (forward.depth + backward.depth < options.maxLength) {
    const side = forward.frontier.length <= backward.frontier.length ? forward : backward;
    const other = side === forward ? backward : forward;
    if (side.frontier.length === 0) return { paths: [], truncated: false };
    if (expired() || forward.distance.size + backward.distance.size > LIMITS.pathVisitBudget)
      return { paths: [], truncated: true };
    const adjacency = await store.adjacent(side.frontier, options.relationshipTypes);
    const next = new Set<string>();
    side.depth += 1;
    side.frontier.forEach((id, index) => {
      for (const adjacent of adjacency[index] ?? []) {
        const reached = adjacent.otherId;
        const known = side.distance.get(reached);
        if (known !== undefined && known < side.depth) continue;
        side.distance.set(reached, side.depth);
        side.parents.set(reached, (side.parents.get(reached) ?? new Set()).add(id));
        next.add(reached);
        const key = pairKey(id, reached);
        links.set(key, [...(links.get(key) ?? []), { seenFrom: id, adjacent }]);
      }
    });
    side.frontier = [...next].sort(codepointCompare);
    const meeting = side.frontier.filter((id) => other.distance.has(id));
    if (meeting.length > 0) {
      const paths = enumeratePaths(meeting, forward, backward, options.first);
      return { paths: paths.map((nodeIds) => withHops(nodeIds, links)), truncated: false };
    }
  }
  return { paths: [], truncated: false };
}

/**
 * Paths through the meeting nodes: each shortest path crosses the level just
 * reached exactly once, so joining every way back to the start with every way
 * on to the end lists each path once.
 */
function enumeratePaths(meeting: string[], forward: Side, backward: Side, first: number): string[][] {
  const paths: string[][] = [];
  for (const middle of meeting) {
    for (const head of chains(middle, forward, first)) {
      for (const tail of chains(middle, backward, first)) {
        paths.push([...head.reverse(), ...tail.slice(1)]);
        if (paths.length >= first) return paths;
      }
    }
  }
  return paths;
}

/** Up to `cap` chains from a node back to a side's start, the node first, in id order. */
function chains(node: string, side: Side, cap: number): string[][] {
  const parents = [...(side.parents.get(node) ?? [])].sort(codepointCompare);
  if (parents.length === 0) return [[node]];
  const out: string[][] = [];
  for (const parent of parents) {
    for (const rest of chains(parent, side, cap - out.length)) {
      out.push([node, ...rest]);
      if (out.length >= cap) return out;
    }
  }
  return out;
}

function withHops(
  nodeIds: string[],
  links: Map<string, { seenFrom: string; adjacent: Adjacent }[]>,
): FoundPath {
  const hops = nodeIds.slice(1).map((toId, index) => {
    const fromId = nodeIds[index] as string;
    const set = new RelationshipSet();
    for (const { seenFrom, adjacent } of links.get(pairKey(fromId, toId)) ?? []) set.add(seenFrom, adjacent);
    return { fromId, toId, relationships: set.list() };
  });
  return { nodeIds, hops };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
