/**
 * Who speaks through a claim cue: the subject before it or the speaker phrase
 * after it (a title chain, a spokesperson and the body they speak for, an
 * anaphoric noun for a body named before), the source a relay quotes, the
 * outlet told, the parties of an accusation, a headline's "X:" speaker.
 */
import { type ClaimCue, stanceOf } from './claim-scope.js';
import {
  type ArticleContext,
  type EventMention,
  joinedByAnd,
  matchIn,
  mentionsBetween,
  sameClause,
  sameSentence,
} from './context.js';
import type { EntityMention } from './link.js';
import type { KnownEntity } from './resources.js';
import { isLatinWord } from './tokens.js';

/** An indefinite word with a possessive suffix (طاقمها، قادتهم). */
const POSSESSED_NOUN = /^(?!ال)\S{2,}(ها|هم|هما)$/;

/** A cue with its speaker and the events it covered: the next cues may go on with it. */
export interface SpeechTurn {
  cue: ClaimCue;
  speaker: KnownEntity;
  events: EventMention[];
}

/**
 * "X ينفي" (actor right before), else the last actor of the phrase after the cue
 * ("قالت وزارة ... إن"; an anaphoric noun such as وقالت الوزارة is a mention of its
 * antecedent already, anaphora.ts). A suspension with no actor before it is the
 * act of the reporting cue's speaker just before it (أعلن X تعليق المفاوضات).
 */
export function findSpeaker(
  context: ArticleContext,
  cue: ClaimCue,
  previous: SpeechTurn | null,
): KnownEntity | null {
  const before = subjectOf(context, cue);
  if (before) return before.entity;
  if ('suspension' in cue.value) return reportedJustBefore(context, cue, previous);
  const after = subjectFirst(context, cue) ? [] : speakerPhrase(context, cue);
  const speakers = after.filter((m) => !isToldOutlet(context, m) && !isModifier(context, m));
  const last = speakers[speakers.length - 1];
  if (last) return last.entity;
  const backward = 'characterization' in cue.value || stanceOf(cue.value) !== 'ASSERTS';
  return backward && !ownSubjectAfter(context, cue) ? nearestActorBefore(context, cue.first) : null;
}

/** "بعد رفض طاقمها الاستجابة": a noun with a possessive suffix right after the cue is who rejects, not an actor named before. */
function ownSubjectAfter(context: ArticleContext, cue: ClaimCue): boolean {
  const next = cue.last + 1;
  return !context.mentionAtToken.has(next) && POSSESSED_NOUN.test(context.tokens[next]?.key ?? '');
}

/**
 * An English reporting verb has its subject before it ("Katz said Israel
 * would ..."): what follows it is the report; only "according to X" and a verb
 * right after a quote ('"...," said Katz') name their source after.
 */
function subjectFirst(context: ArticleContext, cue: ClaimCue): boolean {
  return (
    isLatinWord(context.tokens[cue.first]) &&
    !matchIn(context, context.resources.phrases.postposedCues, cue.first) &&
    !afterQuote(context, cue.first)
  );
}

