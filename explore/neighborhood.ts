import type { RelType } from '../graph/model.js';
import { codepointCompare } from '../graph/order.js';
import type { Adjacent, GraphStore } from '../graph/store.js';
import type { EventType } from '../model/report.js';
import { deadline } from './limits.js';
import { type GraphRelationship, RelationshipSet } from './relationships.js';

export interface NeighborhoodOptions {
  depth: number;
  relationshipTypes: readonly RelType[];
  /** Events of other types are neither shown nor walked through. */
  eventTypes?: readonly EventType[];
  /** Events outside the range (and undated ones, when a bound is set) are left out. */
  from?: string;
  to?: string;
  /** Most nodes in the answer, the centre included. */
  limit: number;
}

export interface Subgraph {
  nodeIds: string[];
  relationships: GraphRelationship[];
  /** True when the node limit or the time bound cut the walk short. */
  truncated: boolean;
}

/**
 * The nodes within `depth` hops of a centre and the relationships that reach
 * them, breadth first: one store call per level. Nearer nodes always win a
 * place over farther ones; among equals, newer events first, then by id.
 */
export async function neighborhood(
  store: GraphStore,
  centerId: string,
  options: NeighborhoodOptions,
): Promise<Subgraph> {
  const expired = deadline();
  const admitted = new Set([centerId]);
  const relationships = new RelationshipSet();
  let truncated = false;
  let frontier = [centerId];
  for (let level = 0; level < options.depth && frontier.length > 0; level++) {
    if (expired()) {
      truncated = true;
      break;
    }
    const adjacency = await store.adjacent(frontier, options.relationshipTypes);
    const next: string[] = [];
    frontier.forEach((id, index) => {
      for (const adjacent of [...(adjacency[index] ?? [])].sort(nearestFirst)) {
        if (!passesEventFilter(adjacent, options)) continue;
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
  return { nodeIds: [...admitted], relationships: relationships.list(), truncated };
}

function passesEventFilter(adjacent: Adjacent, options: NeighborhoodOptions): boolean {
  if (adjacent.otherLabel !== 'Event') return true;
  if (options.eventTypes?.length && !options.eventTypes.includes(adjacent.otherEventType as EventType))
    return false;
  const date = adjacent.otherDate;
  if (options.from && (date === null || date < options.from)) return false;
  if (options.to && (date === null || date > options.to)) return false;
  return true;
}

/** Newer events first, undated after dated, then by id: the same order on every store. */
function nearestFirst(a: Adjacent, b: Adjacent): number {
  if (a.otherDate !== b.otherDate) {
    if (a.otherDate === null) return 1;
    if (b.otherDate === null) return -1;
    return codepointCompare(b.otherDate, a.otherDate);
  }
  return codepointCompare(a.otherId, b.otherId) || codepointCompare(a.type, b.type);
}
