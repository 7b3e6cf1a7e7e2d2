/**
 * Argument patterns: who takes which role in an event, from cue words around
 * the trigger (roles.json): "بين X و Y",
 * "بوساطة X", "شن X هجوما على Y", "وفد X ... ضم A، وB", the subject before the
 * trigger and the agent right after a verbal noun.
 */
import type { EventType, Role } from '../model/report.js';
import {
  type ArticleContext,
  addParticipant,
  clauseLast,
  clauseStart,
  type EventMention,
  eventTypesAt,
  joinedByAnd,
  matchIn,
  mentionsBetween,
  sameClause,
} from './context.js';
import type { RoleCue } from './lexicon-files.js';
import type { EntityMention } from './link.js';
import { isDateWord, type KnownEntity } from './resources.js';
import { isLatinWord } from './tokens.js';
import { applyUndergoers, undergoVerbAt } from './undergoers.js';
import { applyVictims } from './victims.js';

/** Fills the participants of an event mention. */
export function fillArguments(context: ArticleContext, event: EventMention): void {
  applyVictims(context, event);
  applyUndergoers(context, event);
  applyBrokers(context, event);
  applyAdjectiveOrAgent(context, event);
  applyAdjectiveBefore(context, event);
  applyCueRules(context, event);
  applySubject(context, event);
  applyFacilityTargets(context, event);
  event.bothSides = sideWordInClause(context, event);
}

/** "a US-brokered deal", "Qatari-mediated talks": the actor joined to the word by a hyphen mediates. */
function applyBrokers(context: ArticleContext, event: EventMention): void {
  if (!context.resources.files.roles.cues.some((c) => c.role === 'MEDIATOR' && c.types.includes(event.type)))
    return;
  const from = clauseStart(context, event.first);
  for (const mention of mentionsBetween(context, from, clauseLast(context, event.last))) {
    if (mention.entity.type === 'ACTOR' && isBroker(context, mention))
      addParticipant(event, { entity: mention.entity, role: 'MEDIATOR', onBehalfOf: null });
  }
}

function isBroker(context: ArticleContext, mention: EntityMention): boolean {
  const next = context.tokens[mention.last + 1];
  return (
    next?.punctBefore === '-' && !!matchIn(context, context.resources.phrases.brokeredBy, mention.last + 1)
  );
}

function applyCueRules(context: ArticleContext, event: EventMention): void {
  const { resources } = context;
  const sentence = context.text.sentences[event.sentence];
  if (!sentence) return;
  for (let i = sentence.first; i <= sentence.last; i++) {
    const match = matchIn(context, resources.roleCues, i);
    const cue = match?.values.find((c) => c.types.includes(event.type));
    if (!match || !cue || context.mentionAtToken.has(i)) continue;
    if (cue.scope !== 'sentence' && !sameClause(context, i, event.first)) continue;
    if ((cue.joint || cue.role === 'INITIATOR') && i > event.last && otherActBetween(context, event, i - 1))
      continue;
    if ((cue.after && i < event.first) || complementizerBetween(context, match.last, event.first)) continue;
    if (cue.delegation) {
      if (!cue.headedBy || delegationWordBefore(context, i)) applyDelegation(context, event, i, match.last);
    } else {
      for (const actor of cueTargets(context, cue, match.last, event)) {
        addParticipant(event, { entity: actor.entity, role: cue.role, onBehalfOf: null, joint: !!cue.joint });
      }
    }
    i = match.last;
  }
}

/** "a truce announced by X"، "وألغيت قمة بمشاركة X": an author or co-author cue after another kind of act is that act's. */
function otherActBetween(context: ArticleContext, event: EventMention, to: number): boolean {
  for (let i = event.last + 1; i <= to; i++)
    if (eventTypesAt(context, i).some((type) => type !== event.type)) return true;
  return false;
}

