import type { GraphStore } from '../graph/store.js';
import { createLoaders, type Loaders } from '../loaders/index.js';

/** What every resolver receives: the store and this request's loaders. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
}

export function createContext(store: GraphStore): Context {
  return { store, loaders: createLoaders(store) };
}
