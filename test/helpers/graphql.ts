import { createPubSub } from 'graphql-yoga';
import { loadExtractionResources } from '../../extract/index.js';
import type { GraphStore } from '../../graph/store.js';
import { loadSeed } from '../../seed/load.js';
import { type SecurityConfig, securityConfigFromEnv } from '../../server/security/config.js';
import { createKnowledgeGraphYoga } from '../../server/yoga.js';

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

export const WRITE_TOKEN = 'test-write-token';

/** The test servers' security settings: WRITE_TOKEN may write, the rest as in development unless `env` says otherwise. */
export function testSecurity(env: Record<string, string> = {}): SecurityConfig {
  return securityConfigFromEnv({ KG_WRITE_TOKEN: WRITE_TOKEN, ...env });
}

/** A store holding the seed graph and a function that runs GraphQL against it, without a port. */
export async function seededApi(
  store: GraphStore,
  headers: Record<string, string> = {},
  security: SecurityConfig = testSecurity(),
): Promise<Execute> {
  await loadSeed(store, resources);
  const yoga = createKnowledgeGraphYoga({ store, resources, events: createPubSub(), security });
  return async (query, variables, operationName) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };
}
