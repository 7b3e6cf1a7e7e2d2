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

/** The comparison key of a name: normalized letters, punctuation dropped, single spaces. */
export function matchKey(name: string): string {
  let out = '';
  for (const ch of name.normalize('NFC')) out += normalizeChar(ch);
  return out
    .replace(/["'()[\]{}.,،:;!?؟\-–—_/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