/** "X قال إن ... [trigger]": a complementizer opens a new clause the cue does not reach into. */
function complementizerBetween(context: ArticleContext, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++)
    if (matchIn(context, context.resources.phrases.speakerEnds, i)) return true;
  return false;
}

/** The actor right after a cue (a few words on, same clause), and those joined to it by و; actors that already take part are not given a second role, and the cue reaches no further. */
function cueTargets(
  context: ArticleContext,
  cue: RoleCue,
  cueLast: number,
  event: EventMention,
): EntityMention[] {
  const window = context.resources.files.roles.window;
  const sentence = context.tokens[cueLast]?.sentence;
  const candidates = mentionsBetween(context, cueLast + 1, cueLast + window).filter(
    (m) => context.tokens[m.first]?.sentence === sentence && isArgument(context, m, event.type, cue.role),
  );
  const [first] = candidates;
  if (!first || !sameClause(context, first.first, cueLast) || cueBetween(context, cueLast, first, event))
    return [];
  const sentenceLast = context.text.sentences[sentence ?? -1]?.last ?? first.last;
  const following = mentionsBetween(context, first.last + 1, sentenceLast).filter((m) =>
    isArgument(context, m, event.type, cue.role),
  );
  const chosen = cue.conjoined ? listFrom(context, first, following) : [first];
  return chosen.filter((m) => !hasEntity(event, m.entity));
}

/**
 * An actor and those listed after it: joined by و/and, or by commas when the
 * list closes with و/and ("Egypt, Qatar and Turkey"، "مصر، قطر وتركيا"، "وقعت الحكومة والجبهة"),
 * past a person named right after a body of the list.
 */
function listFrom(
  context: ArticleContext,
  first: EntityMention,
  following: EntityMention[],
): EntityMention[] {
  const chosen = [first];
  let closed = 1;
  let previous = first;
  for (const next of following) {
    if (apposedPerson(previous, next)) {
      previous = next;
      continue;
    }
    if (joinedByAnd(context, previous, next)) closed = chosen.length + 1;
    else if (!joinedByComma(context, previous, next)) break;
    chosen.push(next);
    previous = next;
  }
  return chosen.slice(0, closed);
}

/** "برعاية مكتب المبعوث الأممي هانس غروندبرغ واللجنة الدولية": the person right after a body is its own, not another item of the list. */
function apposedPerson(body: EntityMention, next: EntityMention): boolean {
  return next.entity.kind === 'PERSON' && body.entity.kind !== 'PERSON' && next.first === body.last + 1;
}

function joinedByComma(context: ArticleContext, previous: EntityMention, next: EntityMention): boolean {
  return next.first === previous.last + 1 && /^[،,]$/.test(context.tokens[next.first]?.punctBefore ?? '');
}

function isArgument(context: ArticleContext, mention: EntityMention, type: EventType, role: Role): boolean {
  if (mention.entity.type === 'ACTOR')
    return (
      !isSideWord(context, mention) &&
      !qualifiesPlace(context, mention) &&
      !qualifiesNamedActor(context, mention) &&
      !isPatron(context, mention)
    );
  const facilityTarget = role === 'TARGET' && context.resources.files.roles.facilityTargets.includes(type);
  return facilityTarget && mention.entity.kind === 'FACILITY';
}

/** "ولاية باكتيكا الأفغانية"، "العاصمة الصومالية": a nisba right after a place or a place word says where it is, not who took part. */
function qualifiesPlace(context: ArticleContext, mention: EntityMention): boolean {
  if (!mention.adjectival) return false;
  const placeWord = matchIn(context, context.resources.phrases.placeBefore, mention.first - 1);
  return (
    context.mentionAtToken.get(mention.first - 1)?.entity.type === 'PLACE' ||
    placeWord?.last === mention.first - 1
  );
}

