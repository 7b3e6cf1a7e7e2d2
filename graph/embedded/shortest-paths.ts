import { codepointCompare } from '../order.js';
import type { Adjacent, PathSearch } from '../store.js';

/** What a path search reads of the graph, over the walked relationship types. */
export interface PathGraph {
  /** Calls `visit` with the node at the other end of each relationship at a node (once per relationship). */
  forEachNeighbour: (id: string, visit: (otherId: string) => void) => void;
  /** The relationships between two nodes, seen from the first. */
  links: (fromId: string, toId: string) => Adjacent[];
  /** How much expanding a node costs (its relationships): the cheaper side is expanded first. */
  cost: (id: string) => number;
}

export interface PathBounds {
  maxLength: number;
  first: number;
  /** Nodes both sides may reach together before the search gives up. */
  visitBudget: number;
  expired: () => boolean;
}

/** One side of the bidirectional search: how far each reached node is, and from which nodes. */
class Side {
  readonly distance = new Map<string, number>();
  readonly parents = new Map<string, string[]>();
  frontier: string[];
  depth = 0;

  constructor(start: string) {
    this.distance.set(start, 0);
    this.frontier = [start];
  }

  cost(graph: PathGraph): number {
    let sum = 0;
    for (const id of this.frontier) sum += graph.cost(id);
    return sum;
  }

  /** Reaches the next level; the nodes reached go in the new frontier in the order first reached. */
  expand(graph: PathGraph): void {
    const next: string[] = [];
    this.depth += 1;
    for (const id of this.frontier) {
      graph.forEachNeighbour(id, (reached) => {
        const known = this.distance.get(reached);
        if (known === undefined) {
          this.distance.set(reached, this.depth);
          this.parents.set(reached, [id]);
          next.push(reached);
        } else if (known === this.depth) {
          const parents = this.parents.get(reached) as string[];
          if (parents.at(-1) !== id) parents.push(id);
        }
      });
    }
    this.frontier = next;
  }
}

/**
 * The first `first` shortest paths between two nodes in the order of their
 * node id sequences, found by a breadth-first search from both ends that
 * expands the cheaper frontier.
 */
export function shortestPathsIn(
  graph: PathGraph,
  fromId: string,
  toId: string,
  bounds: PathBounds,
): Pick<PathSearch, 'paths' | 'truncated'> {
  const forward = new Side(fromId);
  const backward = new Side(toId);
  while (forward.depth + backward.depth < bounds.maxLength) {
    const side = forward.cost(graph) <= backward.cost(graph) ? forward : backward;
    const other = side === forward ? backward : forward;
    if (side.frontier.length === 0) return { paths: [], truncated: false };
    if (bounds.expired() || forward.distance.size + backward.distance.size > bounds.visitBudget)
      return { paths: [], truncated: true };
    side.expand(graph);
    const meeting = side.frontier.filter((id) => other.distance.has(id));
    if (meeting.length > 0) {
      const paths = inIdOrder(fromId, meeting, forward, backward, bounds.first);
      return { paths: paths.map((nodeIds) => withHops(nodeIds, graph)), truncated: false };
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
  const children = new Map<string, Set<string>>();
  const onPaths = new Set<string>();
  const visit = (node: string) => {
    if (onPaths.has(node)) return;
    onPaths.add(node);
    for (const parent of forward.parents.get(node) ?? []) {
      const known = children.get(parent);
      if (known) known.add(node);
      else children.set(parent, new Set([node]));
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
      next = new Set(parents);
    } else next = children.get(node) ?? [];
    for (const id of [...next].sort(codepointCompare)) walk([...path, id]);
  };
  walk([fromId]);
  return paths;
}

function withHops(nodeIds: string[], graph: PathGraph) {
  const hops = nodeIds.slice(1).map((toId, index) => {
    const fromId = nodeIds[index] as string;
    return { fromId, toId, links: graph.links(fromId, toId) };
  });
  return { nodeIds, hops };
}
