import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPubSub } from 'graphql-yoga';
import { loadExtractionResources } from './extract/index.js';
import { openStore, StoreUnavailableError } from './graph/open-store.js';
import { loadSeed } from './seed/load.js';
import { configFromEnv } from './server/config.js';
import { ConfigError } from './server/config-error.js';
import { logger } from './server/observability/logger.js';
import { drainable } from './server/reliability/drain.js';
import { shutDownOnSignals } from './server/reliability/shutdown.js';
import { acceptsCredentials } from './server/security/config.js';
import { createKnowledgeGraphYoga } from './server/yoga.js';

/** Starts the server: opens the store, loads the seed graph (idempotently), listens. */
async function main(): Promise<void> {
  const config = configFromEnv();
  const store = await openStore(config, {
    retries: config.reliability.startupRetries,
    onRetry: (retry) => logger.warn(retry, 'cannot reach Neo4j yet: retrying'),
  });
  const resources = loadExtractionResources();
  const seed = await loadSeed(store, resources);
  logger.info(
    { store: store.name, seedArticles: seed.articles },
    `store: ${store.name}; seed articles: ${seed.articles.created} loaded, ${seed.articles.unchanged} already there`,
  );

  if (!acceptsCredentials(config.security))
    logger.info('writes are off: set KG_WRITE_TOKEN, KG_TOKENS, KG_JWT_SECRET or KG_JWKS_FILE to allow them');
  const yoga = createKnowledgeGraphYoga({
    store,
    resources,
    events: createPubSub(),
    security: config.security,
    batching: config.batching,
  });
  const server = createServer(yoga);
  const drain = drainable(server);
  const port = await listen(server, config.port);
  logger.info({ port }, `GraphQL at http://localhost:${port}/graphql`);

  shutDownOnSignals({ drain, store, drainTimeoutMs: config.reliability.drainTimeoutMs });
}

/** Resolves with the port listened on; a port that cannot be opened (taken, privileged) is a setting to fix. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const refused = (error: Error) =>
      reject(new ConfigError(`PORT ${port} cannot be opened: ${error.message}`));
    server.once('error', refused);
    server.listen(port, () => {
      server.off('error', refused);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreUnavailableError) {
    // A setting or an unreachable store: the message says what to fix, a stack trace would only bury it.
    logger.fatal({ reason: error.message }, 'start-up failed');
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, 'start-up failed');
    console.error(
      `start-up failed: ${error instanceof Error ? error.message : String(error)} (stack in the log)`,
    );
  }
  process.exit(1);
});
