import type { PubSub } from 'graphql-yoga';
import type { ExtractionResources } from '../extract/index.js';
import type { ArticleNode } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { SecurityConfig } from '../server/security/config.js';
import type { Principal } from '../server/security/scopes.js';

export type Events = PubSub<{ articleIngested: [ArticleNode] }>;

/** What lives as long as the server: the store, the extraction data, the event bus, the security settings. */
export interface ServerDeps {
  store: GraphStore;
  resources: ExtractionResources;
  events: Events;
  /** Who may read and write, and the bounds on a request. */
  security: SecurityConfig;
  /** False switches DataLoader batching off (a benchmark baseline); default true. */
  batching?: boolean;
}

/** What every resolver receives: the server's parts, this request's loaders and who sent it. */
export interface Context extends ServerDeps {
  loaders: Loaders;
  /** The authenticated sender; null for a request without credentials. */
  principal: Principal | null;
}

export function createContext(deps: ServerDeps, principal: Principal | null): Context {
  return { ...deps, loaders: createLoaders(deps.store, { batch: deps.batching ?? true }), principal };
}
