import type { Label, NodeByLabel, RelType } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
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
  /** True when a bound (visits, time, paths looked at) ended the search before it could answer. */
  truncated: boolean;
}

/** A path search with the nodes it read on its way (those on the paths). */
export interface ReadPathSearch extends PathSearchResult {
  read: NodeByLabel[Label][];
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
  );
  return {
    truncated: found.truncated,
    read: found.nodes,
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
