/**
 * Tokens over normalized text: words with their original offsets, and the
 * sentence and clause each belongs to, so later stages can scope patterns.
 */
import { normalizeCached, normalizeWithOffsets, WORD_SEPARATOR } from './normalize.js';

export interface Token {
  /** The normalized word (matching form). */
  key: string;
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  /** Position in the token list. */
  index: number;
  sentence: number;
  clause: number;
  /** Punctuation (normalized, spaces removed) between the previous token and this one. */
  punctBefore: string;
}

export interface TokenizedText {
  original: string;
  tokens: Token[];
  /** Original offsets of each sentence: from its first token's start to its last token's end. */
  sentences: { start: number; end: number; first: number; last: number }[];
}

const SENTENCE_END = /[.!?؟\n]/;
const CLAUSE_END = /[،,;؛:]/;

const WORD_CHAR = /[\p{L}\p{N}\p{M}%]/u;
const wordCharByCode: (boolean | undefined)[] = [];

/** Letters, digits and combining marks; symbols such as emoji separate words like punctuation. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  let known = wordCharByCode[code];
  if (known === undefined) {
    const ch = String.fromCharCode(code);
    known = WORD_CHAR.test(ch) && !WORD_SEPARATOR.test(ch);
    wordCharByCode[code] = known;
  }
  return known;
}

/** Splits a text into tokens, sentences and clauses. */
export function tokenize(original: string): TokenizedText {
  const { text, offsets } = normalizeWithOffsets(original);
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let gapStart = 0;
  let previousWord = '';
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text, j)) j++;
    j = acronymEnd(text, i, j);
    const gap = text.slice(gapStart, i);
    // The period of an abbreviation belongs to it: "U.S. State Department" reads on as one phrase.
    const abbreviated = tokens.length > 0 && abbreviates(previousWord, gap);
    const punctBefore = gap === ' ' || abbreviated ? '' : gap.replace(/\s+/g, '');
    if (tokens.length > 0 && gap !== ' ' && !abbreviated) {
      if (SENTENCE_END.test(gap)) {
        sentence++;
        clause++;
      } else if (CLAUSE_END.test(gap)) clause++;
    }
    previousWord = text.slice(i, j);
    tokens.push({
      key: previousWord.replaceAll('.', ''),
      start: offsets[i] ?? 0,
      end: offsets[j] ?? original.length,
      index: tokens.length,
      sentence,
      clause,
      punctBefore,
    });
    gapStart = j;
    i = j;
  }
  return { original, tokens, sentences: sentenceSpans(original, tokens) };
}

/** Words after which a period abbreviates and ends no sentence (Mr. Smith, Lt. Gen. X). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'brig',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'vs',
  'co',
  'corp',
  'inc',
  'ltd',
]);

/** "U.S.", "U.N.": single Latin letters joined by periods are one word, written without them ("us"). */
function acronymEnd(text: string, start: number, end: number): number {
  if (end - start !== 1 || !/[a-z]/.test(text.charAt(start))) return end;
  let last = end;
  while (text.charAt(last) === '.' && /[a-z]/.test(text.charAt(last + 1)) && !isWordChar(text, last + 2))
    last += 2;
  return last;
}

/** A period on the same line right after an abbreviation, an initial or an acronym ends no sentence. */
function abbreviates(word: string, gap: string): boolean {
  if (!/^\. ?$/.test(gap)) return false;
  return ABBREVIATIONS.has(word) || word.includes('.') || /^[a-z]$/.test(word);
}

/** Each sentence runs to the next one, so its closing punctuation and quotes stay with it. */
function sentenceSpans(original: string, tokens: Token[]): TokenizedText['sentences'] {
  const spans: TokenizedText['sentences'] = [];
  for (const token of tokens) {
    const current = spans[token.sentence];
    if (current) current.last = token.index;
    else
      spans[token.sentence] = { start: token.start, end: token.end, first: token.index, last: token.index };
  }
  spans.forEach((span, k) => {
    let end = spans[k + 1]?.start ?? original.length;
    while (end > span.start && /\s/.test(original.charAt(end - 1))) end--;
    span.end = end;
  });
  return spans;
}

/** An English word (token keys are lower-cased; Arabic ones are in Arabic script). */
export function isLatinWord(token: Token | undefined): boolean {
  return /^[a-z]/.test(token?.key ?? '');
}

/** The original text of a sentence. */
export function sentenceText(text: TokenizedText, sentence: number): string {
  const span = text.sentences[sentence];
  return span ? text.original.slice(span.start, span.end) : '';
}

/** The original offset just after a `prefixLength`-character clitic prefix of the token. */
export function offsetAfterPrefix(original: string, token: Token, prefixLength: number): number {
  let position = token.start;
  let seen = 0;
  while (seen < prefixLength && position < token.end) {
    const ch = original.charAt(position);
    position++;
    if (normalizedLength(ch) > 0) seen++;
  }
  while (position < token.end && normalizedLength(original.charAt(position)) === 0) position++;
  return position;
}

function normalizedLength(ch: string): number {
  return normalizeCached(ch).length;
}
