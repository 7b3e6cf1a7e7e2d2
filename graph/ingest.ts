import type { Gazetteer } from '../gazetteer/load.js';
import type { ExtractionReport, ReportArticle } from '../model/report.js';
import { articleIdOf, contentHash } from './article-id.js';
import type { EventNode } from './model.js';
import { type EventCandidate, planArticle } from './plan.js';
import type { GraphStore } from './store.js';

export interface IngestSummary {
  articles: { created: number; unchanged: number; failed: number };
  entities: { created: number; merged: number };
  events: { created: number; merged: number };
  /** Graph id of every article of the report, in report order. */
  articleIds: string[];
  failures: { article: string; reason: string }[];
}

export function emptySummary(): IngestSummary {
  return {
    articles: { created: 0, unchanged: 0, failed: 0 },
    entities: { created: 0, merged: 0 },
    events: { created: 0, merged: 0 },
    articleIds: [],
    failures: [],
  };
}

const CANDIDATE_LIMIT = 500;
const DAY_MS = 86_400_000;

/**
 * The one ingest writer: upserts each article of an extraction report in its
 * own transaction. An article already stored (same content hash) is left
 * unchanged; a failing article is reported and the others still go in.
 */
export async function ingestReport(
  store: GraphStore,
  gazetteer: Gazetteer,
  report: ExtractionReport,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const articleIds = new Map(report.articles.map((a) => [a.id, articleIdOf(contentHash(a.title, a.text))]));
  summary.articleIds = report.articles.map((a) => articleIds.get(a.id) ?? '');
  const stored = await store.nodes('Article', summary.articleIds);
  const fresh = report.articles.filter((_, i) => stored[i] === null);
  summary.articles.unchanged = report.articles.length - fresh.length;
  if (fresh.length === 0) return summary;

  const candidates = await storedCandidates(store, fresh, articleIds);
  for (const article of fresh) {
    try {
      const plan = planArticle(article, { gazetteer, articleIds, candidates });
      const { write } = plan;
      const [actorsBefore, placesBefore] = await Promise.all([
        store.nodes(
          'Actor',
          write.actors.map((a) => a.id),
        ),
        store.nodes(
          'Place',
          write.places.map((p) => p.id),
        ),
      ]);
      const outcome = await store.writeArticle(write);
      if (outcome === 'unchanged') {
        summary.articles.unchanged += 1;
        continue;
      }
      const existingEntities = [...actorsBefore, ...placesBefore].filter((n) => n !== null).length;
      summary.articles.created += 1;
      summary.entities.merged += existingEntities;
      summary.entities.created += write.actors.length + write.places.length - existingEntities;
      summary.events.merged += plan.mergedEventIds.length;
      summary.events.created += write.events.length - plan.mergedEventIds.length;
      candidates.push(...plan.events);
    } catch (error) {
      summary.articles.failed += 1;
      summary.failures.push({ article: article.title || article.id, reason: (error as Error).message });
    }
  }
  return summary;
}

/**
 * Stored events the report's events may retell: events dated within a day of
 * theirs, and the events of stored articles that the report's articles link to.
 */
async function storedCandidates(
  store: GraphStore,
  articles: ReportArticle[],
  articleIds: Map<string, string>,
): Promise<EventCandidate[]> {
  const events = articles.flatMap((a) => a.events);
  const dates = events.flatMap((e) => (e.date ? [Date.parse(e.date)] : []));
  const byId = new Map<string, EventNode>();
  if (dates.length > 0) {
    const found = await store.findEvents(
      {
        types: [...new Set(events.map((e) => e.type))],
        from: isoDay(Math.min(...dates) - DAY_MS),
        to: isoDay(Math.max(...dates) + DAY_MS),
        datedOnly: true,
      },
      { offset: 0, limit: CANDIDATE_LIMIT },
    );
    for (const node of found.rows) byId.set(node.id, node);
  }
  const linkedIds = [
    ...new Set(articles.flatMap((a) => [a.linkedFrom, a.duplicateOf]).flatMap((id) => (id ? [id] : []))),
  ].flatMap((id) => articleIds.get(id) ?? []);
  if (linkedIds.length > 0) {
    const reported = (await store.related({ type: 'REPORTS', direction: 'out' }, linkedIds)).flat();
    const missing = reported.map((r) => r.otherId).filter((id) => !byId.has(id));
    for (const node of await store.nodes('Event', missing)) if (node) byId.set(node.id, node);
  }
  if (byId.size === 0) return [];
  const ids = [...byId.keys()];
  const [participants, places, reports] = await Promise.all([
    store.related({ type: 'PARTICIPATED_IN', direction: 'in' }, ids),
    store.related({ type: 'OCCURRED_IN', direction: 'out' }, ids),
    store.related({ type: 'REPORTS', direction: 'in' }, ids),
  ]);
  return ids.map((id, i) => ({
    node: byId.get(id) as EventNode,
    placeId: places[i]?.[0]?.otherId ?? null,
    participantIds: new Set(participants[i]?.map((p) => p.otherId)),
    articleIds: new Set(reports[i]?.map((r) => r.otherId)),
  }));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
