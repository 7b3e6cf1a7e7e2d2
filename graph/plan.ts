import { createHash } from 'node:crypto';
import { matchKey } from '../extract/normalize.js';
import { entityId } from '../gazetteer/ids.js';
import type { Gazetteer } from '../gazetteer/load.js';
import { surfaceForms } from '../gazetteer/load.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { CAMEO_ROOT, type ReportArticle, type ReportEntity, type ReportEvent } from '../model/report.js';
import { contentHash } from './article-id.js';
import { combineFactuality } from './factuality.js';
import type { ActorNode, EventNode, PlaceNode, RelationshipWrite } from './model.js';
import { GAZETTEER_PROVENANCE, locateEvidence, provenanceOf, sentenceCovering } from './provenance.js';
import type { ArticleWrite } from './store.js';

/** An event the article's events may merge into: already stored, or planned earlier in the same run. */
export interface EventCandidate {
  node: EventNode;
  placeId: string | null;
  participantIds: Set<string>;
  articleIds: Set<string>;
}

export interface PlanContext {
  gazetteer: Gazetteer;
  /** Graph ids of the report's articles, by report id. */
  articleIds: Map<string, string>;
  candidates: EventCandidate[];
}

export interface ArticlePlan {
  write: ArticleWrite;
  /** Events of this plan, as candidates for the articles planned after it. */
  events: EventCandidate[];
  mergedEventIds: string[];
}

type ResolvedEntity = { label: 'Actor'; node: ActorNode } | { label: 'Place'; node: PlaceNode };

const DAY_MS = 86_400_000;

/**
 * Turns one article of an extraction report into the graph writes of one
 * transaction: the article, its entities resolved to graph identities through
 * the gazetteer, its events (merged with the same event told elsewhere), and
 * every relationship with its provenance.
 */
export function planArticle(article: ReportArticle, context: PlanContext): ArticlePlan {
  const articleId = requireArticleId(context, article.id);
  const builder = new WriteBuilder(context.gazetteer);
  const resolved = new Map<string, ResolvedEntity>();
  for (const entity of article.entities) {
    const entry = resolveEntity(builder, context.gazetteer, entity);
    resolved.set(entity.id, entry);
    const target = { label: entry.label, id: entry.node.id };
    builder.relationship('MENTIONS', { label: 'Article', id: articleId }, target, articleId, {
      count: Math.max(1, entity.mentions.length),
      articleId,
    });
  }

  linkSources(builder, article, articleId);
  linkArticles(builder, article, articleId, context);

  const linkedArticleIds = new Set(
    [article.linkedFrom, article.duplicateOf].flatMap((id) => (id ? [context.articleIds.get(id) ?? ''] : [])),
  );
  const plannedEvents: EventCandidate[] = [];
  const mergedEventIds: string[] = [];
  for (const event of article.events) {
    const sentences = locateEvidence(article.text, event.evidence ?? article.title);
    const placeId = event.place ? (resolved.get(event.place)?.node.id ?? null) : null;
    const participantIds = new Set(
      event.participants.flatMap((p) =>
        resolved.has(p.entity) ? [resolved.get(p.entity)?.node.id ?? ''] : [],
      ),
    );
    const match = bestCandidate(event, placeId, participantIds, linkedArticleIds, context.candidates);
    const node = match ? mergeEventNode(match.node, event) : newEventNode(articleId, event);
    if (match) mergedEventIds.push(node.id);
    builder.events.set(node.id, node);
    const eventRef = { label: 'Event' as const, id: node.id };
    const mentionsOf = (localId: string) => article.entities.find((e) => e.id === localId)?.mentions ?? [];
    const evidenceFor = (localId: string | null) =>
      provenanceOf(
        articleId,
        localId ? sentenceCovering(sentences, mentionsOf(localId)) : (sentences[0] ?? null),
      );

    builder.relationship(
      'REPORTS',
      { label: 'Article', id: articleId },
      eventRef,
      articleId,
      evidenceFor(null),
    );
    if (placeId && event.place) {
      builder.relationship(
        'OCCURRED_IN',
        eventRef,
        { label: 'Place', id: placeId },
        articleId,
        evidenceFor(event.place),
      );
    }
    for (const participant of event.participants) {
      const entity = resolved.get(participant.entity);
      if (!entity) continue;
      const onBehalfOf = participant.onBehalfOf
        ? (resolved.get(participant.onBehalfOf)?.node.id ?? null)
        : null;
      builder.relationship(
        'PARTICIPATED_IN',
        { label: entity.label, id: entity.node.id },
        eventRef,
        `${articleId}|${participant.role}|${onBehalfOf ?? ''}`,
        { ...evidenceFor(participant.entity), role: participant.role, onBehalfOf },
      );
    }
    for (const claim of event.claims) {
      const claimant = resolved.get(claim.by);
      if (claimant?.label !== 'Actor') continue;
      builder.relationship(
        'CLAIMS',
        { label: 'Actor', id: claimant.node.id },
        eventRef,
        `${articleId}|${claim.stance}`,
        { ...evidenceFor(claim.by), stance: claim.stance },
      );
    }
    const candidate: EventCandidate = {
      node,
      placeId: placeId ?? match?.placeId ?? null,
      participantIds: new Set([...participantIds, ...(match?.participantIds ?? [])]),
      articleIds: new Set([articleId, ...(match?.articleIds ?? [])]),
    };
    plannedEvents.push(candidate);
  }

  return {
    write: {
      article: {
        id: articleId,
        contentHash: contentHash(article.title, article.text),
        title: article.title,
        text: article.text,
        url: article.url ?? null,
        publishedAt: article.publishedAt,
        language: article.language,
        kind: article.kind,
        tags: article.tags,
        searchKey: matchKey(`${article.title} ${article.text}`),
      },
      actors: [...builder.actors.values()],
      places: [...builder.places.values()],
      events: [...builder.events.values()],
      relationships: [...builder.relationships.values()],
    },
    events: plannedEvents,
    mergedEventIds,
  };
}

