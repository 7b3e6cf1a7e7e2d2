/**
 * Scores an extraction report against a reference annotation, layer by layer.
 *
 * Matching rules (also in eval/README.md):
 * - Two articles are compatible when their titles are equal under matchKey or the
 *   word overlap (Dice) of their texts is at least 0.5. Articles pair by id when both
 *   reports have the same set of ids and every id's two articles are compatible (ids
 *   such as a1, h0 are positional, so equal ids alone do not make the same article).
 *   Otherwise compatible pairs are taken one-to-one, best first by [titles equal] +
 *   overlap. Items of unpaired articles are all false alarms or misses.
 * - Entities match within a paired article when they have the same type and the
 *   name or an alias of one equals (matchKey) the name or an alias of the other;
 *   one-to-one, best first: equal names, then the share of surface forms in common.
 *   Kind is not required; kind agreement is reported apart.
 * - Events match when they have the same type and the same place (through the
 *   entity matching), or participants in common, or, when neither has a place or
 *   participants, the same date; one-to-one, best first by
 *   1 + same place + participant overlap (Jaccard) + same date.
 * - Roles are the (entity, role, onBehalfOf) triples of matched events, claims their
 *   (by, stance) pairs, entities compared through the entity matching; those of
 *   unmatched events are all false alarms or misses.
 * Figures are micro-averaged (counts summed over articles). A ratio whose
 * denominator is zero is 1 when the other side is empty too, else 0.
 */
import { matchKey } from '../extract/normalize.js';
import type {
  ExtractionReport,
  ReportArticle,
  ReportClaim,
  ReportEntity,
  ReportEvent,
  ReportParticipant,
} from '../model/report.js';

export const LAYERS = ['entities', 'events', 'roles', 'claims'] as const;
export type Layer = (typeof LAYERS)[number];

