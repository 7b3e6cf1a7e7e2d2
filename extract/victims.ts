/**
 * Those an attack killed or wounded are its targets, wherever they stand in the
 * clause: "مقتل 12 جنديا من الجيش النيجيري في هجوم"، "killed 15 soldiers of the
 * army", "killed 15 Nigerien soldiers", "16 قتيلا في صفوف الجيش". A casualty noun
 * names victims after a victim cue (مقتل، إصابة، killing), with or without a
 * number between, or when it names the dead itself (قتلى، ضحايا); so "هاجم مئات
 * المقاتلين من حركة X" keeps its author. An actor named right after a victim cue
 * (مقتل X، استشهاد باقري وسلامي، مقتل رئيس X) and those joined to it by و are victims too.
 */
import {
  type ArticleContext,
  addParticipant,
  clauseStart,
  type EventMention,
  eventTypesAt,
  joinedByAnd,
  matchIn,
  mentionsBetween,
} from './context.js';
import type { EntityMention } from './link.js';
import type { PhraseIndex } from './phrase-index.js';

/** Run before the other role rules, so the subject or agent rules do not make a victim the author. */
export function applyVictims(context: ArticleContext, event: EventMention): void {
  if (!context.resources.files.roles.casualtyTypes.includes(event.type)) return;
  let previous: EntityMention | undefined;
  for (const mention of mentionsBetween(
    context,
    clauseStart(context, event.first),
    reachEnd(context, event),
  )) {
    const listed = previous && joinedByAnd(context, previous, mention);
    const victim = mention.entity.type === 'ACTOR' && (listed || isVictim(context, mention));
    if (victim) addParticipant(event, { entity: mention.entity, role: 'TARGET', onBehalfOf: null });
    previous = victim ? mention : undefined;
  }
}

/** To the end of the sentence ("attacked a base, killing 15 soldiers"), or up to the next act of another kind told in it. */
function reachEnd(context: ArticleContext, event: EventMention): number {
  const last = context.text.sentences[event.sentence]?.last ?? event.last;
  for (let i = event.last + 1; i <= last; i++)
    if (eventTypesAt(context, i).some((type) => type !== event.type)) return i - 1;
  return last;
}

function isVictim(context: ArticleContext, mention: EntityMention): boolean {
  const { victimLinks } = context.resources.phrases;
  if (namedAfterCue(context, mention)) return true;
  const noun = (phraseEndingAt(context, victimLinks, mention.first - 1) ?? mention.first) - 1;
  if (namesVictims(context, noun)) return true;
  return mention.adjectival && namesVictims(context, mention.last + 1, mention.first - 1);
}

/** "مقتل X"، "استشهاد باقري وسلامي"، "مقتل رئيس X": an actor right after a victim cue, or after the titles of one of its people. */
function namedAfterCue(context: ArticleContext, mention: EntityMention): boolean {
  const { phrases } = context.resources;
  let before = mention.first - 1;
  while (before > 0 && !context.mentionAtToken.has(before)) {
    const title = phraseEndingAt(context, phrases.titles, before);
    if (title === undefined) break;
    before = title - 1;
  }
  return phraseEndingAt(context, phrases.victimCues, before) !== undefined;
}

/** A casualty noun at token `noun` that names the dead, or follows a victim cue that ends at `before` or one number earlier. */
function namesVictims(context: ArticleContext, noun: number, before = noun - 1): boolean {
  const { phrases, numbers } = context.resources;
  if (matchIn(context, phrases.deadNouns, noun)?.last === noun) return true;
  if (matchIn(context, phrases.casualtyNouns, noun)?.last !== noun) return false;
  const key = context.tokens[before]?.key ?? '';
  const cueEnd = /^\d/.test(key) || numbers.has(key) ? before - 1 : before;
  return phraseEndingAt(context, phrases.victimCues, cueEnd) !== undefined;
}

/** The first token of a phrase of `index` (of one or two words) that ends at token `last`. */
function phraseEndingAt<T>(context: ArticleContext, index: PhraseIndex<T>, last: number): number | undefined {
  for (let first = last; first >= Math.max(0, last - 1); first--)
    if (matchIn(context, index, first)?.last === last) return first;
  return undefined;
}
