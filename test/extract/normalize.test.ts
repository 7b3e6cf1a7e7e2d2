import { describe, expect, it } from 'vitest';
import { matchKey, normalizeWithOffsets } from '../../extract/normalize.js';
import { tokenize } from '../../extract/tokens.js';

describe('normalizeWithOffsets', () => {
  it('normalizes alef, ya, ta marbuta, tatweel, diacritics and digits', () => {
    const { text } = normalizeWithOffsets('إِسرائيلـيّة ى ی ٣٢ ۴');
    expect(text).toBe('اسراييليه ي ي 32 4');
  });

  it('maps every normalized character back to its original offset', () => {
    const original = 'قصفَتْ القوات مدينةَ الفاشر';
    const { text, offsets } = normalizeWithOffsets(original);
    const at = text.indexOf('الفاشر');
    expect(original.slice(offsets[at], offsets[at + 'الفاشر'.length])).toBe('الفاشر');
  });

  it('agrees with matchKey word by word', () => {
    const name = 'جنوبي “إسرائيل”';
    const words = tokenize(name).tokens.map((t) => t.key);
    expect(words.join(' ')).toBe(matchKey(name));
  });
});

describe('tokenize', () => {
  it('splits sentences on full stops and newlines and clauses on commas', () => {
    const { tokens, sentences } = tokenize('قصفت القوات المدينة، وقتل 7.\nبدأت المفاوضات');
    expect(sentences).toHaveLength(2);
    expect(tokens.find((t) => t.key === 'وقتل')?.clause).toBe(1);
    expect(tokens.find((t) => t.key === 'بدات')?.sentence).toBe(1);
  });

  it('reads an acronym written with periods as one word and ends no sentence at an abbreviation', () => {
    const { tokens } = tokenize('U.S. forces struck, Lt. Gen. J. Doe said. The U.N. met.\nPlan B.\nDone.');
    expect(tokens.map((t) => t.key)).toEqual([
      'us',
      'forces',
      'struck',
      'lt',
      'gen',
      'j',
      'doe',
      'said',
      'the',
      'un',
      'met',
      'plan',
      'b',
      'done',
    ]);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3]);
    expect(tokens[1]?.punctBefore).toBe('');
    expect(tokens[0]).toMatchObject({ start: 0, end: 3 });
    expect(tokenize('The ministry said no. Talks ended.').sentences).toHaveLength(2);
  });

  it('separates emoji from the word they touch', () => {
    expect(tokenize('⭕المليشيا تنسحب').tokens[0]?.key).toBe('المليشيا');
  });
});
