/**
 * One segment of a page through the stages: linking, discovery, events with
 * their arguments, dates and claims, merging; then the report's article.
 */
import type { ArticleKind, Language, ReportArticle, ReportEntity, ReportEvent } from '../model/report.js';
import { anaphorMentions } from './anaphora.js';
import { findCasualties } from './casualties.js';
import { applyClaims } from './claims.js';
import { type ArticleContext, createContext, type EventMention } from './context.js';
import { attachDates, findDates } from './dates.js';
import { cuedDelegates } from './delegates.js';
import { discoverEntities, withHonorifics } from './discover.js';
import {
  continuationEvents,
  dropPersonSides,
  personsAsDelegates,
  titledDelegates,
} from './event-completion.js';
import { findPlace } from './event-place.js';
import { findEventMentions } from './events.js';
import { type EntityMention, linkEntities } from './link.js';
import { factualityOf, mergeEventMentions } from './merge.js';
import type { ExtractionResources, KnownEntity } from './resources.js';
import { applyLaterDelegations, fillArguments } from './roles.js';
import type { Segment } from './segment.js';
import { resolveBothSides } from './sides.js';
import { shareTalksAndAccordSides } from './talks-and-accords.js';
import { sentenceText, type TokenizedText, tokenize } from './tokens.js';

export interface ArticleHeader {
  id: string;
  title: string;
  kind: ArticleKind;
  source: string | null;
  publishedAt: string | null;
  language: Language;
  duplicateOf: string | null;
  linkedFrom: string | null;
  url: string | null;
}

const EVIDENCE_JOINER = ' … ';

/** Runs every stage on a segment and assembles its report article. */
export function analyzeSegment(
  segment: Segment,
  header: ArticleHeader,
  resources: ExtractionResources,
): ReportArticle {
  const text = tokenize(segment.text);
  const context = articleContext(text, segment, resources);
  const events = header.kind === 'NON_NEWS' ? [] : extractEvents(context, header.publishedAt);
  const entities = reportEntities(header.id, context.mentions);
  return {
    id: header.id,
    title: header.title,
    source: header.source,
    agencies: citedAgencies(context),
    publishedAt: header.publishedAt,
    language: header.language,
    kind: header.kind,
    duplicateOf: header.duplicateOf,
    linkedFrom: header.linkedFrom,
    url: header.url,
    tags: segment.tags,
    text: segment.text,
    ...(segment.excludedSpans.length > 0 ? { excludedSpans: segment.excludedSpans } : {}),
    entities,
    events: events.map((event, k) =>
      reportEvent(`${header.id}:ev${k + 1}`, event, header, context, entities),
    ),
  };
}

function inSpans(spans: { start: number; end: number }[], offset: number): boolean {
  return spans.some((span) => offset >= span.start && offset < span.end);
}

function articleContext(
  text: TokenizedText,
  segment: Segment,
  resources: ExtractionResources,
): ArticleContext {
  const linked = linkEntities(text, resources).filter((m) => !inSpans(segment.excludedSpans, m.start));
  const discovered = discoverEntities(text, linked, resources).filter(
    (m) => !inSpans(segment.excludedSpans, m.start),
  );
  const mentions = withHonorifics(text, [...linked, ...discovered], resources).sort(
    (a, b) => a.first - b.first,
  );
  const skipped = [...segment.excludedSpans, ...segment.metaSpans];
  const body = text.tokens.map((token) => !inSpans(skipped, token.start));
  const isBody = (i: number) => body[i] ?? false;
  const anaphors = anaphorMentions(createContext(text, mentions, resources, isBody));
  const all = [...mentions, ...anaphors].sort((a, b) => a.first - b.first);
  return createContext(text, all, resources, isBody);
}

