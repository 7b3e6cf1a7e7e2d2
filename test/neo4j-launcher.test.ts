import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

function connect(): Driver {
  const password = process.env.NEO4J_PASSWORD;
  const auth = password ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password) : undefined;
  return neo4j.driver(inject('neo4jUri'), auth);
}

describe('the Neo4j provided by the global setup', () => {
  let driver: Driver;
  const database = process.env.NEO4J_DATABASE;

  beforeAll(() => {
    driver = connect();
  });

  afterAll(async () => {
    await driver.close();
  });

  it('answers queries over Bolt', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database });
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it('is Neo4j 5.26', async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
      {},
      { database },
    );
    expect(records[0]?.get('version')).toMatch(/^5\.26\.\d+$/);
  });

  // The local launcher's page cache (tools/neo4j/Launcher.java); a Neo4j given by NEO4J_URI has its own.
  it.skipIf(!inject('neo4jLocal') || Boolean(process.env.KG_NEO4J_PAGECACHE_MB))(
    'has a page cache of 1 GiB unless KG_NEO4J_PAGECACHE_MB says otherwise',
    async () => {
      const { records } = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value",
        {},
        { database },
      );
      expect(records[0]?.get('value')).toBe('1.00GiB');
    },
  );
});
