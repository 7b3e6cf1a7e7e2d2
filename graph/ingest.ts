import type { Gazetteer } from '../gazetteer/load.js';
import type { ExtractionReport, ReportArticle } from '../model/report.js';
import { articleIdOf, contentHash } from './article-id.js';
import { type EventNode, NODE_FIELDS } from './model.js';
import { type ArticlePlan, type EventCandidate, planArticle } from './plan.js';
import type { FetchedNode, NodePlan } from './read-plan.js';
import type { GraphStore, PageOf, WriteOutcome } from './store.js';
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
  const stored = await store.nodes('Article', summary.articleIds);
  const fresh = articles.filter((_, i) => stored[i] === null);
  summary.articles.unchanged = articles.length - fresh.length;
  if (fresh.length === 0) return summary;

  const idsByReport = reports.map(
    (report) => new Map(report.articles.map((article) => [article.id, graphIdOf(article)])),
  );
  const candidates = await storedCandidates(
    store,
    fresh.map((f) => f.article),
    fresh.map((f) => idsByReport[f.scope] as Map<string, string>),
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
): Promise<void> {
  const entityIds = (label: 'actors' | 'places') => [
    ...new Set(plans.flatMap(({ plan }) => plan.write[label].map((n) => n.id))),
  ];
  const [actors, places] = await Promise.all([
    store.nodes('Actor', entityIds('actors')),
    store.nodes('Place', entityIds('places')),
  ]);
  const known = new Set([...actors, ...places].flatMap((n) => (n ? [n.id] : [])));
  let outcomes: (WriteOutcome | Error)[];
  try {
    outcomes = await store.writeArticles(plans.map((p) => p.plan.write));
  } catch (error) {
    // An unreachable store fails every article alike: say so, not once per article.
    if (error instanceof StoreUnavailableError) throw error;
    outcomes = [];
    for (const { plan } of plans) {
      outcomes.push(
        await store.writeArticles([plan.write]).then(
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
    const merged = entities.filter((n) => known.has(n.id)).length;
    for (const n of entities) known.add(n.id);
    summary.articles.created += 1;
    summary.createdArticleIds.push(plan.write.article.id);
    summary.entities.merged += merged;
    summary.entities.created += entities.length - merged;
    summary.events.merged += plan.mergedEventIds.length;
    summary.events.created += plan.write.events.length - plan.mergedEventIds.length;
  });
}

function recordFailure(summary: IngestSummary, article: string, error: unknown): void {
  summary.articles.failed += 1;
  summary.failures.push({ article, reason: (error as Error).message });
}

function graphIdOf(article: ReportArticle): string {
  return articleIdOf(contentHash(article.title, article.text));
}

/** What merging needs of a stored event: who took part, where, which articles tell it. */
const CANDIDATE_HOPS: NodePlan = {
  fields: NODE_FIELDS.Event,
  related: (
    [
      { type: 'PARTICIPATED_IN', direction: 'in' },
      { type: 'OCCURRED_IN', direction: 'out' },
      { type: 'REPORTS', direction: 'in' },
    ] as const
  ).map((spec) => ({ spec, props: [], next: {}, refs: [] })),
  eventPages: [],
};

/**
 * Stored events the report's events may retell: events dated within a day of
 * theirs (one read plan), and the events of stored articles that the report's
 * articles link to.
 */
async function storedCandidates(
  store: GraphStore,
  articles: ReportArticle[],
  idMaps: Map<string, string>[],
): Promise<EventCandidate[]> {
  const events = articles.flatMap((a) => a.events);
  const dates = events.flatMap((e) => (e.date ? [Date.parse(e.date)] : []));
  const fetched = new Map<string, FetchedNode>();
  const add = ({ rows }: PageOf<FetchedNode>) => {
    for (const row of rows) fetched.set(row.node.id, row);
  };
  if (dates.length > 0) {
    const filter = {
      types: [...new Set(events.map((e) => e.type))],
      dates: [...new Set(dates.flatMap((day) => [day - DAY_MS, day, day + DAY_MS]))].map(isoDay),
    };
    add(
      await store.readPlan({
        root: 'events',
        filter,
        page: { offset: 0, limit: CANDIDATE_LIMIT },
        next: CANDIDATE_HOPS,
      }),
    );
  }
  const linkedIds = [
    ...new Set(
      articles.flatMap((a, i) =>
        [a.linkedFrom, a.duplicateOf].flatMap((id) => (id ? (idMaps[i]?.get(id) ?? []) : [])),
      ),
    ),
  ];
  if (linkedIds.length > 0) {
    const reported = (await store.related({ type: 'REPORTS', direction: 'out' }, linkedIds)).flat();
    const ids = reported.map((r) => r.otherId).filter((id) => !fetched.has(id));
    if (ids.length > 0)
      add(await store.readPlan({ root: 'nodes', label: 'Event', ids, next: CANDIDATE_HOPS }));
  }
  return [...fetched.values()].map(({ node, related: [participants, places, reports] }) => ({
    node: node as EventNode,
    placeId: places?.[0]?.otherId ?? null,
    participantIds: new Set(participants?.map((p) => p.otherId)),
    articleIds: new Set(reports?.map((r) => r.otherId)),
  }));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
