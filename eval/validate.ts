/**
 * Checks that a value is a well-formed extraction report (docs: extraction-format.md).
 *
 * Errors are what makes a report malformed, unusable for scoring or ingest or wrong
 * as a reference: wrong shapes and types, values outside the taxonomy, duplicate ids,
 * references that do not resolve, dates that are not real YYYY-MM-DD days (dates are
 * compared as strings), spans outside the text and mentions whose offsets do not
 * point at their text. Warnings are inconsistencies that do not change what is
 * compared: missing or unquoted evidence, a DELEGATE without onBehalfOf.
 */
import {
  ACTOR_KINDS,
  ARTICLE_KINDS,
  EVENT_TYPES,
  FACTUALITIES,
  PLACE_KINDS,
  ROLES,
  STANCES,
} from '../model/report.js';

export interface Issue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

/** Evidence quotes several passages of the text joined by this separator. */
const EVIDENCE_SEPARATOR = ' … ';

class Issues {
  readonly list: Issue[] = [];

  error(path: string, message: string): void {
    this.list.push({ severity: 'error', path, message });
  }

  warning(path: string, message: string): void {
    this.list.push({ severity: 'warning', path, message });
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The path of an array item: its id when it has one, else its index. */
function itemPath(parent: string, key: string, item: unknown, index: number): string {
  const id = isObject(item) && typeof item.id === 'string' ? item.id : String(index);
  return `${parent}${parent ? '.' : ''}${key}[${id}]`;
}

function requireString(issues: Issues, obj: Json, key: string, path: string, nullable = false): void {
  const value = obj[key];
  if (typeof value === 'string' || (nullable && value === null)) return;
  issues.error(`${path}.${key}`, nullable ? 'must be a string or null' : 'must be a string');
}

function requireEnum(issues: Issues, obj: Json, key: string, path: string, values: readonly string[]): void {
  const value = obj[key];
  if (typeof value === 'string' && values.includes(value)) return;
  issues.error(`${path}.${key}`, `must be one of ${values.join(', ')} (got ${JSON.stringify(value)})`);
}

function requireArray(issues: Issues, obj: Json, key: string, path: string): unknown[] {
  const value = obj[key];
  if (Array.isArray(value)) return value;
  issues.error(`${path}.${key}`, 'must be an array');
  return [];
}

function checkDate(issues: Issues, obj: Json, key: string, path: string): void {
  const value = obj[key];
  if (value === null) return;
  if (typeof value !== 'string') issues.error(`${path}.${key}`, 'must be a YYYY-MM-DD string or null');
  else if (!isIsoDate(value)) issues.error(`${path}.${key}`, `not a valid YYYY-MM-DD date: ${value}`);
}

/** Reports duplicate ids among items and returns the set of ids seen. */
function collectIds(issues: Issues, items: unknown[], path: string, key: string): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (!isObject(item)) return;
    if (typeof item.id !== 'string' || item.id === '') {
      issues.error(itemPath(path, key, item, index), 'id must be a non-empty string');
    } else if (ids.has(item.id)) {
      issues.error(itemPath(path, key, item, index), `duplicate id ${item.id}`);
    } else {
      ids.add(item.id);
    }
  });
  return ids;
}

function checkSpan(issues: Issues, span: Json, path: string, text: string): boolean {
  const { start, end } = span;
  if (!isIndex(start) || !isIndex(end)) {
    issues.error(path, 'start and end must be non-negative integers');
    return false;
  }
  if (start >= end || end > text.length) {
    issues.error(path, `span ${start}-${end} is outside the text (length ${text.length})`);
    return false;
  }
  return true;
}

function checkMention(issues: Issues, mention: unknown, path: string, text: string): void {
  if (!isObject(mention)) {
    issues.error(path, 'must be an object');
    return;
  }
  requireString(issues, mention, 'text', path);
  if (!checkSpan(issues, mention, path, text) || typeof mention.text !== 'string') return;
  const found = text.slice(mention.start as number, mention.end as number);
  if (found !== mention.text) {
    issues.error(path, `text ${JSON.stringify(mention.text)} but the article has ${JSON.stringify(found)}`);
  }
}

function checkEntity(issues: Issues, entity: unknown, path: string, text: string): void {
  if (!isObject(entity)) {
    issues.error(path, 'must be an object');
    return;
  }
  requireString(issues, entity, 'name', path);
  requireEnum(issues, entity, 'type', path, ['ACTOR', 'PLACE']);
  if (entity.type === 'ACTOR' || entity.type === 'PLACE') {
    requireEnum(issues, entity, 'kind', path, entity.type === 'ACTOR' ? ACTOR_KINDS : PLACE_KINDS);
  }
  if (!isStringArray(entity.aliases)) issues.error(`${path}.aliases`, 'must be an array of strings');
  requireArray(issues, entity, 'mentions', path).forEach((mention, index) => {
    checkMention(issues, mention, `${path}.mentions[${index}]`, text);
  });
}

/** Entity types by id, for resolving the references of the article's events. */
type EntityTypes = Map<string, unknown>;

function checkReference(
  issues: Issues,
  obj: Json,
  key: string,
  path: string,
  entities: EntityTypes,
  nullable: boolean,
): void {
  const value = obj[key];
  if (nullable && value === null) return;
  if (typeof value !== 'string') issues.error(`${path}.${key}`, 'must be an entity id');
  else if (!entities.has(value)) issues.error(`${path}.${key}`, `no entity ${value} in this article`);
}

