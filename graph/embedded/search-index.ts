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
  });

  put(id: string, words: string): void {
    const document = { id, words };
    if (this.index.has(id)) this.index.replace(document);
    else this.index.add(document);
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
