import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_QUERIES, type ReferenceParams } from '../../bench/api/queries.js';
import { EXPLORE_QUERIES } from '../../bench/explore.js';
import { FACT_RELATIONSHIPS } from '../../explore/limits.js';
import { shortestPaths } from '../../explore/paths.js';
import type { GraphStore } from '../../graph/store.js';
import { globalIdOf } from '../../resolvers/nodes.js';
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

  it('walks a depth-2 neighbourhood in one round trip', async () => {
    const { data: named } = await execute('{ actor(name: "Azerbaijan") { id } }');
    const before = store.roundTrips;
    const { data, errors } = await execute(
      `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated
        nodes { __typename id ... on Actor { name kind } ... on Place { name } ... on Event { type date } }
        relationships { id type sourceId targetId role stance } } }`,
      { id: named.actor.id },
    );
    expect(errors).toBeUndefined();
    expect(store.roundTrips - before).toBe(1);
    expect(data.neighborhood.nodes.length).toBeGreaterThan(10);
    expect(
      data.neighborhood.nodes.some((node: any) => node.__typename === 'Actor' && node.name !== 'Azerbaijan'),
    ).toBe(true);
  });

  // The explorer page's own selections: an event's place, each evidence's article, a delegate's side, a hop's ends.
  it.each([
    ['search', { text: 'Azerbaijan' }],
    ['neighborhood', { id: globalIdOf('actor:azerbaijan') }],
    ['paths', { from: globalIdOf('actor:azerbaijan'), to: globalIdOf('actor:armenia') }],
  ] as const)("answers the explorer page's %s in one round trip", async (name, variables) => {
    const before = store.roundTrips;
    const { data, errors } = await execute(EXPLORE_QUERIES[name], variables);
    expect(errors).toBeUndefined();
    expect(store.roundTrips - before).toBe(1);
    const shown = JSON.stringify(data);
    if (name !== 'search') expect(shown).toContain('"place":{"id"');
    if (name !== 'search') expect(shown).toContain('"article":{"id"');
  });

  it('finds the shortest paths between two actors in one store call', async () => {
    const before = store.roundTrips;
    const found = await shortestPaths(store, 'actor:houthis', 'actor:israel', {
      maxLength: 4,
      first: 5,
      relationshipTypes: FACT_RELATIONSHIPS,
    });
    expect(store.roundTrips - before).toBe(1);
    expect(found.paths.length).toBeGreaterThan(0);
    expect(found.paths[0]?.hops[0]?.relationships.length).toBeGreaterThan(0);
  });
});
