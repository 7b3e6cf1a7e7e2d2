import { describe, expect, it } from 'vitest';
import { FACT_RELATIONSHIPS } from '../../explore/limits.js';
import { nearby, shortestPaths } from '../../graph/neo4j/cypher.js';

describe('the Cypher of exploration', () => {
  it('reads a neighbourhood start in one statement whose text depends only on its shape', () => {
    const statement = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, true);
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toEqual({ center: 'actor:houthis', limit: 100, near_limit: 99 });
    expect(nearby('actor:israel', FACT_RELATIONSHIPS, {}, 4, true).text).toBe(statement.text);
    const firstLevel = nearby('actor:houthis', FACT_RELATIONSHIPS, {}, 99, false);
    expect(firstLevel.text).toContain('UNWIND [c] AS n');
    expect(firstLevel.text).not.toBe(statement.text);
  });

  it('passes the event window as parameters', () => {
    const window = { eventTypes: ['ATTACK' as const], from: '2023-01-01', to: '2023-12-31' };
    const statement = nearby('place:yevlakh', ['PARTICIPATED_IN', 'OCCURRED_IN'], window, 9, true);
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toMatchObject({ eventTypes: ['ATTACK'], from: '2023-01-01', to: '2023-12-31' });
    expect(statement.text).not.toContain('2023');
  });

  it('looks for direct links and common neighbours before a longer search', () => {
    const statement = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 4, 5);
    expect(statement.text).toMatchSnapshot();
    expect(statement.params).toEqual({
      from: 'actor:houthis',
      to: 'actor:israel',
      paths_limit: 5000,
      limit: 5,
    });
    const short = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 2, 5).text;
    expect(short).toContain('(m)');
    expect(short).not.toContain('allShortestPaths');
    const direct = shortestPaths('actor:houthis', 'actor:israel', FACT_RELATIONSHIPS, 1, 5).text;
    expect(direct).not.toContain('(m)');
  });

  it('refuses what is not a node id or a path length', () => {
    expect(() => nearby('houthis', FACT_RELATIONSHIPS, {}, 9, true)).toThrow(/not a node id/);
    expect(() => shortestPaths('actor:a', 'actor:b', FACT_RELATIONSHIPS, 0, 5)).toThrow(/path length/);
  });
});
