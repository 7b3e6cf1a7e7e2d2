/**
 * Which events a claim cue covers: those after it in its sentence up to the
 * next cue or a clause that starts anew, or, for a cue placed after what it
 * reports (على ما أعلنت X، بحسب X، "..., the army said"), those before it.
 */
import type { Stance } from '../model/report.js';
import { type ArticleContext, clauseStart, type EventMention, matchIn, sameClause } from './context.js';
import { type ClaimValue, isDateWord } from './resources.js';

export interface ClaimCue {
  first: number;
  last: number;
  value: ClaimValue;
}

/** Words between a time adjunct's preposition and its event ("بعد ساعات من إعلان كييف سحب"). */
const TIME_ADJUNCT_REACH = 5;

/** Words a tail report's subject may take before its cue (", Israel's military said"). */
const TAIL_SUBJECT = 4;

/** Words a suspended event starts within after its cue (تعليق مفاوضات السلام، إلغاء قمة رباعية). */
const SUSPENDED_REACH = 3;

export function stanceOf(value: ClaimValue): Stance {
  if ('suspension' in value) return 'REJECTS';
  return 'stance' in value ? value.stance : 'ASSERTS';
}

/**
 * The events a cue covers, those named only in a time adjunct aside when it
 * reports others. A denial, a characterization or a blame with none after it
 * covers the nearest event before it; a suspension only the talks or agreement
 * right after it.
 */
export function coveredEvents(
  context: ArticleContext,
  cue: ClaimCue,
  cues: ClaimCue[],
  events: EventMention[],
): EventMention[] {
  const sentence = context.tokens[cue.first]?.sentence;
  const inSentence = events.filter((e) => e.sentence === sentence);
  if ('suspension' in cue.value) return suspendedBy(context, cue, inSentence);
  const sinceLastCue = reportedBefore(context, cue, cues, inSentence);
  if (sinceLastCue.length > 0 && placedAfterReport(context, cue)) return sinceLastCue;
  const nextCue = cues.find((c) => c.first > cue.last && context.tokens[c.first]?.sentence === sentence);
  const end = Math.min(nextCue?.first ?? Number.POSITIVE_INFINITY, scopeBreak(context, cue.last));
  const after = inSentence.filter((e) => e.first >= cue.first && e.first < end);
  const reported = after.filter((e) => !inTimeAdjunct(context, cue, e));
  if (reported.length > 0) return reported;
  if (after.length > 0 || nextCue) return after;
  if ('stance' in cue.value && isReportTail(context, cue)) return sinceLastCue;
  const backward =
    'characterization' in cue.value || 'accusation' in cue.value || stanceOf(cue.value) !== 'ASSERTS';
  return backward ? inSentence.filter((e) => e.last < cue.first).slice(-1) : [];
}

/** "... منذ الإعلان عن اتفاق": the event is named only to date what is reported. */
function inTimeAdjunct(context: ArticleContext, cue: ClaimCue, event: EventMention): boolean {
  for (let k = event.first - 1; k > cue.last && k >= event.first - TIME_ADJUNCT_REACH; k--) {
    if (!sameClause(context, k, event.first)) return false;
    if (matchIn(context, context.resources.phrases.timeAdjuncts, k)) return true;
  }
  return false;
}

/** The events of the sentence before the cue and after the cue before it. */
function reportedBefore(
  context: ArticleContext,
  cue: ClaimCue,
  cues: ClaimCue[],
  inSentence: EventMention[],
): EventMention[] {
  const sentence = context.tokens[cue.first]?.sentence;
  const previous = cues.filter((c) => c.last < cue.first && context.tokens[c.first]?.sentence === sentence);
  const from = previous[previous.length - 1]?.last ?? -1;
  return inSentence.filter((e) => e.first > from && e.last < cue.first);
}

/** "على ما أعلنت X" (a postposer right before the cue) or "..., بحسب X" (an attribution not opening its sentence). */
export function placedAfterReport(context: ArticleContext, cue: ClaimCue): boolean {
  if (!('stance' in cue.value)) return false;
  const { postposers, postposedCues } = context.resources.phrases;
  for (const k of [cue.first - 1, cue.first - 2]) {
    if (k >= 0 && matchIn(context, postposers, k)?.last === cue.first - 1) return true;
  }
  return !!matchIn(context, postposedCues, cue.first) && !opensSentence(context, cue.first);
}

/**
 * "..., the army said." / "...، قالت الوزارة.": a cue opening a later clause, or
 * after a short subject opening it, with nothing reported after it.
 */
function isReportTail(context: ArticleContext, cue: ClaimCue): boolean {
  const { tokens, resources } = context;
  const token = tokens[cue.first];
  const sentence = context.text.sentences[token?.sentence ?? -1];
  if (!token || !sentence || tokens[sentence.first]?.clause === token.clause) return false;
  if (cue.first - clauseStart(context, cue.first) > TAIL_SUBJECT) return false;
  for (let i = cue.last + 1; i <= sentence.last; i++) {
    // "..., the army said on Saturday.": a day after "on" is when it was said, not what.
    if (matchIn(context, resources.phrases.speakerEnds, i) && !isDateWord(tokens, i + 1, resources))
      return false;
  }
  return true;
}

function opensSentence(context: ArticleContext, i: number): boolean {
  const sentence = context.text.sentences[context.tokens[i]?.sentence ?? -1];
  return sentence?.first === i;
}

/** "أعلن X تعليق مفاوضات السلام": the talks or agreement starting right after the cue. */
function suspendedBy(context: ArticleContext, cue: ClaimCue, inSentence: EventMention[]): EventMention[] {
  const types = context.resources.files.claims.suspendedTypes;
  const event = inSentence.find(
    (e) => types.includes(e.type) && e.first > cue.last && e.first - cue.last <= SUSPENDED_REACH,
  );
  return event ? [event] : [];
}

function scopeBreak(context: ArticleContext, from: number): number {
  const sentence = context.tokens[from]?.sentence;
  for (let i = from + 1; i < context.tokens.length && context.tokens[i]?.sentence === sentence; i++) {
    if (matchIn(context, context.resources.phrases.scopeBreakers, i)) return i;
  }
  return Number.POSITIVE_INFINITY;
}
