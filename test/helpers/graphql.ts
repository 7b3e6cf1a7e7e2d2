import { createPubSub } from 'graphql-yoga';
import { loadExtractionResources } from '../../extract/index.js';
import type { GraphStore } from '../../graph/store.js';
import { loadSeed } from '../../seed/load.js';
import { createKnowledgeGraphYoga } from '../../yoga.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Execute = <T = any>(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
) => Promise<GraphQLResponse<T>>;

export const resources = loadExtractionResources();

/** A store holding the seed graph and a function that runs GraphQL against it, without a port. */
export const WRITE_TOKEN = 'test-write-token';

export async function seededApi(store: GraphStore, headers: Record<string, string> = {}): Promise<Execute> {
  await loadSeed(store, resources);
  const yoga = createKnowledgeGraphYoga({
    store,
    resources,
    events: createPubSub(),
    writeToken: WRITE_TOKEN,
  });
  return async (query, variables, operationName) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };
}