function extractEvents(context: ArticleContext, publishedAt: string | null): EventMention[] {
  const mentions = findEventMentions(context).flatMap((event) => {
    fillArguments(context, event);
    event.place = findPlace(context, event);
    event.casualties = findCasualties(context, event);
    return [event, ...continuationEvents(context, event)];
  });
  applyLaterDelegations(context, mentions);
  resolveBothSides(mentions);
  attachDates(context, mentions, findDates(context, publishedAt), publishedAt);
  applyClaims(context, mentions);
  const events = mergeEventMentions(mentions, context.resources);
  for (const event of events) {
    personsAsDelegates(context, event);
    titledDelegates(context, event);
    dropPersonSides(context, event);
  }
  cuedDelegates(context, events);
  shareTalksAndAccordSides(events);
  return events.filter((event) => isAnchored(event) && !isOutletsRelayOnly(event));
}

/** An event that names neither who took part nor where is no fact the graph can hold. */
function isAnchored(event: EventMention): boolean {
  return event.participants.length > 0 || event.place !== null;
}

/** An outlet relaying an unnamed source ("نقلت وكالة X عن مصدر أمني أن") states nothing itself. */
function isOutletsRelayOnly(event: EventMention): boolean {
  return (
    event.type === 'STATEMENT' &&
    event.participants.length > 0 &&
    event.participants.every((p) => p.entity.kind === 'MEDIA')
  );
}

/** MEDIA actors named right after "وكالة". */
function citedAgencies(context: ArticleContext): string[] {
  const agencies = new Set<string>();
  for (let i = 0; i < context.tokens.length; i++) {
    const cue = context.resources.phrases.agencyCues.matchAt(context.tokens, i);
    const mention = cue ? context.mentionAtToken.get(cue.last + 1) : undefined;
    if (mention?.entity.kind === 'MEDIA') agencies.add(mention.entity.name);
  }
  return [...agencies];
}

function reportEntities(articleId: string, mentions: EntityMention[]): ReportEntity[] {
  const byEntity = new Map<string, ReportEntity>();
  const usedIds = new Set<string>();
  for (const mention of mentions) {
    if (mention.anaphor) continue;
    const { entity } = mention;
    let report = byEntity.get(entity.id);
    if (!report) {
      report = newReportEntity(articleId, entity, usedIds);
      byEntity.set(entity.id, report);
    }
    for (const alias of [mention.text, ...(mention.aliases ?? [])])
      if (!report.aliases.includes(alias)) report.aliases.splice(report.aliases.length - 1, 0, alias);
    report.mentions.push({ text: mention.text, start: mention.start, end: mention.end });
  }
  return [...byEntity.values()];
}

function newReportEntity(articleId: string, entity: KnownEntity, usedIds: Set<string>): ReportEntity {
  const slug = entity.id.slice(entity.id.indexOf(':') + 1);
  const id = usedIds.has(`${articleId}:${slug}`)
    ? `${articleId}:${slug}-${entity.type.toLowerCase()}`
    : `${articleId}:${slug}`;
  usedIds.add(id);
  return {
    id,
    name: entity.name,
    type: entity.type,
    kind: entity.kind,
    aliases: [entity.name],
    mentions: [],
  };
}

function reportEvent(
  id: string,
  event: EventMention,
  header: ArticleHeader,
  context: ArticleContext,
  entities: ReportEntity[],
): ReportEvent {
  const idOf = (entity: KnownEntity) => entityReportId(entity, entities, header.id);
  const sentences = [...event.sentences].sort((a, b) => a - b);
  return {
    id,
    type: event.type,
    date: event.date,
    place: event.place ? idOf(event.place) : null,
    participants: event.participants.map((p) => ({
      entity: idOf(p.entity),
      role: p.role,
      onBehalfOf: p.onBehalfOf ? idOf(p.onBehalfOf) : null,
    })),
    claims: event.claims.map((c) => ({ by: idOf(c.by), stance: c.stance })),
    factuality: factualityOf(event, context.resources),
    casualties: event.casualties,
    evidence: sentences.map((s) => sentenceText(context.text, s)).join(EVIDENCE_JOINER),
  };
}

/** The report id of an entity, adding it to the article's entities when only an event names it (a state standing behind its ministry). */
function entityReportId(entity: KnownEntity, entities: ReportEntity[], articleId: string): string {
  const found = entities.find((e) => e.name === entity.name && e.type === entity.type);
  if (found) return found.id;
  const added = newReportEntity(articleId, entity, new Set(entities.map((e) => e.id)));
  entities.push(added);
  return added.id;
}