/** "حماس الفلسطينية"، "the Palestinian group Hamas": a nisba on a named actor tells where it is from; it takes no role. */
function qualifiesNamedActor(context: ArticleContext, mention: EntityMention): boolean {
  if (!mention.adjectival) return false;
  const named = (m: EntityMention | undefined) => m?.entity.type === 'ACTOR' && !m.adjectival;
  if (named(context.mentionAtToken.get(mention.first - 1))) return true;
  for (let k = mention.last + 1; k <= mention.last + 2; k++) {
    const token = context.tokens[k];
    if (token?.punctBefore !== '' || token.key === 'and') return false;
    if (named(context.mentionAtToken.get(k))) return isLatinWord(token);
  }
  return false;
}

/** "الطرفين" in the clause of a talks or accord event: its parties are those named before. */
function sideWordInClause(context: ArticleContext, event: EventMention): boolean {
  const { sideWords } = context.resources.phrases;
  const last = clauseLast(context, event.first);
  for (let i = clauseStart(context, event.first); i <= last; i++)
    if (matchIn(context, sideWords, i)) return true;
  return false;
}

function isSideWord(context: ArticleContext, mention: EntityMention): boolean {
  return !!matchIn(context, context.resources.phrases.sideWords, mention.first);
}

/**
 * A nisba right after the trigger ("الغارات الإسرائيلية"), the subject after a
 * verb ("قصفت إسرائيل") or the agent or object after a verbal noun ("إجلاء القوات").
 * After a verb whose subject stands before it ("قطر تدعو روسيا") the actor is its object.
 */
function applyAdjectiveOrAgent(context: ArticleContext, event: EventMention): void {
  const roles = context.resources.files.roles;
  const next = agentAfter(context, event);
  if (!next || (event.verbal && !next.adjectival && subjectBefore(context, event))) return;
  const afterNoun = event.verbal ? roles.subjectRole[event.type] : roles.agentRole[event.type];
  const role =
    next.adjectival || isAuthor(context, event, next) ? roles.adjectiveRole[event.type] : afterNoun;
  if (!role || hasEntity(event, next.entity)) return;
  const sentenceLast = context.text.sentences[event.sentence]?.last ?? next.last;
  const following = mentionsBetween(context, next.last + 1, sentenceLast);
  for (const mention of listFrom(
    context,
    next,
    following.filter((m) => m.entity.type === 'ACTOR'),
  ))
    addParticipant(event, { entity: mention.entity, role, onBehalfOf: null });
  const secondRole = roles.secondAgentRole[event.type];
  const second = mentionsBetween(context, next.last + 1, next.last + roles.window).find(
    (m) =>
      m.entity.type === 'ACTOR' && sameClause(context, m.first, event.first) && !qualifiesPlace(context, m),
  );
  if (secondRole && second)
    addParticipant(event, { entity: second.entity, role: secondRole, onBehalfOf: null });
}

/** "Russian strikes"، "Israeli air strikes": an English state adjective before the act's noun, or before one word that qualifies it, is its author; not before a verb ("Chadian rebels attacked"). */
function applyAdjectiveBefore(context: ArticleContext, event: EventMention): void {
  const role = context.resources.files.roles.adjectiveRole[event.type];
  if (!role || event.verbal) return;
  const before = event.first - 1;
  const qualifier = !context.mentionAtToken.has(before) && context.tokens[before]?.punctBefore === '';
  const at = qualifier ? before - 1 : before;
  const mention = context.mentionAtToken.get(at);
  if (mention?.adjectival && mention.last === at && isLatinWord(context.tokens[mention.first]))
    addParticipant(event, { entity: mention.entity, role, onBehalfOf: null });
}

