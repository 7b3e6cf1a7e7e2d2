import type { RelType } from '../graph/model.js';
import { type EventWindow, nearestFirst, passesEventWindow } from '../graph/nearest.js';
import { type ExploreFetched, type ExplorePlan, NO_EXPLORE_PLAN } from '../graph/read-plan.js';
import type { Adjacent, GraphStore } from '../graph/store.js';
import { deadline } from './limits.js';
import { type GraphRelationship, RelationshipSet } from './relationships.js';

export interface NeighborhoodOptions extends EventWindow {
  depth: number;
  relationshipTypes: readonly RelType[];
  /** Most nodes in the answer, the centre included. */
  limit: number;
  /** What to read of the nodes on the way (none when unset). */
  plan?: ExplorePlan;
}

export interface Subgraph {
  nodeIds: string[];
  relationships: GraphRelationship[];
  /** True when the node limit or the time bound cut the walk short. */
  truncated: boolean;
}

/** A neighbourhood with the nodes the walk read on its way (the centre among them when it exists). */
export interface WalkedSubgraph extends Subgraph {
  fetched: ExploreFetched;
}

/**
 * The nodes within `depth` hops of a centre and the relationships that reach
 * them, breadth first. Nearer nodes always win a place over farther ones;
 * among equals, newer events first, then by id. The first two levels come in
 * one store call (`nearby`), every further level in one more.
 */
export async function neighborhood(
  store: GraphStore,
  centerId: string,
  options: NeighborhoodOptions,
): Promise<WalkedSubgraph> {
  const expired = deadline();
  const start = await store.nearby(
    centerId,
    options.relationshipTypes,
    options,
    options.limit - 1,
    options.depth > 1,
    options.plan ?? NO_EXPLORE_PLAN,
  );
  const adjacencyOf = async (ids: string[]): Promise<Adjacent[][]> => {
    if (ids.every((id) => start.adjacency.has(id))) return ids.map((id) => start.adjacency.get(id) ?? []);
    return store.adjacent(ids, options.relationshipTypes);
  };
  const admitted = new Set([centerId]);
  const relationships = new RelationshipSet();
  // The centre's relationships reach only the nodes of the first level: whether others wait beyond it, `more` says.
  let truncated = start.more;
  let frontier = [centerId];
  for (let level = 0; level < options.depth && frontier.length > 0; level++) {
    if (expired()) {
      truncated = true;
      break;
    }
    const adjacency = await adjacencyOf(frontier);
    const next: string[] = [];
    frontier.forEach((id, index) => {
      for (const adjacent of [...(adjacency[index] ?? [])].sort(nearestFirst)) {
        if (!passesEventWindow(adjacent, options)) continue;
        if (!admitted.has(adjacent.otherId)) {
          if (admitted.size >= options.limit) {
            truncated = true;
            continue;
          }
          admitted.add(adjacent.otherId);
          next.push(adjacent.otherId);
        }
        relationships.add(id, adjacent);
      }
    });
    frontier = next;
  }
  return { nodeIds: [...admitted], relationships: relationships.list(), truncated, fetched: start.fetched };
}
