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

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Phrase<T>[]>();

  constructor(private readonly clitics: readonly Clitic[] = []) {}

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

  has(phrase: string): boolean {
    const words = matchKey(phrase).split(' ');
    return (this.byFirstWord.get(words[0] ?? '') ?? []).some((p) => p.words.join(' ') === words.join(' '));
  }

  /** The longest phrase starting at token `i` (the bare word preferred over a clitic reading). */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (const { head, prefixLength } of this.readings(token.key)) {
      for (const phrase of this.byFirstWord.get(head) ?? []) {
        if (best && phrase.words.length <= best.last - best.first + 1) break;
        if (followsAt(tokens, i, phrase.words)) {
          best = { values: phrase.values, first: i, last: i + phrase.words.length - 1, prefixLength };
          break;
        }
      }
    }
    return best;
  }

  /** Every match, scanning left to right and resuming after each match. */
  matchAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const match = this.matchAt(tokens, i);
      if (match && match.last < to) {
        matches.push(match);
        i = match.last;
      }
    }
    return matches;
  }

  private readings(word: string): { head: string; prefixLength: number }[] {
    const readings = [{ head: word, prefixLength: 0 }];
    for (const clitic of this.clitics) {
      const stem = word.slice(clitic.prefix.length);
      if (word.startsWith(clitic.prefix) && stem.length >= MIN_STEM) {
        readings.push({ head: (clitic.restore ?? '') + stem, prefixLength: clitic.prefix.length });
      }
    }
    return readings;
  }
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