/** "هجوم حماس"، "هجوم للشباب"، "قصف لـ«X»": after the act's noun, the actor that follows it at once, or with لـ, is its author. */
function isAuthor(context: ArticleContext, event: EventMention, mention: EntityMention): boolean {
  if (event.verbal) return false;
  const token = context.tokens[mention.first];
  const clitic = token ? context.text.original.slice(token.start, mention.start) : '';
  // "لـ«قوات الدعم السريع»": the لـ written apart, before a quote, is a token of its own.
  const lam = /ل$/.test(clitic) || context.tokens[mention.first - 1]?.key === 'ل';
  const authorNoun = !!matchIn(context, context.resources.phrases.authorNouns, event.headLast);
  return lam || (authorNoun && mention.first === event.headLast + 1);
}

/** The first actor after the trigger before any cue word: an adjective only when it follows at once. */
function agentAfter(context: ArticleContext, event: EventMention): EntityMention | undefined {
  const { tokens, resources } = context;
  const end = Math.min(tokens.length - 1, event.headLast + resources.files.roles.agentWindow);
  for (let i = event.headLast + 1; i <= end && sameClause(context, i, event.first); i++) {
    const mention = context.mentionAtToken.get(i);
    const adjacent = i === event.headLast + 1 || i === event.last + 1 || afterActAdjective(context, event, i);
    if (mention?.entity.type === 'ACTOR' && speaksNext(context, mention)) return undefined;
    if (mention && isPatron(context, mention)) {
      i = mention.last;
      continue;
    }
    if (mention?.entity.type === 'ACTOR')
      return !mention.adjectival || adjacent || actsThroughForces(context, mention) ? mention : undefined;
    if (mention) i = mention.last;
    else if (matchIn(context, resources.claimCues, i) || roleCueFor(context, i, event)) return undefined;
  }
  return undefined;
}

/** "جماعة X المرتبطة بتنظيم القاعدة"، "linked to Al Qaeda"، "Al Qaeda-linked militants": the patron an actor is tied to takes no part. */
function isPatron(context: ArticleContext, mention: EntityMention): boolean {
  const { patronsBefore, patronsHyphenated } = context.resources.phrases;
  for (let k = Math.max(0, mention.first - 2); k < mention.first; k++)
    if (matchIn(context, patronsBefore, k)?.last === mention.first - 1) return true;
  const next = context.tokens[mention.last + 1];
  return next?.punctBefore === '-' && !!matchIn(context, patronsHyphenated, mention.last + 1);
}

/** "قصف المستشفى وإسرائيل تنفي": an actor followed by a reporting verb is its speaker, starting a clause of its own. */
function speaksNext(context: ArticleContext, mention: EntityMention): boolean {
  return !!matchIn(context, context.resources.claimCues, mention.last + 1);
}

/**
 * "a meeting with the mediators from Egypt": another cue between a cue and the
 * actor takes the actor; not one right after a name, which joins the name's
 * partners to it ("تقودها الدوحة مع مصر").
 */
function cueBetween(
  context: ArticleContext,
  cueLast: number,
  actor: EntityMention,
  event: EventMention,
): boolean {
  for (let i = cueLast + 1; i < actor.first; i++)
    if (roleCueFor(context, i, event) && !context.mentionAtToken.has(i - 1)) return true;
  return false;
}

function roleCueFor(context: ArticleContext, i: number, event: EventMention): boolean {
  return !!matchIn(context, context.resources.roleCues, i)?.values.some((cue) =>
    cue.types.includes(event.type),
  );
}

/**
 * The nearest actor before the trigger in its clause, unless a reporting verb
 * or a complementizer stands between, or a cue or the agent already gave the
 * role; not the subject of a verb of undergoing (see undergoers.ts).
 * An outlet (a dateline's agency) is passed over: it reports acts, it does not do them.
 */
function applySubject(context: ArticleContext, event: EventMention): void {
  const subjectRole = context.resources.files.roles.subjectRole[event.type];
  if (!subjectRole || event.participants.some((p) => p.role === subjectRole && subjectRole !== 'PARTY'))
    return;
  if (undergoVerbAt(context, event)) return;
  const subject = subjectBefore(context, event);
  const role = subject && hostsEvent(context, event) ? 'MEDIATOR' : subjectRole;
  for (const mention of subject ? conjunctsBefore(context, subject) : []) {
    if (!hasEntity(event, mention.entity))
      addParticipant(event, { entity: mention.entity, role, onBehalfOf: null });
  }
}