function requireArticleId(context: PlanContext, reportId: string): string {
  const id = context.articleIds.get(reportId);
  if (!id) throw new Error(`article ${reportId} has no graph id`);
  return id;
}

/** Collects nodes (merged by id) and relationships (unique by type, ends and key). */
class WriteBuilder {
  readonly actors = new Map<string, ActorNode>();
  readonly places = new Map<string, PlaceNode>();
  readonly events = new Map<string, EventNode>();
  readonly relationships = new Map<string, RelationshipWrite>();

  constructor(readonly gazetteer: Gazetteer) {}

  relationship<T extends RelationshipWrite['type']>(
    type: T,
    from: RelationshipWrite['from'],
    to: RelationshipWrite['to'],
    key: string,
    props: RelationshipWrite<T>['props'],
  ): void {
    const id = `${type}|${from.id}|${to.id}|${key}`;
    if (!this.relationships.has(id))
      this.relationships.set(id, { type, from, to, key, props } as RelationshipWrite);
  }

  /** Adds a gazetteer entry with the chain of places or bodies above it. */
  addEntry(entry: GazetteerEntry, extraAliases: string[] = []): ResolvedEntity {
    const resolved = this.addNode(entry, extraAliases);
    for (const ancestor of [entry, ...this.gazetteer.ancestors(entry.id)]) {
      this.addNode(ancestor, []);
      if (ancestor.partOf && this.gazetteer.byId(ancestor.partOf)) {
        this.relationship(
          'PART_OF',
          { label: 'Place', id: ancestor.id },
          { label: 'Place', id: ancestor.partOf },
          '',
          GAZETTEER_PROVENANCE,
        );
      }
      if (ancestor.memberOf && this.gazetteer.byId(ancestor.memberOf)) {
        this.relationship(
          'MEMBER_OF',
          { label: 'Actor', id: ancestor.id },
          { label: 'Actor', id: ancestor.memberOf },
          '',
          GAZETTEER_PROVENANCE,
        );
      }
    }
    return resolved;
  }

  addNode(entry: GazetteerEntry, extraAliases: string[]): ResolvedEntity {
    const aliases = [...new Set([...entry.aliases, ...extraAliases])];
    const base = {
      id: entry.id,
      name: entry.name,
      nameAr: entry.names.ar ?? null,
      nameEn: entry.names.en ?? null,
      aliases,
      aliasKeys: [...new Set(surfaceForms({ ...entry, aliases }).map(matchKey))],
      wikidata: entry.wikidata,
    };
    if (entry.type === 'ACTOR') {
      const node = mergeEntity(this.actors.get(entry.id), { ...base, kind: entry.kind } as ActorNode);
      this.actors.set(node.id, node);
      return { label: 'Actor', node };
    }
    const node = mergeEntity(this.places.get(entry.id), {
      ...base,
      kind: entry.kind,
      lat: entry.lat,
      lon: entry.lon,
    } as PlaceNode);
    this.places.set(node.id, node);
    return { label: 'Place', node };
  }
}

function mergeEntity<T extends ActorNode | PlaceNode>(existing: T | undefined, incoming: T): T {
  if (!existing) return incoming;
  return {
    ...existing,
    aliases: [...new Set([...existing.aliases, ...incoming.aliases])],
    aliasKeys: [...new Set([...existing.aliasKeys, ...incoming.aliasKeys])],
  };
}