function checkParticipant(issues: Issues, participant: unknown, path: string, entities: EntityTypes): void {
  if (!isObject(participant)) {
    issues.error(path, 'must be an object');
    return;
  }
  checkReference(issues, participant, 'entity', path, entities, false);
  requireEnum(issues, participant, 'role', path, ROLES);
  checkReference(issues, participant, 'onBehalfOf', path, entities, true);
  if (participant.role === 'DELEGATE' && participant.onBehalfOf == null) {
    issues.warning(path, 'a DELEGATE should name the party it acts for in onBehalfOf');
  }
}

function checkClaim(issues: Issues, claim: unknown, path: string, entities: EntityTypes): void {
  if (!isObject(claim)) {
    issues.error(path, 'must be an object');
    return;
  }
  checkReference(issues, claim, 'by', path, entities, false);
  requireEnum(issues, claim, 'stance', path, STANCES);
}

function checkEvidence(issues: Issues, event: Json, path: string, article: Json): void {
  const { evidence } = event;
  if (evidence === undefined) {
    if (article.kind !== 'HEADLINE')
      issues.warning(`${path}.evidence`, 'missing (only a headline may omit it)');
    return;
  }
  if (typeof evidence !== 'string') {
    issues.error(`${path}.evidence`, 'must be a string');
    return;
  }
  const text = typeof article.text === 'string' ? article.text : '';
  const unquoted = evidence
    .split(EVIDENCE_SEPARATOR)
    .filter((part) => part.trim() === '' || !text.includes(part));
  if (unquoted.length > 0) {
    issues.warning(`${path}.evidence`, `not found in the text: ${JSON.stringify(unquoted[0])}`);
  }
}

function checkEvent(
  issues: Issues,
  event: unknown,
  path: string,
  article: Json,
  entities: EntityTypes,
): void {
  if (!isObject(event)) {
    issues.error(path, 'must be an object');
    return;
  }
  requireEnum(issues, event, 'type', path, EVENT_TYPES);
  checkDate(issues, event, 'date', path);
  checkReference(issues, event, 'place', path, entities, true);
  if (typeof event.place === 'string' && entities.has(event.place) && entities.get(event.place) !== 'PLACE') {
    issues.error(`${path}.place`, `${event.place} is not a PLACE entity`);
  }
  requireArray(issues, event, 'participants', path).forEach((participant, index) => {
    checkParticipant(issues, participant, `${path}.participants[${index}]`, entities);
  });
  requireArray(issues, event, 'claims', path).forEach((claim, index) => {
    checkClaim(issues, claim, `${path}.claims[${index}]`, entities);
  });
  requireEnum(issues, event, 'factuality', path, FACTUALITIES);
  if (event.casualties !== null && !isIndex(event.casualties)) {
    issues.error(`${path}.casualties`, 'must be a non-negative integer or null');
  }
  checkEvidence(issues, event, path, article);
}

function checkArticleFields(issues: Issues, article: Json, path: string, articleIds: Set<string>): void {
  requireString(issues, article, 'title', path);
  requireString(issues, article, 'source', path, true);
  if (!isStringArray(article.agencies)) issues.error(`${path}.agencies`, 'must be an array of strings');
  checkDate(issues, article, 'publishedAt', path);
  requireEnum(issues, article, 'language', path, ['ar', 'en']);
  requireEnum(issues, article, 'kind', path, ARTICLE_KINDS);
  if (!isStringArray(article.tags)) issues.error(`${path}.tags`, 'must be an array of strings');
  requireString(issues, article, 'text', path);
  for (const key of ['duplicateOf', 'linkedFrom']) {
    const value = article[key];
    if (value === undefined && key === 'linkedFrom') continue;
    if (value !== null && (typeof value !== 'string' || !articleIds.has(value))) {
      issues.error(
        `${path}.${key}`,
        `must be null or the id of an article of the report (got ${JSON.stringify(value)})`,
      );
    }
  }
  if (article.url !== undefined && article.url !== null && typeof article.url !== 'string') {
    issues.error(`${path}.url`, 'must be a string or null');
  }
}

function checkExcludedSpans(issues: Issues, article: Json, path: string, text: string): void {
  if (article.excludedSpans === undefined) return;
  requireArray(issues, article, 'excludedSpans', path).forEach((span, index) => {
    const spanPath = `${path}.excludedSpans[${index}]`;
    if (!isObject(span)) issues.error(spanPath, 'must be an object');
    else if (checkSpan(issues, span, spanPath, text)) requireString(issues, span, 'reason', spanPath);
  });
}

function checkArticle(issues: Issues, article: unknown, path: string, articleIds: Set<string>): void {
  if (!isObject(article)) {
    issues.error(path, 'must be an object');
    return;
  }
  checkArticleFields(issues, article, path, articleIds);
  const text = typeof article.text === 'string' ? article.text : '';
  checkExcludedSpans(issues, article, path, text);

  const entities = requireArray(issues, article, 'entities', path);
  collectIds(issues, entities, path, 'entities');
  const types: EntityTypes = new Map();
  entities.forEach((entity, index) => {
    checkEntity(issues, entity, itemPath(path, 'entities', entity, index), text);
    if (isObject(entity) && typeof entity.id === 'string') types.set(entity.id, entity.type);
  });

  const events = requireArray(issues, article, 'events', path);
  collectIds(issues, events, path, 'events');
  events.forEach((event, index) => {
    checkEvent(issues, event, itemPath(path, 'events', event, index), article, types);
  });
}

/** All the problems of a would-be report; a report is usable when none is an error. */
export function validateReport(value: unknown): Issue[] {
  const issues = new Issues();
  if (!isObject(value) || !Array.isArray(value.articles)) {
    issues.error('', 'must be an object with an "articles" array');
    return issues.list;
  }
  const articleIds = collectIds(issues, value.articles, '', 'articles');
  value.articles.forEach((article, index) => {
    checkArticle(issues, article, itemPath('', 'articles', article, index), articleIds);
  });
  return issues.list;
}
