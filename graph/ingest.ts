import type { Gazetteer } from '../gazetteer/load.js';
import type { ExtractionReport, ReportArticle } from '../model/report.js';
import { articleIdOf, contentHash } from './article-id.js';
import type { EntityNodeBase } from './model.js';
import { type ArticlePlan, type EventCandidate, planArticle } from './plan.js';
import {
  type ArticleWrite,
  type GraphStore,
  type MergeQuery,
  MissingEntitiesError,
  type WriteOutcome,
} from './store.js';
import { StoreUnavailableError } from './store-unavailable.js';

export interface IngestSummary {
  articles: { created: number; unchanged: number; failed: number };
  entities: { created: number; merged: number };
  events: { created: number; merged: number };
  /** Graph id of every article of the reports, in report order. */
  articleIds: string[];
  /** Graph ids of the articles this ingestion wrote (not those already stored). */
  createdArticleIds: string[];
  failures: { article: string; reason: string }[];
}

export function emptySummary(): IngestSummary {
  return {
    articles: { created: 0, unchanged: 0, failed: 0 },
    entities: { created: 0, merged: 0 },
    events: { created: 0, merged: 0 },
    articleIds: [],
    createdArticleIds: [],
    failures: [],
  };
}

const CANDIDATE_LIMIT = 500;
const DAY_MS = 86_400_000;

/**
 * The one ingest writer: upserts the articles of extraction reports, each
 * article whole or not at all, the batch in one transaction. An article
 * already stored (same content hash) is left unchanged; when the batch fails,
 * its articles are retried one by one so that one bad article costs only itself.
 */
export async function ingestReports(
  store: GraphStore,
  gazetteer: Gazetteer,
  reports: ExtractionReport[],
): Promise<IngestSummary> {
  const summary = emptySummary();
  const articles = reports.flatMap((report, r) =>
    report.articles.map((article) => ({ article, scope: r, graphId: graphIdOf(article) })),
  );
  summary.articleIds = articles.map((a) => a.graphId);
  const idsByReport = reports.map(
    (report) => new Map(report.articles.map((article) => [article.id, graphIdOf(article)])),
  );
  const context = await store.mergeContext({
    articles: articles.map(({ article, scope, graphId }) =>
      mergeNeeds(article, graphId, idsByReport[scope] as Map<string, string>),
    ),
    limit: CANDIDATE_LIMIT,
  });
  const stored = new Set(context.storedArticleIds);
  const fresh = articles.filter((a) => !stored.has(a.graphId));
  summary.articles.unchanged = articles.length - fresh.length;
  if (fresh.length === 0) return summary;

  const candidates: EventCandidate[] = context.events.map(
    ({ node, participantIds, placeIds, articleIds }) => ({
      node,
      placeId: placeIds[0] ?? null,
      participantIds: new Set(participantIds),
      articleIds: new Set(articleIds),
    }),
  );
  const plans: { title: string; plan: ArticlePlan }[] = [];
  for (const { article, scope } of fresh) {
    try {
      const articleIds = idsByReport[scope] as Map<string, string>;
      const plan = planArticle(article, { gazetteer, articleIds, candidates });
      candidates.push(...plan.events);
      plans.push({ title: article.title || article.id, plan });
    } catch (error) {
      recordFailure(summary, article.title || article.id, error);
    }
  }
  await writePlans(store, plans, summary);
  return summary;
}

export function ingestReport(store: GraphStore, gazetteer: Gazetteer, report: ExtractionReport) {
  return ingestReports(store, gazetteer, [report]);
}

