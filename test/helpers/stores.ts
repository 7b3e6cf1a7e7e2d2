import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { EmbeddedStore } from '../../graph/embedded/store.js';
import { Neo4jStore } from '../../graph/neo4j/store.js';
import type { GraphStore } from '../../graph/store.js';

export interface StoreFactory {
  name: 'embedded' | 'neo4j';
  /** A fresh, empty store with its schema in place. */
  open(): Promise<GraphStore>;
}

export function neo4jConfig() {
  const uri = process.env.NEO4J_URI ?? inject('neo4jUri');
  return {
    uri,
    ...(process.env.NEO4J_USER ? { user: process.env.NEO4J_USER } : {}),
    ...(process.env.NEO4J_PASSWORD ? { password: process.env.NEO4J_PASSWORD } : {}),
    ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
  };
}

/** Empties the test database; only tests do this, so it lives here and not in the store. */
async function wipeNeo4j(): Promise<void> {
  const config = neo4jConfig();
  const driver = neo4j.driver(
    config.uri,
    config.password ? neo4j.auth.basic(config.user ?? 'neo4j', config.password) : undefined,
  );
  try {
    // An auto-commit query, so the deletion may run in many small transactions.
    const session = driver.session({ database: config.database });
    await session
      .run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS')
      .finally(() => session.close());
  } finally {
    await driver.close();
  }
}

/** Both stores: every contract test runs on each. */
export const STORES: StoreFactory[] = [
  { name: 'embedded', open: async () => new EmbeddedStore() },
  {
    name: 'neo4j',
    open: async () => {
      await wipeNeo4j();
      const store = new Neo4jStore(neo4jConfig());
      await store.init();
      return store;
    },
  },
];
