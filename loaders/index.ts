import DataLoader from 'dataloader';
import type { Label, NodeByLabel, Related, RelSpec } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

export interface Loaders {
  node<L extends Label>(label: L): DataLoader<string, NodeByLabel[L] | null>;
  related(spec: RelSpec): DataLoader<string, Related[]>;
  lookup(label: 'Actor' | 'Place'): DataLoader<string, string[]>;
}

/**
 * DataLoaders over the store's batch reads, created per request so caches
 * never outlive it. `batch: false` makes every load its own store call: the
 * naive baseline the API benchmark compares against.
 */
export function createLoaders(store: GraphStore, { batch = true } = {}): Loaders {
  const nodeLoaders = new Map<Label, DataLoader<string, unknown>>();
  const relatedLoaders = new Map<string, DataLoader<string, Related[]>>();
  const lookupLoaders = new Map<string, DataLoader<string, string[]>>();
  const node = <L extends Label>(label: L) => {
    let loader = nodeLoaders.get(label);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => store.nodes(label, ids), { batch });
      nodeLoaders.set(label, loader);
    }
    return loader as DataLoader<string, NodeByLabel[L] | null>;
  };
  /** The nodes a relationship read brought along need no read of their own. */
  const relatedWithNodes = async (spec: RelSpec, ids: readonly string[]) => {
    const lists = await store.related(spec, ids);
    for (const list of lists) {
      for (const { otherId, otherLabel, other } of list) if (other) node(otherLabel).prime(otherId, other);
    }
    return lists;
  };
  return {
    node,
    related(spec) {
      const key = `${spec.type}:${spec.direction}`;
      let loader = relatedLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids: readonly string[]) => relatedWithNodes(spec, ids), { batch });
        relatedLoaders.set(key, loader);
      }
      return loader;
    },
    lookup(label) {
      let loader = lookupLoaders.get(label);
      if (!loader) {
        loader = new DataLoader((keys: readonly string[]) => store.lookupByKey(label, keys), { batch });
        lookupLoaders.set(label, loader);
      }
      return loader;
    },
  };
}
