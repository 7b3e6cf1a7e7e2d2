import { matchKey } from '../extract/normalize.js';
import type { ActorNode, ArticleNode, PlaceNode } from '../graph/model.js';
import { codepointCompare } from '../graph/order.js';
import { ENTITY_SEARCH_CAP, type GraphStore } from '../graph/store.js';
import { matchesAllTerms, type SearchQuery } from './search-terms.js';

export type SearchLabel = 'Actor' | 'Place' | 'Article';
export type MatchKind = 'EXACT_ALIAS' | 'NAME' | 'TITLE' | 'TEXT';

export interface SearchHit {
  node: ActorNode | PlaceNode | ArticleNode;
  match: MatchKind;
  /** The name or alias that matched, or the title or sentence of an article. */
  matched: string;
}

const MATCH_ORDER: Record<MatchKind, number> = { EXACT_ALIAS: 0, NAME: 1, TITLE: 2, TEXT: 3 };

/**
 * Names, aliases and article text matching a query, best first: entities one
 * of whose names is the whole query, then entities whose names hold every
 * term, then articles with every term in the title, then in the text (newest
 * first). Both stores find the same candidates, in one call; the ranking is done here.
 */
export async function search(
  store: GraphStore,
  query: SearchQuery,
  labels: readonly SearchLabel[],
  first: number,
): Promise<SearchHit[]> {
  const entityLabels = labels.filter((label): label is 'Actor' | 'Place' => label !== 'Article');
  // One store call: how many entities rank is known only after it, so as many articles come as could be shown.
  const found = await store.search(
    query,
    entityLabels,
    ENTITY_SEARCH_CAP,
    labels.includes('Article') ? first : 0,
  );
  const hits = found.entities.flatMap((entity) => entityHit(entity, query) ?? []).sort(byRank);
  if (hits.length >= first) return hits.slice(0, first);
  const articleHits = found.articles
    .slice(0, first - hits.length)
    .map((article) => articleHit(article, query));
  return [...hits, ...articleHits.sort((a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match])];
}

function entityHit(entity: ActorNode | PlaceNode, query: SearchQuery): SearchHit | null {
  const names = [entity.name, entity.nameAr, entity.nameEn, ...entity.aliases].filter(
    (name): name is string => Boolean(name),
  );
  const exact = names.find((name) => matchKey(name) === query.key);
  if (exact) return { node: entity, match: 'EXACT_ALIAS', matched: exact };
  const partial = names.find((name) => matchesAllTerms(matchKey(name), query.terms));
  return partial ? { node: entity, match: 'NAME', matched: partial } : null;
}

/** Exact before partial; then the closest name (the shortest one holding the terms), then by id. */
function byRank(a: SearchHit, b: SearchHit): number {
  return (
    MATCH_ORDER[a.match] - MATCH_ORDER[b.match] ||
    a.matched.length - b.matched.length ||
    codepointCompare(a.node.id, b.node.id)
  );
}

function articleHit(article: ArticleNode, query: SearchQuery): SearchHit {
  if (matchesAllTerms(matchKey(article.title), query.terms))
    return { node: article, match: 'TITLE', matched: article.title };
  return { node: article, match: 'TEXT', matched: sentenceMatching(article.text, query) };
}

const SENTENCE = /[^.!?؟\n]+[.!?؟]?/g;
const SNIPPET_LENGTH = 240;

/** The first sentence holding every term, else one holding the first term, else the text's start. */
function sentenceMatching(text: string, query: SearchQuery): string {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
  const sentence =
    sentences.find((s) => matchesAllTerms(matchKey(s), query.terms)) ??
    sentences.find((s) => matchesAllTerms(matchKey(s), query.terms.slice(0, 1))) ??
    text;
  return sentence.length > SNIPPET_LENGTH ? `${sentence.slice(0, SNIPPET_LENGTH)}…` : sentence;
}
