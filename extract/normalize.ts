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
  for (const ch of name.normalize('NFC')) out += normalizeCached(ch);
  return out.replace(WORD_SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/** Texts repeat a small alphabet: each UTF-16 unit is normalized once per process. */
const normalizedByCode: (string | undefined)[] = [];

/** `normalizeChar`, remembered for characters of one UTF-16 unit. */
export function normalizeCached(ch: string): string {
  return ch.length === 1 ? normalizeUnit(ch.charCodeAt(0)) : normalizeChar(ch);
}

function normalizeUnit(code: number): string {
  let normalized = normalizedByCode[code];
  if (normalized === undefined) {
    normalized = normalizeChar(String.fromCharCode(code));
    normalizedByCode[code] = normalized;
  }
  return normalized;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
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
  const parts: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    const width = isHighSurrogate(code) ? 2 : 1;
    const normalized = width === 1 ? normalizeUnit(code) : normalizeChar(original.slice(index, index + 2));
    for (let k = 0; k < normalized.length; k++) offsets.push(index);
    parts.push(normalized);
    index += width;
  }
  offsets.push(index);
  return { text: parts.join(''), offsets };
}