/** "Doha hosted a new round of talks"، "تستضيف مصر مفاوضات": the subject of a verb of hosting before talks is their mediator. */
function hostsEvent(context: ArticleContext, event: EventMention): boolean {
  if (!context.resources.files.roles.hostedTypes.includes(event.type)) return false;
  for (let i = clauseStart(context, event.first); i < event.first; i++)
    if (matchIn(context, context.resources.phrases.hostVerbs, i)) return true;
  return false;
}

function subjectBefore(context: ArticleContext, event: EventMention): EntityMention | undefined {
  const { window } = context.resources.files.roles;
  const { resources } = context;
  const auxiliary =
    matchIn(context, resources.phrases.auxiliaries, event.first - 1)?.last === event.first - 1;
  const verbFirst = auxiliary ? event.first - 1 : event.first;
  const appositionMayStand = event.verbal && (isLatinWord(context.tokens[event.first]) || auxiliary);
  const from = appositionMayStand ? subjectClauseEnd(context, verbFirst) : event.first - 1;
  const clauseOf = from === event.first - 1 ? event.first : from;
  for (let i = from; i >= Math.max(0, from + 1 - window); i--) {
    if (!sameClause(context, i, clauseOf) || matchIn(context, resources.claimCues, i)) return undefined;
    // "X on Saturday signed": a day or a month after "on" makes it a time, not the end of a speaker.
    if (matchIn(context, resources.phrases.speakerEnds, i) && !isDateWord(context.tokens, i + 1, resources))
      return undefined;
    const mention = context.mentionAtToken.get(i);
    if (mention && isBroker(context, mention)) {
      i = mention.first;
      continue;
    }
    if (mention?.entity.kind === 'MEDIA' || (mention && isPatron(context, mention))) {
      i = mention.first;
      continue;
    }
    const actor =
      mention?.entity.type === 'ACTOR' && (!mention.adjectival || actsThroughForces(context, mention));
    if (mention && actor && !isSideWord(context, mention))
      return speaksByCue(context, mention) ? undefined : mention;
  }
  return undefined;
}