export interface Counts {
  /** Predicted items that match a reference item. */
  tp: number;
  predicted: number;
  reference: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type LayerFigures = Record<Layer, Figures>;

export interface KindAgreement {
  /** Matched entity pairs whose kinds are equal. */
  agree: number;
  matched: number;
  /** agree / matched, null when no entity matched. */
  accuracy: number | null;
}

/** Matched reference events that carry a date, and how many of them the report dates the same day. */
export interface DateAgreement {
  right: number;
  dated: number;
  /** right / dated, null when no matched event is dated. */
  accuracy: number | null;
}

export interface ArticleScore {
  /** Id of the report's article, null when the reference article has no counterpart. */
  report: string | null;
  /** Id of the reference article, null when the report's article has no counterpart. */
  reference: string | null;
  layers: LayerFigures;
  kind: KindAgreement;
}

export interface Score {
  pairedBy: 'id' | 'content';
  overall: LayerFigures;
  kind: KindAgreement;
  dates: DateAgreement;
  articles: ArticleScore[];
}

type LayerCounts = Record<Layer, Counts>;

interface Candidate {
  predicted: number;
  reference: number;
  score: number;
}

/** Minimum word overlap for two articles with different titles to pair. */
const MIN_TEXT_OVERLAP = 0.5;

/** One-to-one matching, best candidate first (ties: earlier reference, then earlier prediction). */
function greedyMatch(candidates: Candidate[]): Map<number, number> {
  const sorted = [...candidates].sort(
    (a, b) => b.score - a.score || a.reference - b.reference || a.predicted - b.predicted,
  );
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  for (const candidate of sorted) {
    if (matched.has(candidate.predicted) || taken.has(candidate.reference)) continue;
    matched.set(candidate.predicted, candidate.reference);
    taken.add(candidate.reference);
  }
  return matched;
}

function intersectionSize<T>(a: Set<T>, b: Set<T>): number {
  let size = 0;
  for (const item of a) if (b.has(item)) size += 1;
  return size;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  const common = intersectionSize(a, b);
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

function ratio(numerator: number, denominator: number, other: number): number {
  if (denominator === 0) return other === 0 ? 1 : 0;
  return numerator / denominator;
}

export function figures(counts: Counts): Figures {
  const { tp, predicted, reference } = counts;
  return {
    ...counts,
    precision: ratio(tp, predicted, reference),
    recall: ratio(tp, reference, predicted),
    f1: ratio(2 * tp, predicted + reference, 0),
  };
}

function emptyCounts(): LayerCounts {
  return {
    entities: { tp: 0, predicted: 0, reference: 0 },
    events: { tp: 0, predicted: 0, reference: 0 },
    roles: { tp: 0, predicted: 0, reference: 0 },
    claims: { tp: 0, predicted: 0, reference: 0 },
  };
}

function addCounts(total: LayerCounts, part: LayerCounts): void {
  for (const layer of LAYERS) {
    total[layer].tp += part[layer].tp;
    total[layer].predicted += part[layer].predicted;
    total[layer].reference += part[layer].reference;
  }
}

function layerFigures(counts: LayerCounts): LayerFigures {
  return {
    entities: figures(counts.entities),
    events: figures(counts.events),
    roles: figures(counts.roles),
    claims: figures(counts.claims),
  };
}

function kindAgreement(agree: number, matched: number): KindAgreement {
  return { agree, matched, accuracy: matched === 0 ? null : agree / matched };
}

// Articles

interface ArticlePair {
  predicted: ReportArticle | null;
  reference: ReportArticle | null;
}

function sameIds(a: ReportArticle[], b: ReportArticle[]): boolean {
  const ids = (articles: ReportArticle[]) => articles.map((article) => article.id).sort();
  return JSON.stringify(ids(a)) === JSON.stringify(ids(b));
}

function words(text: string): Set<string> {
  return new Set(matchKey(text).split(' ').filter(Boolean));
}

function dice(a: Set<string>, b: Set<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/** [titles equal] + text overlap when two articles are compatible, else null. */
function compatibility(
  p: ReportArticle,
  r: ReportArticle,
  pWords: Set<string>,
  rWords: Set<string>,
): number | null {
  const title = matchKey(p.title);
  const sameTitle = title !== '' && title === matchKey(r.title);
  const overlap = dice(pWords, rWords);
  return sameTitle || overlap >= MIN_TEXT_OVERLAP ? (sameTitle ? 1 : 0) + overlap : null;
}

function articleCandidates(predicted: ReportArticle[], reference: ReportArticle[]): Candidate[] {
  const predictedWords = predicted.map((article) => words(article.text));
  const referenceWords = reference.map((article) => words(article.text));
  const candidates: Candidate[] = [];
  predicted.forEach((p, i) => {
    reference.forEach((r, j) => {
      const score = compatibility(p, r, predictedWords[i] ?? new Set(), referenceWords[j] ?? new Set());
      if (score !== null) candidates.push({ predicted: i, reference: j, score });
    });
  });
  return candidates;
}

/** Predicted index → reference index by id, or null when ids differ or a pair is incompatible. */
function pairById(predicted: ReportArticle[], reference: ReportArticle[]): Map<number, number> | null {
  if (!sameIds(predicted, reference)) return null;
  const pairs = new Map<number, number>();
  for (const [i, p] of predicted.entries()) {
    const j = reference.findIndex((r) => r.id === p.id);
    const r = reference[j];
    if (!r || compatibility(p, r, words(p.text), words(r.text)) === null) return null;
    pairs.set(i, j);
  }
  return pairs;
}

function pairArticles(
  predicted: ReportArticle[],
  reference: ReportArticle[],
): { pairs: ArticlePair[]; pairedBy: Score['pairedBy'] } {
  const byId = pairById(predicted, reference);
  const matched = byId ?? greedyMatch(articleCandidates(predicted, reference));
  const byReference = new Map([...matched].map(([p, r]) => [r, p]));
  const pairs: ArticlePair[] = reference.map((r, j) => {
    const p = byReference.get(j);
    return { predicted: p === undefined ? null : (predicted[p] ?? null), reference: r };
  });
  predicted.forEach((p, i) => {
    if (!matched.has(i)) pairs.push({ predicted: p, reference: null });
  });
  return { pairs, pairedBy: byId ? 'id' : 'content' };
}

// Entities

function surfaceKeys(entity: ReportEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(matchKey).filter(Boolean));
}

/** Predicted entity id → the reference entity id it matches. */
function matchEntities(predicted: ReportEntity[], reference: ReportEntity[]): Map<string, string> {
  const predictedKeys = predicted.map(surfaceKeys);
  const referenceKeys = reference.map(surfaceKeys);
  const candidates: Candidate[] = [];
  predicted.forEach((p, i) => {
    reference.forEach((r, j) => {
      const a = predictedKeys[i] ?? new Set<string>();
      const b = referenceKeys[j] ?? new Set<string>();
      if (p.type !== r.type || intersectionSize(a, b) === 0) return;
      const sameName = matchKey(p.name) === matchKey(r.name);
      candidates.push({ predicted: i, reference: j, score: (sameName ? 1 : 0) + jaccard(a, b) });
    });
  });
  const matches = new Map<string, string>();
  for (const [i, j] of greedyMatch(candidates)) {
    const p = predicted[i];
    const r = reference[j];
    if (p && r) matches.set(p.id, r.id);
  }
  return matches;
}

/**
 * Translates predicted entity ids into reference ids; an unmatched entity becomes
 * a token no reference id can equal.
 */
type Translate = (id: string) => string;

function translator(entityMatches: Map<string, string>): Translate {
  return (id) => entityMatches.get(id) ?? `\u0000unmatched:${id}`;
}

const identity: Translate = (id) => id;

// Events

function participantSet(event: ReportEvent, translate: Translate): Set<string> {
  return new Set(event.participants.map((participant) => translate(participant.entity)));
}

function isBare(event: ReportEvent): boolean {
  return event.place === null && event.participants.length === 0;
}

function eventCandidate(p: ReportEvent, r: ReportEvent, translate: Translate): number | null {
  if (p.type !== r.type) return null;
  const samePlace = p.place !== null && r.place !== null && translate(p.place) === r.place;
  const a = participantSet(p, translate);
  const b = participantSet(r, identity);
  const sameDate = p.date === r.date;
  const related = samePlace || intersectionSize(a, b) > 0 || (isBare(p) && isBare(r) && sameDate);
  if (!related) return null;
  return 1 + (samePlace ? 1 : 0) + jaccard(a, b) + (sameDate ? 1 : 0);
}

function matchEvents(
  predicted: ReportEvent[],
  reference: ReportEvent[],
  translate: Translate,
): Map<number, number> {
  const candidates: Candidate[] = [];
  predicted.forEach((p, i) => {
    reference.forEach((r, j) => {
      const score = eventCandidate(p, r, translate);
      if (score !== null) candidates.push({ predicted: i, reference: j, score });
    });
  });
  return greedyMatch(candidates);
}

function roleKeys(participants: ReportParticipant[], translate: Translate): Set<string> {
  return new Set(
    participants.map(({ entity, role, onBehalfOf }) =>
      JSON.stringify([translate(entity), role, onBehalfOf === null ? null : translate(onBehalfOf)]),
    ),
  );
}

function claimKeys(claims: ReportClaim[], translate: Translate): Set<string> {
  return new Set(claims.map(({ by, stance }) => JSON.stringify([translate(by), stance])));
}

function addSets(counts: Counts, predicted: Set<string>, reference: Set<string>): void {
  counts.tp += intersectionSize(predicted, reference);
  counts.predicted += predicted.size;
  counts.reference += reference.size;
}

const NONE = new Set<string>();

function scoreEvents(
  counts: LayerCounts,
  predicted: ReportEvent[],
  reference: ReportEvent[],
  translate: Translate,
): { right: number; dated: number } {
  const matched = matchEvents(predicted, reference, translate);
  const matchedReference = new Set(matched.values());
  const dates = { right: 0, dated: 0 };
  for (const [i, j] of matched) {
    const date = reference[j]?.date ?? null;
    if (date === null) continue;
    dates.dated++;
    if (predicted[i]?.date === date) dates.right++;
  }
  counts.events = { tp: matched.size, predicted: predicted.length, reference: reference.length };
  predicted.forEach((p, i) => {
    const j = matched.get(i);
    const r = j === undefined ? undefined : reference[j];
    addSets(counts.roles, roleKeys(p.participants, translate), r ? roleKeys(r.participants, identity) : NONE);
    addSets(counts.claims, claimKeys(p.claims, translate), r ? claimKeys(r.claims, identity) : NONE);
  });
  reference.forEach((r, j) => {
    if (matchedReference.has(j)) return;
    addSets(counts.roles, NONE, roleKeys(r.participants, identity));
    addSets(counts.claims, NONE, claimKeys(r.claims, identity));
  });
  return dates;
}

function scorePair(pair: ArticlePair): {
  counts: LayerCounts;
  agree: number;
  matched: number;
  dates: { right: number; dated: number };
} {
  const predicted = pair.predicted ?? { entities: [], events: [] };
  const reference = pair.reference ?? { entities: [], events: [] };
  const entityMatches = matchEntities(predicted.entities, reference.entities);
  const counts = emptyCounts();
  counts.entities = {
    tp: entityMatches.size,
    predicted: predicted.entities.length,
    reference: reference.entities.length,
  };
  const dates = scoreEvents(counts, predicted.events, reference.events, translator(entityMatches));
  const kinds = new Map(reference.entities.map((entity) => [entity.id, entity.kind]));
  const agree = predicted.entities.filter((entity) => {
    const match = entityMatches.get(entity.id);
    return match !== undefined && kinds.get(match) === entity.kind;
  }).length;
  return { counts, agree, matched: entityMatches.size, dates };
}

/** Precision, recall and F1 of a report against a reference, overall and per article pair. */
export function scoreReport(report: ExtractionReport, reference: ExtractionReport): Score {
  const { pairs, pairedBy } = pairArticles(report.articles, reference.articles);
  const total = emptyCounts();
  let agree = 0;
  let matched = 0;
  const dates = { right: 0, dated: 0 };
  const articles = pairs.map((pair): ArticleScore => {
    const scored = scorePair(pair);
    addCounts(total, scored.counts);
    agree += scored.agree;
    matched += scored.matched;
    dates.right += scored.dates.right;
    dates.dated += scored.dates.dated;
    return {
      report: pair.predicted?.id ?? null,
      reference: pair.reference?.id ?? null,
      layers: layerFigures(scored.counts),
      kind: kindAgreement(scored.agree, scored.matched),
    };
  });
  return {
    pairedBy,
    overall: layerFigures(total),
    kind: kindAgreement(agree, matched),
    dates: { ...dates, accuracy: dates.dated === 0 ? null : dates.right / dates.dated },
    articles,
  };
}
