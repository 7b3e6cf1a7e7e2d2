import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../graph/ingest.js';
import type { GraphStore } from '../../graph/store.js';
import { seedReports } from '../../seed/load.js';
import { type Execute, gazetteer, seededApi } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';
import { shiftedCopies } from '../helpers/synthetic.js';

const THREE_LEVELS = `{ events(first: 100) { totalCount edges { node { id type
  participants { role actor { name events(first: 50) { totalCount edges { node { id date } } } } }
  place { name partOf { name } } reportedIn { title source { name } } } } } }`;

describe.each(STORES)('batching on the $name store', (factory) => {
  let store: GraphStore;
  let execute: Execute;

  beforeAll(async () => {
    store = await factory.open();
    execute = await seededApi(store);
  });
  afterAll(() => store.close());

  const roundTripsOf = async (query: string) => {
    const before = store.roundTrips;
    const { data, errors } = await execute(query);
    expect(errors).toBeUndefined();
    return { trips: store.roundTrips - before, rows: data.events.edges.length as number };
  };

  it('costs the same number of store round trips however many rows a three-level query returns', async () => {
    const small = await roundTripsOf(THREE_LEVELS);
    const [seed] = seedReports();
    if (!seed) throw new Error('no seed report');
    for (const copy of shiftedCopies(seed, 3)) await ingestReport(store, gazetteer, copy);
    const large = await roundTripsOf(THREE_LEVELS);

    expect(large.rows).toBeGreaterThanOrEqual(small.rows * 3);
    expect(large.trips).toBeLessThanOrEqual(small.trips);
    expect(small.trips).toBeLessThan(15);
  });
});