/** '"...," said X': an English reporting verb right after a closing quote and its comma has its subject after it. */
function afterQuote(context: ArticleContext, i: number): boolean {
  const punct = context.tokens[i]?.punctBefore ?? '';
  return /["”'’]/.test(punct) && /[,،]/.test(punct);
}

/**
 * A nisba (مصادر أمنية سودانية) or a possessive ("Ukraine's Air Force") modifies an unnamed speaker;
 * after a side noun (الجانب الأرمني، الوفد الروسي) the nisba names the side that speaks.
 */
function isModifier(context: ArticleContext, mention: EntityMention): boolean {
  const next = context.tokens[mention.last + 1];
  const sideNoun = matchIn(context, context.resources.phrases.sideNouns, mention.first - 1);
  if (mention.adjectival) return sideNoun?.last !== mention.first - 1;
  return next?.key === 's' && /['’]/.test(next.punctBefore);
}

function reportedJustBefore(
  context: ArticleContext,
  cue: ClaimCue,
  previous: SpeechTurn | null,
): KnownEntity | null {
  if (!previous || !sameSentence(context, previous.cue.last, cue.first)) return null;
  const near = cue.first - previous.cue.last <= context.resources.files.claims.speakerWindow;
  return near ? previous.speaker : null;
}

/** Who else speaks through the cue: the source a relay quotes (نقلت X عن Y) and the outlet told (قال X لوكالة Y). */
export function otherVoices(
  context: ArticleContext,
  cue: ClaimCue,
  claimant: KnownEntity | null,
  previous: SpeechTurn | null,
): KnownEntity[] {
  const voices = [
    relaySource(context, cue),
    toldOutlet(context, cue),
    spokenFor(context, cue, claimant, previous),
    ...coSpeakers(context, cue),
  ];
  return voices.filter((v): v is KnownEntity => v !== null && v.id !== claimant?.id);
}

/**
 * "المتحدث باسم الجيش X" (after the cue or before it), "army spokesman X": the
 * body a spokesperson speaks for keeps the claim; the body may be an anaphoric
 * noun (باسم الحكومة) or, with "باسمه", the speaker before.
 */
function spokenFor(
  context: ArticleContext,
  cue: ClaimCue,
  claimant: KnownEntity | null,
  previous: SpeechTurn | null,
): KnownEntity | null {
  if (claimant?.kind !== 'PERSON') return null;
  const subject = subjectOf(context, cue);
  const person =
    subject?.entity.id === claimant.id
      ? subject
      : speakerPhrase(context, cue).find((m) => m.entity.id === claimant.id);
  if (!person) return null;
  const { phrases, files } = context.resources;
  const from = person === subject ? person.first - files.claims.speakerWindow : cue.last + 1;
  for (let j = Math.max(0, from); j < person.first; j++) {
    if (!sameSentence(context, j, person.first)) continue;
    if (phrases.spokespersonForSpeaker.matchAt(context.tokens, j))
      return previous && previous.speaker.kind !== 'PERSON' ? previous.speaker : null;
    if (j + 1 === person.first && phrases.spokespersonNouns.matchAt(context.tokens, j))
      return bodyEndingNear(context, j - 1);
    if (!phrases.spokespersonFor.matchAt(context.tokens, j)) continue;
    const body = context.mentionAtToken.get(j + 1);
    return body?.first === j + 1 && isBody(body) ? body.entity : null;
  }
  return null;
}

/** "Qatari Foreign Ministry spokesman", "Houthi military spokesman": the body a word or two before the noun. */
function bodyEndingNear(context: ArticleContext, i: number): KnownEntity | null {
  for (const k of [i, i - 1]) {
    const mention = context.mentionAtToken.get(k);
    if (mention?.last === k && mention.entity.type === 'ACTOR' && mention.entity.kind !== 'PERSON')
      return mention.entity;
  }
  return null;
}

function isBody(mention: EntityMention): boolean {
  return mention.entity.type === 'ACTOR' && !mention.adjectival && mention.entity.kind !== 'PERSON';
}

/** "بيان مشترك صادر عن X وY": the actors joined by و to the last of the speaker phrase speak with it. */
function coSpeakers(context: ArticleContext, cue: ClaimCue): KnownEntity[] {
  const phrase = speakerPhrase(context, cue).filter((m) => !m.adjectival);
  const joined: KnownEntity[] = [];
  for (let k = phrase.length - 1; k > 0; k--) {
    const [previous, next] = [phrase[k - 1], phrase[k]];
    if (!previous || !next || !joinedByAnd(context, previous, next)) break;
    joined.push(previous.entity);
  }
  return joined;
}

/** The last actor of the phrase after the relay's "عن": the quoted source (not a nisba: مصدر أوكراني is no state speaking). */
function relaySource(context: ArticleContext, cue: ClaimCue): KnownEntity | null {
  if (!('relay' in cue.value)) return null;
  const { tokens, resources } = context;
  const end = Math.min(tokens.length - 1, cue.last + resources.files.claims.speakerWindow);
  for (let i = cue.last + 1; i <= end && sameClause(context, i, cue.last); i++) {
    const from = matchIn(context, resources.phrases.speakerEnds, i);
    if (!from) continue;
    const source = speakerPhrase(context, { ...cue, first: i, last: from.last }).filter((m) => !m.adjectival);
    return source[source.length - 1]?.entity ?? null;
  }
  return null;
}

/** An outlet the speaker told, written with the dative prefix (لوكالة، لرويترز) before the speech itself, or right after "told". */
function toldOutlet(context: ArticleContext, cue: ClaimCue): KnownEntity | null {
  const { tokens, resources } = context;
  const object = context.mentionAtToken.get(cue.last + 1);
  const told = matchIn(context, resources.phrases.toldVerbs, cue.first);
  if (told && object?.first === cue.last + 1 && object.entity.kind === 'MEDIA') return object.entity;
  const end = Math.min(tokens.length - 1, cue.last + 2 * resources.files.claims.speakerWindow);
  for (let i = cue.last + 1; i <= end && sameClause(context, i, cue.last); i++) {
    if (matchIn(context, resources.phrases.speakerEnds, i)) return null;
    const mention = context.mentionAtToken.get(i);
    if (mention?.first === i && isToldOutlet(context, mention)) return mention.entity;
  }
  return null;
}

function isToldOutlet(context: ArticleContext, mention: EntityMention): boolean {
  const token = context.tokens[mention.first];
  const prefix = token ? context.text.original.slice(token.start, mention.start) : '';
  return mention.entity.kind === 'MEDIA' && context.resources.files.claims.dativePrefixes.includes(prefix);
}

/** Where the subject before a cue ends, past an auxiliary ("X قد أعلن"). */
function subjectEnd(context: ArticleContext, cueFirst: number): number {
  const auxiliary = matchIn(context, context.resources.phrases.auxiliaries, cueFirst - 1);
  return auxiliary ? cueFirst - 2 : cueFirst - 1;
}

/**
 * The actor right before the cue: not one before a colon (a byline: “القدس
 * العربي”: أعلنت ...), and none before an attribution (..., بحسب X).
 */
function subjectOf(context: ArticleContext, cue: ClaimCue): EntityMention | undefined {
  if (matchIn(context, context.resources.phrases.postposedCues, cue.first)) return undefined;
  const subject = actorEndingAt(context, subjectEnd(context, cue.first));
  const colon = context.tokens[(subject?.last ?? 0) + 1]?.punctBefore.includes(':');
  return subject && !colon ? subject : undefined;
}

function actorEndingAt(context: ArticleContext, i: number): EntityMention | undefined {
  const mention = context.mentionAtToken.get(i);
  const sameSentence = context.tokens[i]?.sentence === context.tokens[i + 1]?.sentence;
  return mention?.entity.type === 'ACTOR' && mention.last === i && sameSentence ? mention : undefined;
}

/**
 * Actors after the cue up to a complementizer, a clause end, a trigger or a
 * victim cue (أكدت مصادر مقتل X: X died, he does not speak), the window's end or a modifier naming the speaker's patron (المرتبطة بـ، المدعومة من).
 * A title chain naming no person goes on into a clause in apposition that
 * names one ("قائد الجيش رئيس المجلس، الفريق أول فلان،"); a person ends the speaker.
 */
function speakerPhrase(context: ArticleContext, cue: ClaimCue): EntityMention[] {
  const { tokens, resources } = context;
  const found: EntityMention[] = [];
  let end = Math.min(tokens.length - 1, cue.last + resources.files.claims.speakerWindow);
  let clauseOf = cue.last;
  for (let i = cue.last + 1; i <= end; i++) {
    const issuer = matchIn(context, resources.phrases.issuedBy, i);
    if (issuer) i = issuer.last + 1;
    if (!sameClause(context, i, clauseOf) && found.length > 0 && appositivePerson(context, i, found)) {
      clauseOf = i;
      end = Math.min(tokens.length - 1, i + resources.files.claims.speakerWindow);
    }
    if (!sameClause(context, i, clauseOf) || (!issuer && matchIn(context, resources.phrases.speakerEnds, i)))
      break;
    const { affiliationModifiers, reportNouns } = resources.phrases;
    if (found.length > 0 && (matchIn(context, affiliationModifiers, i) || matchIn(context, reportNouns, i)))
      break;
    const mention = context.mentionAtToken.get(i);
    if (!mention && (isEventTrigger(context, i) || matchIn(context, resources.phrases.victimCues, i))) break;
    if (mention?.first === i && mention.entity.type === 'ACTOR') {
      if (addressed(context, found, mention)) break;
      found.push(mention);
    }
    if (mention) i = mention.last;
  }
  return found;
}

/** A person completes the speaker: an actor after it not joined by و is whom the speaker told (أبلغ X الرئيس Y بأن). */
function addressed(context: ArticleContext, found: EntityMention[], next: EntityMention): boolean {
  const last = found[found.length - 1];
  const person = found.some((m) => m.entity.kind === 'PERSON');
  return !!last && person && !joinedByAnd(context, last, next);
}

/** The clause opening at `i` names a person, and the title chain before it none. */
function appositivePerson(context: ArticleContext, i: number, found: EntityMention[]): boolean {
  if (found.some((m) => m.entity.kind === 'PERSON') || !sameSentence(context, i, i - 1)) return false;
  const window = context.resources.files.claims.speakerWindow;
  for (let k = i; k < i + window && sameClause(context, k, i); k++) {
    if (matchIn(context, context.resources.phrases.speakerEnds, k)) return false;
    if (context.mentionAtToken.get(k)?.entity.kind === 'PERSON') return true;
  }
  return false;
}

/** A trigger of an event other than a statement: "بيان مشترك صادر عن X" still names the speaker. */
function isEventTrigger(context: ArticleContext, i: number): boolean {
  const match = matchIn(context, context.resources.triggers, i);
  return !!match?.values.some((v) => !('type' in v) || v.type !== 'STATEMENT');
}

function nearestActorBefore(context: ArticleContext, i: number): KnownEntity | null {
  const sentence = context.tokens[i]?.sentence;
  for (let k = i - 1; k >= 0 && context.tokens[k]?.sentence === sentence; k--) {
    const mention = context.mentionAtToken.get(k);
    if (mention?.entity.type === 'ACTOR') return mention.entity;
  }
  return null;
}

/**
 * "X يتهم Y بـ..." or "اتهمت X Y بـ...": the accuser and the accused; a
 * participle (..., متهمة Y بـ) accuses for the speaker before it.
 */
export function accusationParties(context: ArticleContext, cue: ClaimCue, previous: SpeechTurn | null) {
  const after = mentionsBetween(
    context,
    cue.last + 1,
    cue.last + context.resources.files.roles.window,
  ).filter((m) => m.entity.type === 'ACTOR' && sameClause(context, m.first, cue.last));
  if (matchIn(context, context.resources.phrases.accusationParticiples, cue.first)) {
    const speaker = previous && sameSentence(context, previous.cue.last, cue.first) ? previous.speaker : null;
    return {
      speaker: speaker ?? firstActorOfSentence(context, cue.first),
      accused: after[0]?.entity ?? null,
    };
  }
  const before = actorEndingAt(context, cue.first - 1);
  if (before) return { speaker: before.entity, accused: after[0]?.entity ?? null };
  return {
    speaker: after.length > 1 ? (after[0]?.entity ?? null) : null,
    accused: after[after.length - 1]?.entity ?? null,
  };
}

function firstActorOfSentence(context: ArticleContext, i: number): KnownEntity | null {
  const sentence = context.text.sentences[context.tokens[i]?.sentence ?? -1];
  for (let k = sentence?.first ?? i; k < i; k++) {
    const mention = context.mentionAtToken.get(k);
    if (mention?.entity.type === 'ACTOR') return mention.entity;
  }
  return null;
}

/** A headline's "X: ..." speaker. */
export function colonSpeaker(context: ArticleContext, i: number): KnownEntity | null {
  const sentence = context.text.sentences[context.tokens[i]?.sentence ?? -1];
  if (!sentence) return null;
  const opening = context.mentionAtToken.get(sentence.first);
  const next = opening ? context.tokens[opening.last + 1] : undefined;
  return opening?.entity.type === 'ACTOR' && next?.punctBefore.includes(':') && next.index <= i
    ? opening.entity
    : null;
}

/** A cue opening its sentence with no subject of its own ("وأضاف: ...") continues the previous speaker. */
export function continuesSpeech(context: ArticleContext, cue: ClaimCue): boolean {
  const sentence = context.text.sentences[context.tokens[cue.first]?.sentence ?? -1];
  const next = context.tokens[cue.last + 1];
  return sentence?.first === cue.first && (!next || /[:"]/.test(next.punctBefore));
}
