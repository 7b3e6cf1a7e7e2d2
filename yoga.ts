import { readFileSync } from 'node:fs';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { useExplorerPage } from './explorer/serve.js';
import { createContext, type ServerDeps } from './schema/context.js';
import { schema } from './schema/index.js';

const EXAMPLE_QUERIES = readFileSync(new URL('./docs/example-queries.graphql', import.meta.url), 'utf8');

/** The GraphQL server over a store: plain createYoga with a per-request context. */
export function createKnowledgeGraphYoga(deps: ServerDeps) {
  return createYoga({
    schema,
    context: ({ request }) => createContext(deps, request),
    graphiql: { title: 'News knowledge graph', defaultQuery: EXAMPLE_QUERIES },
    landingPage: false,
    plugins: [
      useExplorerPage(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await deps.store.counts();
        },
      }),
    ],
  });
}
