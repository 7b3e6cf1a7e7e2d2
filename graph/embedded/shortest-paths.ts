import { codepointCompare } from '../order.js';
import type { Adjacent, PathSearch } from '../store.js';

export interface PathBounds {
  /** How much expanding these nodes costs (their relationships): the cheaper side is expanded first. */
  cost: (ids: readonly string[]) => number;
  maxLength: number;
  first: number;
  /** Nodes both sides may reach together before the search gives up. */
  visitBudget: number;
  expired: () => boolean;
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
 * The first `first` shortest paths between two nodes in the order of their
 * node id sequences, found by a breadth-first search from both ends that
 * expands the cheaper frontier. `adjacency` gives every relationship of the
 * walked types at each node.
 */
export function shortestPathsIn(
  adjacency: (ids: readonly string[]) => Adjacent[][],
  fromId: string,
  toId: string,
  bounds: PathBounds,
): PathSearch {
  const forward = new Side(fromId);
  const backward = new Side(toId);
  while (forward.depth + backward.depth < bounds.maxLength) {
    const side = bounds.cost(forward.frontier) <= bounds.cost(backward.frontier) ? forward : backward;
    const other = side === forward ? backward : forward;
    if (side.frontier.length === 0) return { paths: [], truncated: false };
    if (bounds.expired() || forward.distance.size + backward.distance.size > bounds.visitBudget)
      return { paths: [], truncated: true };
    const lists = adjacency(side.frontier);
    const next = new Set<string>();
    side.depth += 1;
    side.frontier.forEach((id, index) => {
      for (const { otherId: reached } of lists[index] ?? []) {
        const known = side.distance.get(reached);
        if (known !== undefined && known < side.depth) continue;
        side.distance.set(reached, side.depth);
        side.parents.set(reached, (side.parents.get(reached) ?? new Set()).add(id));
        next.add(reached);
      }
    });
    side.frontier = [...next];
    const meeting = side.frontier.filter((id) => other.distance.has(id));
    if (meeting.length > 0) {
      const paths = inIdOrder(fromId, meeting, forward, backward, bounds.first);
      return { paths: paths.map((nodeIds) => withHops(nodeIds, adjacency)), truncated: false };
    }
  }
  return { paths: [], truncated: false };
}

/**
 * The first `first` paths in the order of their id sequences: a depth-first
 * walk that takes the smallest id first, forward from the start to a meeting
 * node, then on towards the end.
 */
function inIdOrder(
  fromId: string,
  meeting: string[],
  forward: Side,
  backward: Side,
  first: number,
): string[][] {
  const children = new Map<string, string[]>();
  const onPaths = new Set<string>();
  const visit = (node: string) => {
    if (onPaths.has(node)) return;
    onPaths.add(node);
    for (const parent of forward.parents.get(node) ?? []) {
      children.set(parent, [...(children.get(parent) ?? []), node]);
      visit(parent);
    }
  };
  for (const node of meeting) visit(node);
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    if (paths.length >= first) return;
    const node = path.at(-1) as string;
    let next: Iterable<string>;
    if (path.length > forward.depth) {
      // At or past the meeting node: on towards the end, which has no parents.
      const parents = backward.parents.get(node);
      if (!parents) {
        paths.push(path);
        return;
      }
      next = parents;
    } else next = children.get(node) ?? [];
    for (const id of [...next].sort(codepointCompare)) walk([...path, id]);
  };
  walk([fromId]);
  return paths;
}

function withHops(nodeIds: string[], adjacency: (ids: readonly string[]) => Adjacent[][]) {
  const lists = adjacency(nodeIds.slice(0, -1));
  const hops = nodeIds.slice(1).map((toId, index) => {
    const fromId = nodeIds[index] as string;
    const links = (lists[index] ?? []).filter((adjacent) => adjacent.otherId === toId);
    return { fromId, toId, links };
  });
  return { nodeIds, hops };
}
