import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../explore/search-terms.js';
import { SearchIndex } from '../../graph/embedded/search-index.js';
import { firstInOrder } from '../../graph/embedded/top.js';

describe('the embedded search index', () => {
  const index = new SearchIndex();
  index.put('article:1', 'الحوثيون شنوا هجوما على ميناء الحديده');
  index.put('article:2', 'وفد من الحوثيين في مسقط');
  index.put('article:3', 'talks in muscat');

  it('matches every term as a word prefix, bare or behind a clitic', () => {
    expect(index.match(searchQuery('حوثي')).sort()).toEqual(['article:1', 'article:2']);
    expect(index.match(searchQuery('حوثي مسقط'))).toEqual(['article:2']);
    expect(index.match(searchQuery('musc'))).toEqual(['article:3']);
    expect(index.match(searchQuery('nowhere'))).toEqual([]);
  });

  it('forgets the words a document no longer has', () => {
    const entities = new SearchIndex();
    entities.put('actor:x', 'houthis');
    entities.put('actor:x', 'ansar allah');
    expect(entities.match(searchQuery('houthis'))).toEqual([]);
    expect(entities.match(searchQuery('ansar'))).toEqual(['actor:x']);
  });
});

describe('firstInOrder', () => {
  it('gives the first items in order without sorting them all', () => {
    const numbers = [5, 3, 9, 1, 7, 3, 8];
    expect(firstInOrder(numbers, 3, (a, b) => a - b)).toEqual([1, 3, 3]);
    expect(firstInOrder(numbers, 10, (a, b) => a - b)).toEqual([1, 3, 3, 5, 7, 8, 9]);
    expect(firstInOrder(numbers, 0, (a, b) => a - b)).toEqual([]);
  });
});
