/**
 * Arabic (and Latin) normalization for matching names: one key per spelling
 * family, so أذربيجان/اذربيجان, ي/ى/ی, ة/ه, tatweel and diacritics compare equal.
 */

const DROPPED = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

const LETTER_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ئ: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ک: 'ك',
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '‘': "'",
  '’': "'",
};

const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;

function westernDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Normalizes one character (or the empty string when it is dropped for matching). */
export function normalizeChar(ch: string): string {
  if (DROPPED.test(ch)) return '';
  if (EASTERN_DIGIT.test(ch)) return westernDigit(ch);
  return LETTER_MAP[ch] ?? ch.toLowerCase();
}

/** Punctuation that separates words for matching: `matchKey` turns it into spaces. */
export const WORD_SEPARATOR = /["'()[\]{}.,،:;!?؟\-–—_/\\]/;
const WORD_SEPARATORS = new RegExp(WORD_SEPARATOR.source, 'g');

/** The comparison key of a name: normalized letters, punctuation dropped, single spaces. */
export function matchKey(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFC')) out += normalizeChar(ch);
  return out.replace(WORD_SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/** Normalized text whose every character remembers where it came from in the original. */
export interface NormalizedText {
  text: string;
  /** `offsets[i]` is the original index of normalized character `i`; one extra entry for the end. */
  offsets: number[];
}

/**
 * Normalizes a whole text character by character, as `matchKey` does, but keeps
 * punctuation and spacing so that sentence and clause boundaries survive, and
 * keeps the offset map so that matches found in it point into the original.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  let text = '';
  const offsets: number[] = [];
  let index = 0;
  for (const ch of original) {
    const normalized = normalizeChar(ch);
    for (let k = 0; k < normalized.length; k++) offsets.push(index);
    text += normalized;
    index += ch.length;
  }
  offsets.push(index);
  return { text, offsets };
}
