import { describe, expect, it } from 'vitest';
import { loadLexiconFiles } from '../../extract/resources.js';
import { romanize } from '../../extract/romanize.js';

const table = loadLexiconFiles().morphology.transliteration;
const spell = (arabic: string) => romanize(arabic, table);

describe('romanize', () => {
  it('reads long vowels as vowels and guesses the short vowel at the edges of the word', () => {
    expect(spell('خالد')).toBe('Khalid');
    expect(spell('مقاتل')).toBe('Muqatil');
    expect(spell('منصور')).toBe('Mansur');
    expect(spell('ترسيم')).toBe('Tarsim');
  });

  it('spells the article al-, ة as a, and ية as iya', () => {
    expect(spell('الحوسني')).toBe('al-Husni');
    expect(spell('نجمة')).toBe('Najma');
    expect(spell('رقية')).toBe('Raqiya');
    expect(spell('نجاة')).toBe('Najat');
  });

  it('capitalizes every word of a surface', () => {
    expect(spell('جبهة التحرير')).toBe('Jabha al-Tahrir');
  });
});
