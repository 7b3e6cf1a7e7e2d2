import { type SearchQuery, termVariants } from '../../explore/search-terms.js';

/**
 * An in-process inverted index over normalized words, matching as the Neo4j
 * full-text indexes do: every term as a word prefix, bare or behind a clitic.
 * Documents are numbered; a query marks, term by term, the documents that
 * still match in one array, so it costs the postings it reads and no scoring.
 */
export class SearchIndex {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Word → the numbers of the documents holding it. */
  private readonly postings = new Map<string, number[]>();
  private readonly indexedWords = new Map<number, string>();
  /** Every word, sorted, for prefix ranges; rebuilt after new words arrive. */
  private vocabulary: string[] | null = null;

  put(id: string, words: string): void {
    let number = this.numbers.get(id);
    if (number === undefined) {
      number = this.ids.push(id) - 1;
      this.numbers.set(id, number);
    }
    const indexed = this.indexedWords.get(number);
    if (indexed === words) return;
    if (indexed !== undefined) this.remove(number, indexed);
    for (const word of distinctWords(words)) {
      const list = this.postings.get(word);
      if (list) list.push(number);
      else {
        this.postings.set(word, [number]);
        this.vocabulary = null;
      }
    }
    this.indexedWords.set(number, words);
  }

  /** Ids of the documents matching every term. */
  match(query: SearchQuery): string[] {
    if (query.terms.length === 0) return [];
    let matching: Uint8Array | null = null;
    for (const term of query.terms) {
      const marked = new Uint8Array(this.ids.length);
      for (const variant of termVariants(term))
        for (const word of this.wordsStartingWith(variant))
          for (const number of this.postings.get(word) ?? [])
            if (!matching || matching[number]) marked[number] = 1;
      matching = marked;
    }
    const ids: string[] = [];
    matching?.forEach((marked, number) => {
      if (marked) ids.push(this.ids[number] as string);
    });
    return ids;
  }

  private remove(number: number, words: string): void {
    for (const word of distinctWords(words)) {
      const list = this.postings.get(word);
      if (list)
        this.postings.set(
          word,
          list.filter((n) => n !== number),
        );
    }
  }

  private wordsStartingWith(prefix: string): string[] {
    this.vocabulary ??= [...this.postings.keys()].sort();
    const words = this.vocabulary;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < words.length && (words[i] as string).startsWith(prefix); i++)
      found.push(words[i] as string);
    return found;
  }
}

function distinctWords(words: string): Set<string> {
  return new Set(words.split(' ').filter(Boolean));
}
