import MiniSearch, { type Query } from 'minisearch';
import { type SearchQuery, termVariants } from '../../explore/search-terms.js';

interface Indexed {
  id: string;
  /** Normalized words, space-separated (aliasKeys of an entity, searchKey of an article). */
  words: string;
}

/**
 * An in-process full-text index over normalized words, matching as the Neo4j
 * full-text indexes do: every term as a word prefix, bare or behind a clitic.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<Indexed>({
    fields: ['words'],
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
    // Background vacuuming walks the index in batches between our synchronous
    // writes and trips over them; replaced documents (an entity gaining an
    // alias) are rare enough to leave their stale terms in place.
    autoVacuum: false,
  });
  private readonly indexedWords = new Map<string, string>();

  put(id: string, words: string): void {
    const indexed = this.indexedWords.get(id);
    if (indexed === words) return;
    const document = { id, words };
    if (indexed === undefined) this.index.add(document);
    else this.index.replace(document);
    this.indexedWords.set(id, words);
  }

  /** Ids of the documents matching every term. */
  match(query: SearchQuery): string[] {
    if (query.terms.length === 0) return [];
    const tree: Query = {
      combineWith: 'AND',
      queries: query.terms.map((term) => ({ combineWith: 'OR', prefix: true, queries: termVariants(term) })),
    };
    return this.index.search(tree).map((result) => result.id as string);
  }
}
