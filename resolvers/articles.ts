import type { ActorNode, ArticleNode, EventNode, PlaceNode, Provenance, RelType } from '../graph/model.js';
import { codepointCompare, compareEvents } from '../graph/order.js';
import type { Context } from '../schema/context.js';
import { othersOf, reached } from './reached.js';

export interface Mention {
  entity: ActorNode | PlaceNode;
  count: number;
}

/** Where a fact comes from; `article` is the article as a read plan fetched it, undefined when it did not. */
export interface Evidence extends Provenance {
  article?: ArticleNode | null;
}

export async function articleSource(article: ArticleNode, context: Context): Promise<ActorNode | null> {
  const related = await reached(article, { type: 'PUBLISHED_BY', direction: 'out' }, context);
  const [source] = await othersOf(related.slice(0, 1), 'Actor', context);
  return source ?? null;
}

export async function articleAgencies(article: ArticleNode, context: Context): Promise<ActorNode[]> {
  const related = await reached(article, { type: 'CITES', direction: 'out' }, context);
  const actors = await othersOf(related, 'Actor', context);
  return actors.sort((a, b) => codepointCompare(a.name, b.name));
}

export async function articleMentions(article: ArticleNode, context: Context): Promise<Mention[]> {
  const related = await reached(article, { type: 'MENTIONS', direction: 'out' }, context);
  const [actors, places] = await Promise.all([
    othersOf(related, 'Actor', context),
    othersOf(related, 'Place', context),
  ]);
  const counts = new Map(related.map((r) => [r.otherId, r.props.count]));
  return [...actors, ...places]
    .map((entity) => ({ entity, count: counts.get(entity.id) ?? 1 }))
    .sort((a, b) => b.count - a.count || codepointCompare(a.entity.name, b.entity.name));
}

export async function articleEvents(article: ArticleNode, context: Context): Promise<EventNode[]> {
  const related = await reached(article, { type: 'REPORTS', direction: 'out' }, context);
  const events = await othersOf(related, 'Event', context);
  return events.sort(compareEvents);
}

/** Articles at the other end of a page link (LINKS_TO) or a duplicate mark (DUPLICATE_OF). */
export async function linkedArticles(
  article: ArticleNode,
  type: Extract<RelType, 'LINKS_TO' | 'DUPLICATE_OF'>,
  direction: 'out' | 'in',
  context: Context,
): Promise<ArticleNode[]> {
  const articles = await othersOf(await reached(article, { type, direction }, context), 'Article', context);
  return articles.sort((a, b) => codepointCompare(a.id, b.id));
}

export async function evidenceArticle(evidence: Evidence, context: Context): Promise<ArticleNode | null> {
  if (evidence.article !== undefined) return evidence.article;
  return evidence.articleId ? context.loaders.node('Article').load(evidence.articleId) : null;
}
