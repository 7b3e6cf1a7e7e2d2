import { describe, expect, it } from 'vitest';
import { FACT_RELATIONSHIPS } from '../../explore/limits.js';
import { searchQuery } from '../../explore/search-terms.js';
import { search } from '../../graph/neo4j/cypher.js';
import { nearby, shortestPaths } from '../../graph/neo4j/explore-cypher.js';
import type { ExplorePlan } from '../../graph/read-plan.js';

/** The explorer page's reads: names and kinds, an event's place, a delegate's side, each evidence's article. */
const EXPLORER_PLAN: ExplorePlan = {
  nodes: {
    Actor: { fields: ['kind', 'name', 'nameAr'], related: [], eventPages: [] },
    Event: {
      fields: ['date', 'type'],
      related: [
        {
          spec: { type: 'OCCURRED_IN', direction: 'out' },
          props: [],
          next: { Place: { fields: ['name'], related: [], eventPages: [] } },
          refs: [],
        },
      ],
      eventPages: [],
    },
  },
  refs: {
    onBehalfOf: { fields: ['name'], related: [], eventPages: [] },
    articleId: { fields: ['title', 'url'], related: [], eventPages: [] },
  },
};

describe('the Cypher of exploration', () => {
  it('reads a neighbourhood start in one statement whose text depends only on its shape', () => {
    const statement = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, true);
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toEqual({
      center: 'actor:houthis',
      limit: 100,
      near_limit: 99,
      hub_factor: 250,
      scan_limit: 20_000,
    });
    expect(nearby('actor:israel', FACT_RELATIONSHIPS, {}, 4, true).text).toBe(statement.text);
    const firstLevel = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, false);
    expect(firstLevel.text).toContain('UNWIND range(0, 0) AS i');
    expect(firstLevel.text).not.toBe(statement.text);
  });

  it("reads a hub's newest events from the date index, checked complete, before reading its relationships", () => {
    const { text } = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, true);
    expect(text).toContain('MATCH (m:Event) WHERE m.date IS NOT NULL');
    expect(text).toContain('<= $scan_limit');
    expect(text).toContain('[o IN reach WHERE o <> n AND NOT o IN before]');
  });

  it('sends a relationship between two walked nodes once, from the first, without its key', () => {
    const { text } = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, true);
    expect(text).toContain('admitted[..i] AS before');
    expect(text).toContain('WHERE o IN reach AND NOT o IN before');
    expect(text).toContain('props: r{.articleId, .evidence, .start, .end, .role, .onBehalfOf, .stance}');
    expect(text).not.toContain('properties(r)');
  });

  it('passes the event window as parameters', () => {
    const window = { eventTypes: ['ATTACK' as const], from: '2023-01-01', to: '2023-12-31' };
    const statement = nearby('place:yevlakh', ['PARTICIPATED_IN', 'OCCURRED_IN'], window, 9, true);
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toMatchObject({ eventTypes: ['ATTACK'], from: '2023-01-01', to: '2023-12-31' });
    expect(statement.text).not.toContain('2023');
  });

  it('walks distinct nodes up to four hops, and only beyond them relationship paths', () => {
    const statement = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 4, 5);
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toEqual({
      from: 'actor:houthis',
      to: 'actor:israel',
      limit: 5,
      expand_limit: 200_000,
      cost_sample: 50,
    });
    expect(statement.text).not.toContain('allShortestPaths');
    expect(shortestPaths('actor:a', 'place:b', FACT_RELATIONSHIPS, 4, 9).text).toBe(
      shortestPaths('actor:c', 'place:d', FACT_RELATIONSHIPS, 4, 5).text,
    );
    const long = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 6, 5);
    expect(long.text).toContain('allShortestPaths');
    expect(long.params).toMatchObject({ paths_limit: 5000 });
    const short = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 2, 5);
    expect(short.text).toContain('common');
    expect(short.text).not.toContain('near');
    expect(short.params).toEqual({ from: 'actor:houthis', to: 'actor:israel', limit: 5 });
    const direct = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 1, 5).text;
    expect(direct).not.toContain('common');
  });

  it("reads what the answer's selection needs in the same statement, its text fixed by the plan's shape", () => {
    const statement = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, true, EXPLORER_PLAN);
    expect(statement.text).toMatchSnapshot();
    expect(statement.text).toContain('WHEN x0:Event THEN {node: x0{.id, .date, .type}');
    expect(statement.text).toContain('MATCH (b9:Article {id: id8})');
    expect(nearby('actor:israel', FACT_RELATIONSHIPS, {}, 4, true, EXPLORER_PLAN).text).toBe(statement.text);
    const paths = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 4, 5, EXPLORER_PLAN);
    expect(paths.text).toContain('AS f_onBehalfOf');
    expect(paths.text).toContain('AS f_articleId');
    const bad = { ...EXPLORER_PLAN, refs: { ['label' as 'articleId']: EXPLORER_PLAN.refs.articleId } };
    expect(() => nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, true, bad as ExplorePlan)).toThrow(
      /unknown reference property/,
    );
  });

  it('searches entities and articles in one statement, the words as a parameter', () => {
    const statement = search(searchQuery('Houthi rebels'), ['Actor', 'Place'], 500, 20);
    expect(statement.text).toMatchSnapshot();
    expect(statement.text).not.toContain('Houthi');
    expect(statement.params).toMatchObject({
      labels: ['Actor', 'Place'],
      entity_limit: 500,
      article_limit: 20,
    });
    const entitiesOnly = search(searchQuery('Houthi'), ['Actor'], 500, 0);
    expect(entitiesOnly.text).not.toContain('article_search');
    expect(entitiesOnly.params).not.toHaveProperty('article_limit');
  });

  it('refuses what is not a node id or a path length', () => {
    expect(() => nearby('houthis', FACT_RELATIONSHIPS, {}, 9, true)).toThrow(/not a node id/);
    expect(() => shortestPaths('actor:a', 'actor:b', FACT_RELATIONSHIPS, 0, 5)).toThrow(/path length/);
  });
});
