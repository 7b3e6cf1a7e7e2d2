/**
 * Event triggers: lexicon phrases found in the article body (not inside a name),
 * clustered so that one clause's triggers of one type make one event. A
 * statement is an event only in a sentence that has no other.
 */
import type { EventType } from '../model/report.js';
import { type ArticleContext, type EventMention, matchIn } from './context.js';

interface TriggerHit {
  type: EventType;
  first: number;
  last: number;
  headLast: number;
  verbal: boolean;
}

/** The event mentions of the article, in text order, without arguments yet. */
export function findEventMentions(context: ArticleContext): EventMention[] {
  const hits = dropVerbsOfEventNouns(findTriggers(context));
  const clusters = clusterHits(context, retypeOperations(context, hits));
  return dropStatementsBesideEvents(context, clusters).map((hit) => newEventMention(context, hit));
}

function findTriggers(context: ArticleContext): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const { tokens } = context;
  let irrealisClause = -1;
  let irrealisCue = -1;
  for (let i = 0; i < tokens.length; i++) {
    const irrealis = matchIn(context, context.resources.phrases.irrealisCues, i);
    if (irrealis) {
      irrealisClause = tokens[i]?.clause ?? -1;
      irrealisCue = irrealis.last;
    }
    const wished = tokens[i]?.clause === irrealisClause && i > irrealisCue;
    if (!context.isBody(i) || context.mentionAtToken.has(i) || wished) continue;
    const match = matchIn(context, context.resources.triggers, i);
    if (!match) continue;
    for (const value of match.values)
      if ('type' in value && !(value.type === 'WITHDRAWAL' && fromNoGround(context, match.last)))
        hits.push({ type: value.type, first: i, last: match.last, headLast: match.last, verbal: value.verb });
    i = match.last;
  }
  return hits;
}

/** "الانسحاب من بطولة"، "withdrew from the talks": what is left is no ground. */
function fromNoGround(context: ArticleContext, last: number): boolean {
  const from = context.tokens[last + 1]?.key;
  if (from !== 'من' && from !== 'from') return false;
  return !!matchIn(context, context.resources.phrases.withdrawnFrom, last + 2);
}

/** "دخل الاتفاق حيز التنفيذ", "وقع الهجوم": a verb whose subject is another event's noun only tells of that event. */
function dropVerbsOfEventNouns(hits: TriggerHit[]): TriggerHit[] {
  return hits.filter((hit, k) => {
    const next = hits[k + 1];
    const subjectIsEvent = next && next.first === hit.last + 1 && next.type !== hit.type && !next.verbal;
    return !(hit.verbal && hit.type !== 'STATEMENT' && subjectIsEvent);
  });
}

/** An operation with a target (على/ضد) or beside an attack trigger in its sentence (a drone, a missile) is that attack; a siege and a named operation stay what they are. */
function retypeOperations(context: ArticleContext, hits: TriggerHit[]): TriggerHit[] {
  const types = context.resources.files.events.types;
  return hits.map((hit) => {
    const becomes = types[hit.type].withTargetBecomes;
    const sentence = context.tokens[hit.first]?.sentence;
    const beside = hits.some(
      (other) => other.type === becomes && context.tokens[other.first]?.sentence === sentence,
    );
    const kept =
      matchIn(context, context.resources.phrases.keptWithTarget, hit.first)?.last === hit.last ||
      isNamedOperation(context, hit);
    return becomes && !kept && (beside || hasTargetCue(context, hit)) ? { ...hit, type: becomes } : hit;
  });
}

/** "عملية «الفجر»"، "عملية أطلق عليها اسم"، "an operation dubbed": a quoted name or a naming phrase right after the trigger. */
function isNamedOperation(context: ArticleContext, hit: TriggerHit): boolean {
  const next = hit.last + 1;
  const quoted = /["«“]/.test(context.tokens[next]?.punctBefore ?? '');
  return quoted || !!matchIn(context, context.resources.phrases.operationNamedBy, next);
}

/** "على/ضد" after the trigger in its clause. */
function hasTargetCue(context: ArticleContext, hit: TriggerHit): boolean {
  const { tokens, resources } = context;
  for (let i = hit.last + 1; i < tokens.length; i++) {
    if (tokens[i]?.clause !== tokens[hit.first]?.clause) return false;
    const cue = matchIn(context, resources.roleCues, i);
    if (cue?.values.some((c) => c.role === 'TARGET')) return true;
  }
  return false;
}

function clusterHits(context: ArticleContext, hits: TriggerHit[]): TriggerHit[] {
  const window = context.resources.files.events.clusterWindow;
  const clusters: TriggerHit[] = [];
  for (const hit of hits) {
    const joined = clusters.find(
      (c) =>
        c.type === hit.type &&
        context.tokens[c.first]?.clause === context.tokens[hit.first]?.clause &&
        hit.first - c.last <= window,
    );
    if (joined) joined.last = Math.max(joined.last, hit.last);
    else clusters.push({ ...hit });
  }
  return clusters;
}

function dropStatementsBesideEvents(context: ArticleContext, hits: TriggerHit[]): TriggerHit[] {
  const sentencesWithEvents = new Set(
    hits.filter((h) => h.type !== 'STATEMENT').map((h) => context.tokens[h.first]?.sentence),
  );
  const kept: TriggerHit[] = [];
  for (const hit of hits) {
    const sentence = context.tokens[hit.first]?.sentence;
    const isStatement = hit.type === 'STATEMENT';
    if (
      isStatement &&
      (sentencesWithEvents.has(sentence) ||
        kept.some((k) => k.type === hit.type && context.tokens[k.first]?.sentence === sentence))
    )
      continue;
    kept.push(hit);
  }
  return kept;
}

function newEventMention(context: ArticleContext, hit: TriggerHit): EventMention {
  const token = context.tokens[hit.first];
  return {
    type: hit.type,
    first: hit.first,
    last: hit.last,
    headLast: hit.headLast,
    verbal: hit.verbal,
    sentence: token?.sentence ?? 0,
    clause: token?.clause ?? 0,
    participants: [],
    place: null,
    date: null,
    when: null,
    weaklyDated: false,
    casualties: null,
    claims: [],
    bothSides: false,
    statedByOutlet: true,
    sentences: [token?.sentence ?? 0],
  };
}
