/**
 * Multi-word phrase lookup over tokens: phrases are grouped by their first
 * normalized word, longest first, so matching a position costs one Map lookup
 * plus a few comparisons, whatever the size of the lexicon. The first word may
 * carry Arabic clitics (و ف ب ل ك and their combinations), stripped by rule.
 */
import { matchKey } from './normalize.js';
import type { Token } from './tokens.js';

/** A proclitic: `prefix` is removed from the word and `restore` put back (لل → ال). */
export interface Clitic {
  prefix: string;
  restore?: string;
}

export interface PhraseMatch<T> {
  values: T[];
  first: number;
  last: number;
  /** Normalized characters of clitic before the phrase in the first token. */
  prefixLength: number;
}

interface Phrase<T> {
  words: string[];
  values: T[];
}

const BOUNDARY = /[.،,;؛:!?؟]/;
const MIN_STEM = 2;
/** Bounds the word cache of a long-running process. */
const MAX_CACHED_WORDS = 200_000;

interface Reading {
  head: string;
  prefixLength: number;
}

/**
 * The readings of a word under one set of clitics: the word itself, then the
 * word with each known prefix removed. Computed once per word (news vocabulary
 * repeats) and shared by every index that uses the same clitics.
 */
export class CliticReader {
  /** Clitic prefixes by their text, and the longest one, so a word is split at most that many ways. */
  private readonly restoreByPrefix = new Map<string, string>();
  private readonly longestPrefix: number;
  private readonly cache = new Map<string, Reading[]>();

  constructor(clitics: readonly Clitic[] = []) {
    for (const clitic of clitics) this.restoreByPrefix.set(clitic.prefix, clitic.restore ?? '');
    this.longestPrefix = Math.max(0, ...clitics.map((c) => c.prefix.length));
  }

  readings(word: string): Reading[] {
    let readings = this.cache.get(word);
    if (!readings) {
      if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
      readings = this.split(word);
      this.cache.set(word, readings);
    }
    return readings;
  }

  private split(word: string): Reading[] {
    const readings = [{ head: word, prefixLength: 0 }];
    for (let length = 1; length <= this.longestPrefix && word.length - length >= MIN_STEM; length++) {
      const restore = this.restoreByPrefix.get(word.slice(0, length));
      if (restore !== undefined) readings.push({ head: restore + word.slice(length), prefixLength: length });
    }
    return readings;
  }
}

const BARE_WORDS = new CliticReader();

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Phrase<T>[]>();

  constructor(private readonly reader: CliticReader = BARE_WORDS) {}

  /** Adds a phrase; a phrase added twice keeps every value once. */
  add(phrase: string, value: T): void {
    const words = matchKey(phrase).split(' ').filter(Boolean);
    const head = words[0];
    if (!head) return;
    const list = this.byFirstWord.get(head) ?? [];
    const existing = list.find((p) => p.words.join(' ') === words.join(' '));
    if (existing) {
      if (!existing.values.includes(value)) existing.values.push(value);
      return;
    }
    list.push({ words, values: [value] });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(head, list);
  }

  /**
   * The longest phrase starting at token `i` (the bare word preferred over a
   * clitic reading). A word joined to the one before by a hyphen is the second
   * half of a compound (أفاشين-باسيان) and carries no clitic.
   */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    let best: PhraseMatch<T> | undefined;
    const readings = hyphenated(tokens, i) ? BARE_WORDS.readings(token.key) : this.reader.readings(token.key);
    for (const { head, prefixLength } of readings) {
      best = this.longestFrom(tokens, i, head, prefixLength, best);
    }
    return best;
  }

  /** The longest phrase headed by `head` at token `i`, if longer than `best`. */
  private longestFrom(
    tokens: readonly Token[],
    i: number,
    head: string,
    prefixLength: number,
    best: PhraseMatch<T> | undefined,
  ): PhraseMatch<T> | undefined {
    const phrases = this.byFirstWord.get(head);
    if (!phrases) return best;
    for (const phrase of phrases) {
      if (best && phrase.words.length <= best.last - best.first + 1) return best;
      if (followsAt(tokens, i, phrase.words)) {
        return { values: phrase.values, first: i, last: i + phrase.words.length - 1, prefixLength };
      }
    }
    return best;
  }
}

function hyphenated(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  return !!token && !!previous && token.punctBefore === '-' && token.start === previous.end + 1;
}

function followsAt(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const token = tokens[i + k];
    const previous = tokens[i + k - 1];
    if (!token || !previous || token.key !== words[k] || token.sentence !== previous.sentence) return false;
    if (BOUNDARY.test(token.punctBefore)) return false;
  }
  return true;
}
