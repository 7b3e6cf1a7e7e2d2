import { createServer } from 'node:http';
import { createPubSub } from 'graphql-yoga';
import { configFromEnv } from './config.js';
import { loadExtractionResources } from './extract/index.js';
import { openStore, StoreUnavailableError } from './graph/open-store.js';
import { loadSeed } from './seed/load.js';
import { createKnowledgeGraphYoga } from './yoga.js';

/** Starts the server: opens the store, loads the seed graph (idempotently), listens. */
async function main(): Promise<void> {
  const config = configFromEnv();
  const store = await openStore(config);
  const resources = loadExtractionResources();
  const seed = await loadSeed(store, resources);
  console.log(
    `store: ${store.name}; seed articles: ${seed.articles.created} loaded, ${seed.articles.unchanged} already there`,
  );

  if (!config.writeToken)
    console.log('writes are off: set KG_WRITE_TOKEN to allow the ingestArticle mutation');
  const yoga = createKnowledgeGraphYoga({
    store,
    resources,
    events: createPubSub(),
    writeToken: config.writeToken,
    batching: config.batching,
  });
  const server = createServer(yoga);
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`GraphQL at http://localhost:${port}/graphql`);
  });

  const shutdown = () => {
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof StoreUnavailableError ? error.message : error);
  process.exit(1);
});