/** The gazetteer entry of a report entity: by its canonical name first, then by a single-entry alias. */
function findEntry(gazetteer: Gazetteer, entity: ReportEntity): GazetteerEntry | undefined {
  const byName = gazetteer.byId(entityId(entity.type, entity.name));
  if (byName) return byName;
  for (const form of [entity.name, ...entity.aliases]) {
    const found = gazetteer.lookup(form, entity.type);
    if (found.length === 1) return found[0];
  }
  return undefined;
}

function resolveEntity(builder: WriteBuilder, gazetteer: Gazetteer, entity: ReportEntity): ResolvedEntity {
  const entry = findEntry(gazetteer, entity);
  if (entry) return builder.addEntry(entry, entity.aliases);
  return builder.addNode(unlistedEntry(entity.type, entity.kind, entity.name, entity.aliases), []);
}

/** An entity the gazetteer lacks, as an entry of its own: its name filed as English or Arabic by script. */
function unlistedEntry(
  type: GazetteerEntry['type'],
  kind: GazetteerEntry['kind'],
  name: string,
  aliases: string[],
): GazetteerEntry {
  const isLatin = /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(name);
  return {
    id: entityId(type, name),
    name,
    type,
    kind,
    names: isLatin ? { en: name } : { ar: name },
    aliases,
    wikidata: null,
    partOf: null,
    memberOf: null,
    lat: null,
    lon: null,
  };
}

/** The outlet that published the article and the agencies it cites, as MEDIA actors. */
function linkSources(builder: WriteBuilder, article: ReportArticle, articleId: string): void {
  const from = { label: 'Article' as const, id: articleId };
  const mediaActor = (name: string): ResolvedEntity => {
    const entry = builder.gazetteer.lookup(name, 'ACTOR')[0];
    return entry
      ? builder.addEntry(entry)
      : builder.addNode(unlistedEntry('ACTOR', 'MEDIA', name, [name]), []);
  };
  const provenance = provenanceOf(articleId, null);
  if (article.source) {
    const outlet = mediaActor(article.source);
    builder.relationship('PUBLISHED_BY', from, { label: 'Actor', id: outlet.node.id }, '', provenance);
  }
  for (const agency of article.agencies) {
    const cited = mediaActor(agency);
    builder.relationship('CITES', from, { label: 'Actor', id: cited.node.id }, '', provenance);
  }
}

function linkArticles(
  builder: WriteBuilder,
  article: ReportArticle,
  articleId: string,
  context: PlanContext,
): void {
  const provenance = provenanceOf(articleId, null);
  const linkingId = article.linkedFrom ? context.articleIds.get(article.linkedFrom) : undefined;
  if (linkingId) {
    builder.relationship(
      'LINKS_TO',
      { label: 'Article', id: linkingId },
      { label: 'Article', id: articleId },
      '',
      provenance,
    );
  }
  const originalId = article.duplicateOf ? context.articleIds.get(article.duplicateOf) : undefined;
  if (originalId) {
    builder.relationship(
      'DUPLICATE_OF',
      { label: 'Article', id: articleId },
      { label: 'Article', id: originalId },
      '',
      provenance,
    );
  }
}

/**
 * The stored or planned event this one retells, if any: same type, a shared
 * participant, compatible places, and dates within a day — or, when a date is
 * missing, an event of an article this one links to or duplicates.
 */
function bestCandidate(
  event: ReportEvent,
  placeId: string | null,
  participantIds: Set<string>,
  linkedArticleIds: Set<string>,
  candidates: EventCandidate[],
): EventCandidate | undefined {
  let best: EventCandidate | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    if (candidate.node.type !== event.type) continue;
    if (placeId && candidate.placeId && placeId !== candidate.placeId) continue;
    const shared = [...participantIds].filter((id) => candidate.participantIds.has(id)).length;
    if (shared === 0) continue;
    const dayGap = daysBetween(event.date, candidate.node.date);
    const linked = [...candidate.articleIds].some((id) => linkedArticleIds.has(id));
    if (dayGap === null ? !linked : dayGap > 1) continue;
    const score = shared + (placeId && placeId === candidate.placeId ? 1 : 0) + (dayGap === 0 ? 1 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;
}

function newEventNode(articleId: string, event: ReportEvent): EventNode {
  const id = `event:${createHash('sha256').update(`${articleId}|${event.id}`).digest('hex').slice(0, 16)}`;
  return {
    id,
    type: event.type,
    cameo: CAMEO_ROOT[event.type],
    date: event.date,
    factuality: event.factuality,
    casualties: event.casualties,
  };
}

function mergeEventNode(existing: EventNode, event: ReportEvent): EventNode {
  const casualties = [existing.casualties, event.casualties].filter((n): n is number => n !== null);
  return {
    ...existing,
    date: existing.date ?? event.date,
    factuality: combineFactuality(existing.factuality, event.factuality),
    casualties: casualties.length ? Math.max(...casualties) : null,
  };
}
