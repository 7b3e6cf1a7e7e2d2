import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { createContext, type ServerDeps } from '../schema/context.js';
import { schema } from '../schema/index.js';
import { useExplorerPage } from './explorer-page/serve.js';
import { maskError } from './observability/mask-error.js';
import { createMetrics } from './observability/metrics.js';
import { useOperationLog } from './observability/operation-log.js';
import { useStoreReadiness } from './observability/readiness.js';
import { useMetrics } from './observability/use-metrics.js';
import { yogaLogging } from './observability/yoga-logging.js';
import { createAuthenticator } from './security/credentials.js';
import { securityPlugins } from './security/plugins.js';

const EXAMPLE_QUERIES = readFileSync(new URL('../docs/example-queries.graphql', import.meta.url), 'utf8');

/** The GraphQL server over a store: plain createYoga with a per-request context. */
export function createKnowledgeGraphYoga(deps: ServerDeps) {
  const authenticate = createAuthenticator(deps.security);
  return createYoga({
    schema,
    context: async ({ request }) =>
      createContext(deps, await authenticate(request.headers.get('authorization'))),
    graphiql: deps.security.graphiql && { title: 'News knowledge graph', defaultQuery: EXAMPLE_QUERIES },
    // GraphiQL's script, styles and editor workers inlined from our own dependencies: no CDN at run time.
    renderGraphiQL,
    landingPage: false,
    maskedErrors: { maskError },
    logging: yogaLogging,
    plugins: [
      useOperationLog(),
      useMetrics(createMetrics(deps.store)),
      ...securityPlugins(deps.security),
      useExplorerPage(),
      useStoreReadiness(deps.store),
    ],
  });
}