async function writePlans(
  store: GraphStore,
  plans: { title: string; plan: ArticlePlan }[],
  summary: IngestSummary,
  retried = false,
): Promise<void> {
  const known = knownEntities(store);
  const unread = (label: 'actors' | 'places') =>
    [...new Set(plans.flatMap(({ plan }) => plan.write[label].map((n) => n.id)))].filter(
      (id) => !known.has(id),
    );
  const [actors, places] = await Promise.all([
    store.nodes('Actor', unread('actors')),
    store.nodes('Place', unread('places')),
  ]);
  for (const node of [...actors, ...places]) if (node) known.set(node.id, node);
  const stored = new Set(known.keys());
  const writes = plans.map(({ plan }) => withoutStoredEntities(plan.write, known));
  let outcomes: (WriteOutcome | Error)[];
  try {
    outcomes = await store.writeArticles(writes);
  } catch (error) {
    // An unreachable store fails every article alike: say so, not once per article.
    if (error instanceof StoreUnavailableError) throw error;
    // Entities known here are gone from the store (removed, merged): forget them, read them again, write again.
    if (error instanceof MissingEntitiesError && !retried) {
      for (const id of error.ids) known.delete(id);
      return writePlans(store, plans, summary, true);
    }
    outcomes = [];
    for (const write of writes) {
      outcomes.push(
        await store.writeArticles([write]).then(
          ([o]) => o ?? 'unchanged',
          (e: Error) => {
            if (e instanceof StoreUnavailableError) throw e;
            return e;
          },
        ),
      );
    }
  }
  plans.forEach(({ title, plan }, i) => {
    const outcome = outcomes[i];
    if (outcome instanceof Error) {
      recordFailure(summary, title, outcome);
      return;
    }
    if (outcome === 'unchanged') {
      summary.articles.unchanged += 1;
      return;
    }
    const entities = [...plan.write.actors, ...plan.write.places];
    const merged = entities.filter((n) => stored.has(n.id)).length;
    for (const n of entities) {
      stored.add(n.id);
      known.set(n.id, withNames(known.get(n.id), n));
    }
    summary.articles.created += 1;
    summary.createdArticleIds.push(plan.write.article.id);
    summary.entities.merged += merged;
    summary.entities.created += entities.length - merged;
    summary.events.merged += plan.mergedEventIds.length;
    summary.events.created += plan.write.events.length - plan.mergedEventIds.length;
  });
}

/**
 * Entities a store is known to hold, by id, with names it holds them under
 * (maybe fewer than it holds: another writer may have added some): a batch
 * reads only the entities it has not met before, and leaves out of its write
 * those held under all their names. The store checks that those it leaves
 * out are still there (an entity may be removed or merged into another since):
 * when one is not, nothing is written and the batch forgets it and tries again.
 */
const entitiesKnown = new WeakMap<GraphStore, Map<string, EntityNodeBase>>();

function knownEntities(store: GraphStore): Map<string, EntityNodeBase> {
  let known = entitiesKnown.get(store);
  if (!known) {
    known = new Map();
    entitiesKnown.set(store, known);
  }
  return known;
}

/** An entity's names after a write of it: those known before and those written. */
function withNames(known: EntityNodeBase | undefined, written: EntityNodeBase): EntityNodeBase {
  if (!known) return written;
  return {
    ...known,
    aliases: [...new Set([...known.aliases, ...written.aliases])],
    aliasKeys: [...new Set([...known.aliasKeys, ...written.aliasKeys])],
  };
}

/**
 * The write without the entities stored already under all of its names:
 * writing those would change nothing (and their names are most of a batch's
 * parameters); the store checks they are still there.
 */
function withoutStoredEntities(
  write: ArticleWrite,
  stored: ReadonlyMap<string, EntityNodeBase>,
): ArticleWrite {
  const changes = (entity: EntityNodeBase) => {
    const known = stored.get(entity.id);
    return (
      !known ||
      entity.aliases.some((alias) => !known.aliases.includes(alias)) ||
      entity.aliasKeys.some((key) => !known.aliasKeys.includes(key))
    );
  };
  return { ...write, actors: write.actors.filter(changes), places: write.places.filter(changes) };
}

function recordFailure(summary: IngestSummary, article: string, error: unknown): void {
  summary.articles.failed += 1;
  summary.failures.push({ article, reason: (error as Error).message });
}

function graphIdOf(article: ReportArticle): string {
  return articleIdOf(contentHash(article.title, article.text));
}

/** What the events of an article may merge on: their types, the days around their dates, the articles it links to. */
function mergeNeeds(
  article: ReportArticle,
  id: string,
  articleIds: Map<string, string>,
): MergeQuery['articles'][number] {
  const days = article.events.flatMap((e) => (e.date ? [Date.parse(e.date)] : []));
  return {
    id,
    types: [...new Set(article.events.map((e) => e.type))],
    dates: [...new Set(days.flatMap((day) => [day - DAY_MS, day, day + DAY_MS]))].map(isoDay),
    linkedIds: [article.linkedFrom, article.duplicateOf].flatMap((ref) =>
      ref ? (articleIds.get(ref) ?? []) : [],
    ),
  };
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
