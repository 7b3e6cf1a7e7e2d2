import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../graph/ingest.js';
import type { GraphStore } from '../../graph/store.js';
import type { ExtractionReport } from '../../model/report.js';
import { type Execute, resources, seededApi } from '../helpers/graphql.js';
import { STORES } from '../helpers/stores.js';
import { shiftedCopies } from '../helpers/synthetic.js';

const REFERENCE = new URL('../fixtures/seed-reference.json', import.meta.url);

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
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as ExtractionReport;
    for (const copy of shiftedCopies(reference, 3)) await ingestReport(store, resources.gazetteer, copy);
    const large = await roundTripsOf(THREE_LEVELS);

    expect(large.rows).toBeGreaterThanOrEqual(small.rows * 3);
    expect(large.trips).toBeLessThanOrEqual(small.trips);
    expect(small.trips).toBeLessThan(15);
  });
});
