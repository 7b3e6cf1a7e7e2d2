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
export async function seededApi(store: GraphStore): Promise<Execute> {
  await loadSeed(store, resources);
  const yoga = createKnowledgeGraphYoga(store);
  return async (query, variables, operationName) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };
}
