import { matchKey } from '../extract/normalize.js';

/**
 * Search matching shared by both stores. A query is a list of terms; a word
 * matches a term when it starts with the term, bare or behind one of the
 * Arabic clitics below. Words and terms are already normalized (`matchKey`),
 * so alef forms, ى/ي/ی, ة/ه and diacritics never matter.
 */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل'];

/** Clitics stripped from a query word, longest first, when enough of the word is left. */
const STRIPPABLE = [...PROCLITICS].sort((a, b) => b.length - a.length);
const MIN_STEM = 3;
const ARABIC_LETTER = /[\u0621-\u064A]/;

export interface SearchQuery {
  /** The normalized text as a whole: an alias equal to it is an exact match. */
  key: string;
  terms: string[];
}

/** The query of a search text; no terms when the text has no letters or digits. */
export function searchQuery(text: string): SearchQuery {
  const key = matchKey(text);
  const terms = [
    ...new Set(
      key
        .split(' ')
        .filter((word) => /[\p{L}\p{N}]/u.test(word))
        .map(stem),
    ),
  ];
  return { key, terms };
}

function stem(word: string): string {
  if (!ARABIC_LETTER.test(word[0] ?? '')) return word;
  const clitic = STRIPPABLE.find((c) => word.startsWith(c) && word.length - c.length >= MIN_STEM);
  return clitic ? word.slice(clitic.length) : word;
}

/** The word prefixes a term stands for: itself, and behind each clitic when it is Arabic. */
export function termVariants(term: string): string[] {
  if (!ARABIC_LETTER.test(term[0] ?? '')) return [term];
  return [term, ...PROCLITICS.map((clitic) => clitic + term)];
}

/** Whether a normalized text has, for every term, a word matching it. */
export function matchesAllTerms(normalizedText: string, terms: readonly string[]): boolean {
  const words = normalizedText.split(' ');
  return terms.every((term) => {
    const variants = termVariants(term);
    return words.some((word) => variants.some((variant) => word.startsWith(variant)));
  });
}
