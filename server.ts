import { createServer } from 'node:http';
import { configFromEnv } from './config.js';
import { loadGazetteer } from './gazetteer/load.js';
import { openStore, StoreUnavailableError } from './graph/open-store.js';
import { loadSeed } from './seed/load.js';
import { createKnowledgeGraphYoga } from './yoga.js';

/** Starts the server: opens the store, loads the seed graph (idempotently), listens. */
async function main(): Promise<void> {
  const config = configFromEnv();
  const store = await openStore(config);
  const summaries = await loadSeed(store, loadGazetteer());
  const created = summaries.reduce((n, s) => n + s.articles.created, 0);
  const unchanged = summaries.reduce((n, s) => n + s.articles.unchanged, 0);
  console.log(`store: ${store.name}; seed articles: ${created} loaded, ${unchanged} already there`);

  const yoga = createKnowledgeGraphYoga(store);
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
