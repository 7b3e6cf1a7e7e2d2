import type { ActorNode, ArticleNode, EventNode, PlaceNode, Provenance, RelType } from '../graph/model.js';
import { codepointCompare, compareEvents } from '../graph/order.js';
import type { Context } from '../schema/context.js';
import { loadAll } from './entities.js';

export interface Mention {
  entity: ActorNode | PlaceNode;
  count: number;
}

async function relatedIds(type: RelType, direction: 'out' | 'in', id: string, context: Context) {
  return (await context.loaders.related({ type, direction }).load(id)).map((r) => r.otherId);
}

export async function articleSource(article: ArticleNode, context: Context): Promise<ActorNode | null> {
  const [id] = await relatedIds('PUBLISHED_BY', 'out', article.id, context);
  return id ? context.loaders.node('Actor').load(id) : null;
}

export async function articleAgencies(article: ArticleNode, context: Context): Promise<ActorNode[]> {
  const actors = await loadAll('Actor', await relatedIds('CITES', 'out', article.id, context), context);
  return actors.sort((a, b) => codepointCompare(a.name, b.name));
}

export async function articleMentions(article: ArticleNode, context: Context): Promise<Mention[]> {
  const related = await context.loaders.related({ type: 'MENTIONS', direction: 'out' }).load(article.id);
  const ids = (label: 'Actor' | 'Place') =>
    related.filter((r) => r.otherLabel === label).map((r) => r.otherId);
  const [actors, places] = await Promise.all([
    loadAll('Actor', ids('Actor'), context),
    loadAll('Place', ids('Place'), context),
  ]);
  const counts = new Map(related.map((r) => [r.otherId, (r.props as { count: number }).count]));
  return [...actors, ...places]
    .map((entity) => ({ entity, count: counts.get(entity.id) ?? 1 }))
    .sort((a, b) => b.count - a.count || codepointCompare(a.entity.name, b.entity.name));
}

export async function articleEvents(article: ArticleNode, context: Context): Promise<EventNode[]> {
  const events = await loadAll('Event', await relatedIds('REPORTS', 'out', article.id, context), context);
  return events.sort(compareEvents);
}

/** Articles at the other end of a page link (LINKS_TO) or a duplicate mark (DUPLICATE_OF). */
export async function linkedArticles(
  article: ArticleNode,
  type: 'LINKS_TO' | 'DUPLICATE_OF',
  direction: 'out' | 'in',
  context: Context,
): Promise<ArticleNode[]> {
  const articles = await loadAll('Article', await relatedIds(type, direction, article.id, context), context);
  return articles.sort((a, b) => codepointCompare(a.id, b.id));
}

export async function evidenceArticle(evidence: Provenance, context: Context): Promise<ArticleNode | null> {
  return evidence.articleId ? context.loaders.node('Article').load(evidence.articleId) : null;
}
