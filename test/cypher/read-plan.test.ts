import { describe, expect, it } from 'vitest';
import type { Label } from '../../graph/model.js';
import { readPlanStatement } from '../../graph/neo4j/read-plan-cypher.js';
import { emptyNodePlan, type NodePlan, type ReadPlan, type RelatedHop } from '../../graph/read-plan.js';

const PLACE_WITH_REGION: NodePlan = {
  fields: ['kind', 'name'],
  related: [
    {
      spec: { type: 'PART_OF', direction: 'out' },
      props: [],
      next: { Place: emptyNodePlan(['name']) },
      refs: [],
    },
  ],
  eventPages: [],
};

/** An event with its most specific place (and the region it lies in) and its participants. */
const EVENT: NodePlan = {
  fields: ['date', 'type'],
  related: [
    {
      spec: { type: 'OCCURRED_IN', direction: 'out' },
      props: [],
      next: { Place: PLACE_WITH_REGION },
      refs: [],
    },
    {
      spec: { type: 'PARTICIPATED_IN', direction: 'in' },
      props: ['role', 'onBehalfOf'],
      next: { Actor: emptyNodePlan(['kind', 'name']), Place: emptyNodePlan(['name']) },
      refs: [{ prop: 'onBehalfOf', label: 'Actor', next: emptyNodePlan() }],
    },
  ],
  eventPages: [],
};

const NEGOTIATIONS: ReadPlan = {
  root: 'events',
  filter: { types: ['NEGOTIATION'], from: '2023-01-01', to: '2023-12-31' },
  page: { offset: 0, limit: 10 },
  next: EVENT,
};

const ACTOR_EVENTS: ReadPlan = {
  root: 'entitiesByKey',
  label: 'Actor',
  key: 'azerbaijan',
  next: {
    fields: ['kind', 'name', 'nameAr', 'nameEn'],
    related: [],
    eventPages: [
      {
        filter: { via: 'PARTICIPATED_IN', role: 'PARTY', types: null },
        page: { offset: 0, limit: 10 },
        next: EVENT,
      },
    ],
  },
};

const ATTACKS_BY_NAME: ReadPlan = {
  root: 'events',
  filter: {
    types: ['ATTACK', 'MILITARY_OPERATION'],
    actor: { key: 'houthis' },
    role: 'INITIATOR',
    place: { ids: ['place:yemen'] },
  },
  page: { offset: 20, limit: 20 },
  next: emptyNodePlan(),
};

const PLACES_WITH_EVENTS: ReadPlan = {
  root: 'entities',
  label: 'Place',
  filter: { kinds: ['COUNTRY'] },
  page: { offset: 0, limit: 5 },
  next: {
    fields: ['name'],
    related: [],
    eventPages: [
      { filter: { via: 'OCCURRED_IN', includeContained: true }, page: { offset: 0, limit: 3 }, next: EVENT },
    ],
  },
};

describe('the Cypher of read plans', () => {
  it.each([
    ['negotiations with places and participants', NEGOTIATIONS],
    ['an actor by name and a page of its events', ACTOR_EVENTS],
    ['events filtered by an actor name and a place id', ATTACKS_BY_NAME],
    ['places with the events inside them', PLACES_WITH_EVENTS],
  ])('compiles %s into one statement', (_name, plan) => {
    expect(readPlanStatement(plan)).toMatchSnapshot();
  });

  it('gives one plan shape one text, whatever its values', () => {
    const other: ReadPlan = {
      ...NEGOTIATIONS,
      filter: { types: ['ATTACK'], from: '2020-01-01', to: '2020-02-01' },
    };
    expect(readPlanStatement(other).text).toBe(readPlanStatement(NEGOTIATIONS).text);
  });

  it('puts names and ids in parameters, never in the text', () => {
    const { text, params } = readPlanStatement(ATTACKS_BY_NAME);
    expect(text).not.toContain('houthis');
    expect(text).not.toContain('place:yemen');
    expect(Object.values(params)).toEqual(expect.arrayContaining(['houthis', ['place:yemen']]));
  });

  it('looks a name up as an escaped phrase of the search index, checked for the whole key', () => {
    const quoted: ReadPlan = { ...ACTOR_EVENTS, key: 'say "no" \\ now' } as ReadPlan;
    const { text, params } = readPlanStatement(quoted);
    expect(Object.values(params)).toEqual(
      expect.arrayContaining(['"say \\"no\\" \\\\ now"', 'say "no" \\ now']),
    );
    expect(text).not.toContain('say');
  });

  it('refuses a label or relationship type outside the fixed lists', () => {
    const hostile = (label: string): ReadPlan => ({
      ...NEGOTIATIONS,
      next: {
        fields: [],
        related: [
          {
            spec: { type: 'OCCURRED_IN', direction: 'out' },
            props: [],
            next: { [label]: emptyNodePlan() },
            refs: [],
          },
        ],
        eventPages: [],
      },
    });
    expect(() => readPlanStatement(hostile('Place) DETACH DELETE (x'))).toThrow(/unknown label/);
    expect(() => readPlanStatement(hostile('Place' as Label))).not.toThrow();
  });

  it('refuses a property outside the stored ones', () => {
    const hostile: ReadPlan = { ...NEGOTIATIONS, next: { ...EVENT, fields: ['date} RETURN 1 //'] } };
    expect(() => readPlanStatement(hostile)).toThrow(/unknown property/);
    const hostileProp: ReadPlan = {
      ...NEGOTIATIONS,
      next: { ...EVENT, related: [{ ...(EVENT.related[1] as RelatedHop), props: ['role}) DELETE (x'] }] },
    };
    expect(() => readPlanStatement(hostileProp)).toThrow(/unknown property/);
  });
});
