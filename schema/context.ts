import type { PubSub } from 'graphql-yoga';
import type { ExtractionResources } from '../extract/index.js';
import type { ArticleNode } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';
import { createLoaders, type Loaders } from '../loaders/index.js';

export type Events = PubSub<{ articleIngested: [ArticleNode] }>;

/** What lives as long as the server: the store, the extraction data, the event bus, the write token. */
export interface ServerDeps {
  store: GraphStore;
  resources: ExtractionResources;
  events: Events;
  /** Bearer token that allows writes; null turns writes off. */
  writeToken: string | null;
  /** False switches DataLoader batching off (a benchmark baseline); default true. */
  batching?: boolean;
}

/** What every resolver receives: the server's parts, this request's loaders and its credentials. */
export interface Context extends ServerDeps {
  loaders: Loaders;
  bearerToken: string | null;
}

export function createContext(deps: ServerDeps, request?: Request): Context {
  const authorization = request?.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim() ?? null;
  return { ...deps, loaders: createLoaders(deps.store, { batch: deps.batching ?? true }), bearerToken: bearer };
}
