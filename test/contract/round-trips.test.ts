import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_QUERIES, type ReferenceParams } from '../../bench/api/queries.js';
import type { GraphStore } from '../../graph/store.js';
import { type Execute, seededApi } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';

/** The benchmark's reference queries on the seed: every dated event, Azerbaijan's events and attacks. */
const PARAMS: ReferenceParams = {
  from: '2000-01-01',
  to: '2099-12-31',
  actor: 'Azerbaijan',
  pathTo: '',
  initiator: 'أذربيجان',
};

describe.each(STORES)('round trips of the reference queries on the $name store', (factory) => {
  let store: GraphStore;
  let execute: Execute;

  beforeAll(async () => {
    store = await factory.open();
    execute = await seededApi(store);
  });
  afterAll(() => store.close());

  it.each(REFERENCE_QUERIES)('reads ($key) $title in one round trip', async (query) => {
    const { query: text, variables } = query.request('ours', PARAMS);
    const before = store.roundTrips;
    const { data, errors } = await execute(text, variables);
    expect(errors).toBeUndefined();
    expect(store.roundTrips - before).toBe(1);
    const answer = query.canonical('ours', data) as { events: unknown[] };
    expect(answer.events.length).toBeGreaterThan(0);
  });

  it('reads aliases, fragments and two pages of one connection in one round trip', async () => {
    const before = store.roundTrips;
    const { data, errors } = await execute(`
      fragment Side on Participation { role entity { name ... on Actor { kind memberOf { name } } } onBehalfOf { name } }
      { az: actor(name: "Azerbaijan") {
          latest: events(first: 2) { totalCount edges { node { ...Event } } }
          older: events(first: 2, after: "b2Zmc2V0OjE") { edges { node { ...Event } } }
        } }
      fragment Event on Event { id place { name partOf { name } } participants { ...Side }
        claims { stance by { name } evidence { sentence article { title } } } }`);
    expect(errors).toBeUndefined();
    expect(store.roundTrips - before).toBe(1);
    expect(data.az.latest.edges).toHaveLength(2);
    expect(data.az.older.edges.map((e: any) => e.node.id)).not.toContain(data.az.latest.edges[0].node.id);
  });
});
