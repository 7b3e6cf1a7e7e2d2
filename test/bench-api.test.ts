import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryData } from '../bench/api/client.js';
import { neo4jGraphqlSchema } from '../bench/api/neo4j-graphql-server.js';
import { REFERENCE_QUERIES, type ReferenceParams } from '../bench/api/queries.js';
import { type ServerUnderTest, startOurServer, startPeerServer } from '../bench/api/servers.js';
import { loadExtractionResources } from '../extract/index.js';
import { loadSeed } from '../seed/load.js';
import { neo4jConfig, STORES } from './helpers/stores.js';

/** Wide enough for every dated negotiation of the seed. */
const PARAMS: ReferenceParams = {
  from: '2000-01-01',
  to: '2099-12-31',
  actor: '',
  pathTo: '',
  initiator: '',
};
const NEGOTIATIONS = REFERENCE_QUERIES.find((query) => query.key === 'a');

interface CanonicalNegotiations {
  totalCount: number;
  events: { place: string | null; participants: string[] }[];
}

describe('the API benchmark peer (@neo4j/graphql) on the seed graph', () => {
  let driver: Driver;
  let ours: ServerUnderTest;
  let peer: ServerUnderTest;

  beforeAll(async () => {
    const store = await (STORES.find((factory) => factory.name === 'neo4j')?.open() ?? Promise.reject());
    const resources = loadExtractionResources();
    await loadSeed(store, resources);
    await store.close();
    const { uri } = neo4jConfig();
    driver = neo4j.driver(uri);
    ours = await startOurServer('ours', { uri, resources, batching: true });
    peer = await startPeerServer('peer', uri);
  });
  afterAll(async () => {
    await ours?.close();
    await peer?.close();
    await driver?.close();
  });

  it('builds its schema from the type definitions against this Neo4j', async () => {
    const schema = await neo4jGraphqlSchema(driver);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toContain('eventsConnection');
  });

  it('answers reference query (a) with the same negotiations, parties and places as this server', async () => {
    if (!NEGOTIATIONS) throw new Error('reference query (a) is missing');
    const answer = async (server: ServerUnderTest) =>
      NEGOTIATIONS.canonical(
        server.dialect,
        await queryData(server.url, NEGOTIATIONS.request(server.dialect, PARAMS)),
      ) as CanonicalNegotiations;
    const [fromOurs, fromPeer] = [await answer(ours), await answer(peer)];
    expect(fromPeer).toEqual(fromOurs);
    const yevlakh = fromOurs.events.find((event) => event.place === 'Yevlakh');
    expect(yevlakh?.participants).toEqual(
      expect.arrayContaining(['PARTY Azerbaijan STATE', 'PARTY Karabakh Armenians COMMUNITY']),
    );
  });
});
