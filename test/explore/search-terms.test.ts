import { describe, expect, it } from 'vitest';
import { matchesAllTerms, searchQuery, termVariants } from '../../explore/search-terms.js';
import { matchKey } from '../../extract/normalize.js';

describe('search terms', () => {
  it('normalizes the query and strips a leading clitic when enough of the word is left', () => {
    expect(searchQuery('والقاهرة').terms).toEqual(['قاهره']);
    expect(searchQuery('بالخرطوم').terms).toEqual(['خرطوم']);
    expect(searchQuery('وفد').terms).toEqual(['وفد']);
    expect(searchQuery('Addis  Ababa').terms).toEqual(['addis', 'ababa']);
    expect(searchQuery('Addis  Ababa').key).toBe('addis ababa');
    expect(searchQuery('؟ - …').terms).toEqual([]);
  });

  it('lets an Arabic term stand behind any clitic, a Latin term only bare', () => {
    expect(termVariants('قاهره')).toEqual(
      expect.arrayContaining(['قاهره', 'القاهره', 'والقاهره', 'بالقاهره']),
    );
    expect(termVariants('cairo')).toEqual(['cairo']);
  });

  it('matches words by prefix, across spelling variants, needing every term', () => {
    const text = matchKey('وصل الوفدُ إلى القاهرةِ وبدأت المحادثات مع ممثلي الخرطوم');
    expect(matchesAllTerms(text, searchQuery('القاهره').terms)).toBe(true);
    expect(matchesAllTerms(text, searchQuery('محادثة').terms)).toBe(false);
    expect(matchesAllTerms(text, searchQuery('المحادث').terms)).toBe(true);
    expect(matchesAllTerms(text, searchQuery('قاهرة خرطوم').terms)).toBe(true);
    expect(matchesAllTerms(text, searchQuery('قاهرة دمشق').terms)).toBe(false);
    expect(matchesAllTerms(matchKey('Talks in Addis Ababa'), searchQuery('addis').terms)).toBe(true);
  });
});
