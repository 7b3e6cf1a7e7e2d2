/**
 * Where an event happened: the place after the trigger in its clause (else the
 * nearest before it, else one told after "في" in the next clause when that
 * clause tells no event of its own); places joined by و give their lowest common ancestor.
 */
import {
  type ArticleContext,
  clauseLast,
  type EventMention,
  eventTypesAt,
  joinedByAnd,
  matchIn,
  mentionsBetween,
  sameClause,
  sameSentence,
} from './context.js';
import type { EntityMention } from './link.js';
import type { KnownEntity } from './resources.js';

/** The place after the trigger (or inside its words: "توقعان في واشنطن اتفاق") in its clause, else before it; places joined by و give their common ancestor. */
export function findPlace(context: ArticleContext, event: EventMention): KnownEntity | null {
  const window = context.resources.files.roles.window;
  const after = mentionsBetween(context, event.first + 1, nextTrigger(context, event, window)).filter((m) =>
    isEventPlace(context, event, m),
  );
  const before = mentionsBetween(context, event.first - window, event.first - 1).filter((m) =>
    isEventPlace(context, event, m),
  );
  const aside = after.length + before.length === 0 ? placeInEventlessClause(context, event) : undefined;
  const named = after.findIndex((m) => namedAsPlace(context, m));
  const list = named > 0 ? after.slice(named) : after.length > 0 ? after : aside ? [aside] : before.slice(-1);
  const [first] = list;
  if (!first) return null;
  const joined = [first];
  for (const next of list.slice(1)) {
    if (!joinedByAnd(context, joined[joined.length - 1] as EntityMention, next)) break;
    joined.push(next);
  }
  return commonAncestor(
    context,
    joined.map((m) => m.entity),
  );
}

/** "the Red Sea resort of Sharm el-Sheikh": a place a resort, city or town word names. */
function namedAsPlace(context: ArticleContext, mention: EntityMention): boolean {
  const { placeNamedBy } = context.resources.phrases;
  return [mention.first - 1, mention.first - 2].some(
    (k) => k >= 0 && matchIn(context, placeNamedBy, k)?.last === mention.first - 1,
  );
}

/** The tokens beyond the first of each mention right after the trigger: a long name ("الطيران الحربي التابع للقوات المسلحة السودانية") counts as one word. */
function mentionTokensAfter(context: ArticleContext, event: EventMention, window: number): number {
  let extra = 0;
  for (const mention of mentionsBetween(context, event.last + 1, event.last + window))
    extra += mention.last - mention.first;
  return extra;
}

/**
 * The token before the next event trigger after this one, within the window (a
 * name counted as one word): a
 * place after it is that event's ("مفاوضات بشأن وقف إطلاق النار في غزة"), unless
 * those are the talks the event came out of ("اتفقتا خلال المفاوضات في إسطنبول").
 */
function nextTrigger(context: ArticleContext, event: EventMention, window: number): number {
  const last = Math.min(
    event.last + window + mentionTokensAfter(context, event, window),
    context.tokens.length - 1,
  );
  const { originLinks } = context.resources.phrases;
  for (let k = event.last + 1; k <= last; k++) {
    if (context.mentionAtToken.has(k)) continue;
    const origin = [k - 1, k - 2, k - 3].some((j) => (matchIn(context, originLinks, j)?.last ?? -1) >= k - 2);
    if (isTrigger(context, k) && !origin) return k - 1;
  }
  return last;
}

/**
 * "وقعت X وY، أمس في جدة، اتفاقا": the first place after a place word in the
 * clause right after the trigger's, when that clause tells when and where (a
 * day word, no trigger of its own).
 */
function placeInEventlessClause(context: ArticleContext, event: EventMention): EntityMention | undefined {
  const first = clauseLast(context, event.last) + 1;
  if (!sameSentence(context, first, event.last)) return undefined;
  const last = clauseLast(context, first);
  let namesADay = false;
  for (let k = first; k <= last; k++) {
    if (!context.mentionAtToken.has(k) && isTrigger(context, k)) return undefined;
    namesADay ||= namesDay(context, k);
  }
  const { placeCues } = context.resources.phrases;
  const cued = (m: EntityMention) => matchIn(context, placeCues, m.first - 1)?.last === m.first - 1;
  return namesADay
    ? mentionsBetween(context, first, last).find((m) => m.entity.type === 'PLACE' && cued(m))
    : undefined;
}

function namesDay(context: ArticleContext, i: number): boolean {
  const { weekdays, relativeDays, months } = context.resources;
  return [weekdays, relativeDays, months].some((index) => !!matchIn(context, index, i));
}

function isTrigger(context: ArticleContext, i: number): boolean {
  return eventTypesAt(context, i).length > 0;
}

/** A place in the trigger's clause; for an attack, a facility is a target rather than the place. */
function isEventPlace(context: ArticleContext, event: EventMention, mention: EntityMention): boolean {
  const facilityTarget =
    mention.entity.kind === 'FACILITY' && context.resources.files.roles.facilityTargets.includes(event.type);
  return (
    mention.entity.type === 'PLACE' && sameClause(context, mention.first, event.first) && !facilityTarget
  );
}

function commonAncestor(context: ArticleContext, places: KnownEntity[]): KnownEntity | null {
  const [first] = places;
  if (!first || places.length === 1) return first ?? null;
  const { gazetteer } = context.resources;
  const chains = places.map((p) => [p.id, ...gazetteer.ancestors(p.id).map((a) => a.id)]);
  const shared = chains[0]?.find((id) => chains.every((chain) => chain.includes(id)));
  return (shared && gazetteer.byId(shared)) || first;
}
