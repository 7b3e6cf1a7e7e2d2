import { readFileSync } from 'node:fs';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, useReadinessCheck } from 'graphql-yoga';
import type { GraphStore } from './graph/store.js';
import { createContext } from './schema/context.js';
import { schema } from './schema/index.js';

const EXAMPLE_QUERIES = readFileSync(new URL('./docs/example-queries.graphql', import.meta.url), 'utf8');

/** The GraphQL server over a store: plain createYoga with a per-request context. */
export function createKnowledgeGraphYoga(store: GraphStore) {
  return createYoga({
    schema,
    context: () => createContext(store),
    graphiql: { title: 'News knowledge graph', defaultQuery: EXAMPLE_QUERIES },
    landingPage: false,
    maskedErrors: { maskError },
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await store.counts();
        },
      }),
    ],
  });
}

/** Client mistakes caught by Pothos (a malformed global id) are shown; anything unexpected is masked. */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof PothosValidationError) {
    return new GraphQLError(original.message, {
      extensions: { code: 'BAD_USER_INPUT' },
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
    });
  }
  return defaultMaskError(error, message, isDev);
}