/** A comma, after a closing quote or bracket or not ("«الجيش الأبيض»، المؤلفة"). */
const COMMA_AFTER_WORD = /^[»"”')\]]*[،,]$/;

/**
 * The last token before a verb where its subject may stand: before an
 * apposition set off by commas right before the verb ("M23 fighters, backed by
 * Rwanda, captured Goma"; in Arabic only before an auxiliary, "وكانت ميليشيا X،
 * المؤلفة من ...، قد اجتاحت", as Arabic commas join clauses too loosely
 * otherwise), else right before the verb.
 */
function subjectClauseEnd(context: ArticleContext, verb: number): number {
  const { tokens, resources } = context;
  const appositionLast = verb - 1;
  if (!COMMA_AFTER_WORD.test(tokens[verb]?.punctBefore ?? '')) return appositionLast;
  const appositionFirst = clauseStart(context, appositionLast);
  const commaBefore = COMMA_AFTER_WORD.test(tokens[appositionFirst]?.punctBefore ?? '');
  const length = appositionLast - appositionFirst + 1;
  if (!commaBefore || appositionFirst === 0 || length > resources.files.roles.appositionMaxWords)
    return appositionLast;
  for (let i = appositionFirst; i <= appositionLast; i++)
    if (eventTypesAt(context, i).length > 0 || matchIn(context, resources.claimCues, i))
      return appositionLast;
  return appositionFirst - 1;
}

/** A nisba-shaped word (جويه، صاروخي) in matching form, relative pronouns aside. */
const ADJECTIVE_FORM = /^(?!ال(ذي|تي)$)\S{2,}يه?$/;

/** "غارات جوية باكستانية": one adjective (جوية، صاروخية) between the act's noun and the nisba. */
function afterActAdjective(context: ArticleContext, event: EventMention, i: number): boolean {
  const between = context.tokens[i - 1]?.key ?? '';
  return i === event.headLast + 2 && !context.mentionAtToken.has(i - 1) && ADJECTIVE_FORM.test(between);
}

/** "مقاتلات باكستانية"، "قوات جوية روسية"، "Russian troops": a nisba on a force noun is its state acting through its forces. */
function actsThroughForces(context: ArticleContext, mention: EntityMention): boolean {
  if (!mention.adjectival) return false;
  const { forceNouns } = context.resources.phrases;
  const endsBefore = (k: number) => k >= 0 && matchIn(context, forceNouns, k)?.last === mention.first - 1;
  const modifierBetween = !context.mentionAtToken.has(mention.first - 1) && endsBefore(mention.first - 2);
  return endsBefore(mention.first - 1) || modifierBetween || !!matchIn(context, forceNouns, mention.last + 1);
}

/** "أعلنت الوزارة ... ارتفاع حصيلة القصف": the actor is the speaker of an Arabic reporting verb before it, not the event's subject. */
function speaksByCue(context: ArticleContext, mention: EntityMention): boolean {
  const { resources } = context;
  const from = Math.max(0, mention.first - resources.files.claims.speakerWindow);
  for (let i = mention.first - 1; i >= from && sameClause(context, i, mention.first); i--) {
    const before = context.mentionAtToken.get(i);
    // "أعلن الرئيس الروسي X": the nisba of the speaker's title is part of the speaker phrase.
    if (matchIn(context, resources.phrases.speakerEnds, i) || (before && !before.adjectival)) return false;
    if (before) i = before.first;
    else if (matchIn(context, resources.claimCues, i)) return !isLatinWord(context.tokens[i]);
  }
  return false;
}

/** The subject and the actors joined to it before it: "X وY يتفقان". */
function conjunctsBefore(context: ArticleContext, last: EntityMention): EntityMention[] {
  const joined = [last];
  for (let i = last.first - 1; i >= 0 && sameClause(context, i, last.first); i--) {
    const mention = context.mentionAtToken.get(i);
    if (!mention) continue;
    const [head] = joined;
    if (mention.entity.type !== 'ACTOR' || !head || !joinedByAnd(context, mention, head)) break;
    joined.unshift(mention);
    i = mention.first;
  }
  return joined;
}

/** Facilities named in the trigger's clause after it are what an attack hit. */
function applyFacilityTargets(context: ArticleContext, event: EventMention): void {
  if (!context.resources.files.roles.facilityTargets.includes(event.type)) return;
  const clauseEnd = clauseLast(context, event.first);
  for (const mention of mentionsBetween(context, event.first + 1, clauseEnd)) {
    if (mention.entity.kind === 'FACILITY')
      addParticipant(event, { entity: mention.entity, role: 'TARGET', onBehalfOf: null });
  }
}

/** Members of a delegation after "ضم"/"مثلهم", acting for the delegation's side; a delegation of no named side names no delegates. */
function applyDelegation(
  context: ArticleContext,
  event: EventMention,
  cueFirst: number,
  cueLast: number,
): void {
  const sentence = context.text.sentences[context.tokens[cueFirst]?.sentence ?? -1];
  if (!sentence) return;
  const named = delegationAfter(context, cueLast);
  const side = delegationSide(context, cueFirst, sentence.first) ?? named?.entity;
  if (!side) return;
  const listFirst = named ? named.last + 1 : cueLast + 1;
  for (const mention of mentionsBetween(context, listFirst, listEnd(context, listFirst, sentence.last))) {
    if (mention.entity.kind === 'PERSON') {
      addParticipant(event, { entity: mention.entity, role: 'DELEGATE', onBehalfOf: side });
    }
  }
}

/**
 * The members' list ends with the sentence, where a clause starts anew (بينما
 * ترأس Y الوفد الآخر) or where another delegation is named (ووفد إيراني برئاسة Z).
 */
function listEnd(context: ArticleContext, from: number, sentenceLast: number): number {
  const { phrases } = context.resources;
  for (let i = from; i <= sentenceLast; i++)
    if (matchIn(context, phrases.scopeBreakers, i) || matchIn(context, phrases.delegationHeads, i))
      return i - 1;
  return sentenceLast;
}

/** "وفد باكستاني برئاسة X": a delegation word in the cue's clause before it. */
function delegationWordBefore(context: ArticleContext, cue: number): boolean {
  for (let i = clauseStart(context, cue); i < cue; i++)
    if (matchIn(context, context.resources.phrases.delegationHeads, i)) return true;
  return false;
}

/** The nearest "وفد X" before the cue names the side, unknown if it names none; with no such word, the nearest non-person actor before it. */
function delegationSide(context: ArticleContext, cue: number, sentenceFirst: number): KnownEntity | null {
  const { resources } = context;
  let nearest: KnownEntity | null = null;
  for (let i = cue - 1; i >= sentenceFirst; i--) {
    const head = matchIn(context, resources.phrases.delegationHeads, i);
    if (head) {
      const after = context.mentionAtToken.get(head.last + 1);
      return after && isSide(after.entity) ? after.entity : null;
    }
    const mention = context.mentionAtToken.get(i);
    if (mention && isSide(mention.entity)) nearest ??= mention.entity;
  }
  return nearest;
}

/** "ضم الوفد الإسرائيلي X": the delegation named right after the cue. */
function delegationAfter(context: ArticleContext, cueLast: number): EntityMention | null {
  const head = matchIn(context, context.resources.phrases.delegationHeads, cueLast + 1);
  const after = head ? context.mentionAtToken.get(head.last + 1) : undefined;
  return after && isSide(after.entity) ? after : null;
}

/** A delegation belongs to a state or a body, never to one of its members. */
function isSide(entity: KnownEntity): boolean {
  return entity.type === 'ACTOR' && entity.kind !== 'PERSON';
}

/**
 * A sentence with no event of its own that lists a delegation ("وضم الوفد X
 * A، وB") names the members of the latest talks or accord told before it.
 */
export function applyLaterDelegations(context: ArticleContext, events: EventMention[]): void {
  const withEvents = new Set(events.map((e) => e.sentence));
  context.text.sentences.forEach((sentence, index) => {
    if (withEvents.has(index)) return;
    for (let i = sentence.first; i <= sentence.last; i++) {
      const match = matchIn(context, context.resources.roleCues, i);
      const cue = match?.values.find(
        (c) => c.delegation && (!c.headedBy || delegationWordBefore(context, i)),
      );
      if (!match || !cue || context.mentionAtToken.has(i)) continue;
      const event = latestOfTypes(events, index, cue.types);
      if (event) applyDelegation(context, event, i, match.last);
      i = match.last;
    }
  });
}

/** The event of the latest sentence before `sentence` that has one of `types`, the first type preferred. */
function latestOfTypes(
  events: EventMention[],
  sentence: number,
  types: EventType[],
): EventMention | undefined {
  const before = events.filter((e) => e.sentence < sentence && types.includes(e.type));
  const latest = Math.max(...before.map((e) => e.sentence));
  return before
    .filter((e) => e.sentence === latest)
    .sort((a, b) => types.indexOf(a.type) - types.indexOf(b.type))[0];
}

export function hasEntity(event: EventMention, entity: KnownEntity): boolean {
  return event.participants.some((p) => p.entity.id === entity.id);
}
