import type { RelType } from '../graph/model.js';
import { type ExploreFetched, type ExplorePlan, NO_EXPLORE_PLAN } from '../graph/read-plan.js';
import type { GraphStore } from '../graph/store.js';
import { type GraphRelationship, RelationshipSet } from './relationships.js';

export interface PathOptions {
  maxLength: number;
  relationshipTypes: readonly RelType[];
  /** Most paths returned. */
  first: number;
  /** What to read of the nodes on the paths (none when unset). */
  plan?: ExplorePlan;
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
  /** True when a bound (visits, time, paths looked at) ended the search before it could answer. */
  truncated: boolean;
}

/** A path search with the nodes it read on its way (those on the paths), and whether both ends exist. */
export interface ReadPathSearch extends PathSearchResult {
  fetched: ExploreFetched;
  endsExist: boolean;
}

/**
 * Every shortest connection between two nodes (up to `first` of them, in the
 * order of their node ids), in one store call, each hop with its facts.
 */
export async function shortestPaths(
  store: GraphStore,
  fromId: string,
  toId: string,
  options: PathOptions,
): Promise<ReadPathSearch> {
  const found = await store.shortestPaths(
    fromId,
    toId,
    options.relationshipTypes,
    options.maxLength,
    options.first,
    options.plan ?? NO_EXPLORE_PLAN,
  );
  return {
    truncated: found.truncated,
    fetched: found.fetched,
    endsExist: found.endsExist,
    paths: found.paths.map(({ nodeIds, hops }) => ({
      nodeIds,
      hops: hops.map(({ fromId: hopFrom, toId: hopTo, links }) => {
        const set = new RelationshipSet();
        for (const link of links) set.add(hopFrom, link);
        return { fromId: hopFrom, toId: hopTo, relationships: set.list() };
      }),
    })),
  };
}
