/**
 * Persons who act for a side in talks or an accord, from the words before them
 * in a sentence that tells of the event or follows it with no event of its
 * own: "وقع الاتفاق عن الحكومة X، وعن الجبهة Y"، "ومثّل الولايات المتحدة X وY"،
 * "رئيس الوفد الروسي X", and for the mediator "وقاد الوساطة X". The side joins
 * the event as a party unless it already takes part, as a mediator when the
 * sentence speaks of mediation. Run on merged events.
 */
import { type ArticleContext, addParticipant, clauseStart, type EventMention, matchIn } from './context.js';
import { topBodyOf } from './event-completion.js';
import type { EntityMention } from './link.js';
import type { KnownEntity } from './resources.js';

export function cuedDelegates(context: ArticleContext, events: EventMention[]): void {
  const told = new Set(events.flatMap((e) => e.sentences));
  for (const event of events) {
    if (context.resources.files.roles.personsAsDelegates.includes(event.type))
      addCuedDelegates(context, event, [...event.sentences, ...followingUntold(context, event, told)]);
  }
}

/** The sentences right after the event's last one that tell no event of their own. */
function followingUntold(context: ArticleContext, event: EventMention, told: Set<number>): number[] {
  const following: number[] = [];
  for (let s = Math.max(...event.sentences) + 1; s < context.text.sentences.length && !told.has(s); s++)
    following.push(s);
  return following;
}

function addCuedDelegates(context: ArticleContext, event: EventMention, sentences: number[]): void {
  for (const person of personsOfSentences(context, sentences)) {
    if (event.participants.some((p) => p.entity.id === person.entity.id && p.role === 'DELEGATE')) continue;
    const side = sideBefore(context, event, person) ?? memberSide(context, event, person);
    if (!side) continue;
    event.participants = event.participants.filter((p) => p.entity.id !== person.entity.id);
    addParticipant(event, { entity: person.entity, role: 'DELEGATE', onBehalfOf: side });
    if (!event.participants.some((p) => p.entity.id === side.id))
      addParticipant(event, { entity: side, role: sideRole(context, person), onBehalfOf: null });
  }
}

/** "ويشارك من الجانب الأميركي X ضمن فريق وسطاء": a side whose delegate's sentence speaks of mediation mediates. */
function sideRole(context: ArticleContext, person: EntityMention): 'MEDIATOR' | 'PARTY' {
  const sentence = context.text.sentences[context.tokens[person.first]?.sentence ?? -1];
  if (!sentence) return 'PARTY';
  for (let i = sentence.first; i <= sentence.last; i++)
    if (matchIn(context, context.resources.phrases.mediationWords, i)) return 'MEDIATOR';
  return 'PARTY';
}

function personsOfSentences(context: ArticleContext, sentences: number[]): EntityMention[] {
  const wanted = new Set(sentences);
  return context.mentions.filter(
    (m) => m.entity.kind === 'PERSON' && !m.nested && wanted.has(context.tokens[m.first]?.sentence ?? -1),
  );
}

/**
 * The side named by the nearest cue before the person in its clause, across the
 * persons listed with it, or that of the person a word of company follows; or by a cue that makes up the clause before it ("وعن
 * الجانب المصري، وزير الخارجية X").
 */
function sideBefore(context: ArticleContext, event: EventMention, person: EntityMention): KnownEntity | null {
  const { phrases } = context.resources;
  const start = clauseStart(context, person.first);
  for (let i = person.first - 1; i >= start; i--) {
    const mention = context.mentionAtToken.get(i);
    if (mention && namesBodyOf(context, event, mention, person)) return mention.entity;
    if (mention) {
      i = mention.first;
      continue;
    }
    if (matchIn(context, phrases.mediationWords, i)) return soleMediator(event);
    if (matchIn(context, phrases.companions, i)) return companionSide(context, event, i);
    const cue = matchIn(context, phrases.delegateSideCues, i);
    if (cue) return sideAfter(context, cue.last);
  }
  return start > 0 ? sideClauseBefore(context, start - 1) : null;
}

/**
 * "برعاية مكتب المبعوث الأممي هانس غروندبرغ"، "the AU mediator Olusegun Obasanjo": a
 * side or mediator of the event right before the person, or before titles only, is whom the person acts
 * for, unless the person only speaks of the event.
 */
function namesBodyOf(
  context: ArticleContext,
  event: EventMention,
  body: EntityMention,
  person: EntityMention,
): boolean {
  const { entity } = body;
  const takesPart = event.participants.some(
    (p) => p.entity.id === entity.id && (p.role === 'PARTY' || p.role === 'MEDIATOR'),
  );
  const onlyVoice = event.claims.some((c) => c.by.id === person.entity.id);
  if (entity.type !== 'ACTOR' || entity.kind === 'PERSON' || body.adjectival || !takesPart || onlyVoice)
    return false;
  for (let k = body.last + 1; k < person.first; ) {
    const title = matchIn(context, context.resources.phrases.titles, k);
    const nisba = context.mentionAtToken.get(k);
    if (title) k = title.last + 1;
    else if (nisba?.adjectival) k = nisba.last + 1;
    else return false;
  }
  return true;
}

/** "وقاد الوساطة X، بمشاركة Y": those after a word of company act for the side of the person named before it in the sentence. */
function companionSide(context: ArticleContext, event: EventMention, cue: number): KnownEntity | null {
  const sentence = context.tokens[cue]?.sentence;
  for (let i = cue - 1; i >= 0 && context.tokens[i]?.sentence === sentence; i--) {
    const mention = context.mentionAtToken.get(i);
    if (mention?.entity.kind === 'PERSON' && !mention.nested)
      return sideBefore(context, event, mention) ?? memberSide(context, event, mention);
  }
  return null;
}

/** A clause that ends by naming a side ("ووقعه عن الجانب المصري،"), at token `last`. */
function sideClauseBefore(context: ArticleContext, last: number): KnownEntity | null {
  const mention = context.mentionAtToken.get(last);
  if (!mention) return null;
  for (let i = mention.first - 1; i >= clauseStart(context, last); i--) {
    const cue = matchIn(context, context.resources.phrases.delegateSideCues, i);
    if (cue) return sideAfter(context, cue.last)?.id === mention.entity.id ? mention.entity : null;
  }
  return null;
}

/** The actor right after a side cue, past a word such as الجانب: "عن الجانب الكونغولي". */
function sideAfter(context: ArticleContext, cueLast: number): KnownEntity | null {
  const next = matchIn(context, context.resources.phrases.sideNouns, cueLast + 1);
  const mention = context.mentionAtToken.get((next?.last ?? cueLast) + 1);
  const isSide = mention?.entity.type === 'ACTOR' && mention.entity.kind !== 'PERSON';
  return isSide ? mention.entity : null;
}

/** A person the gazetteer places in a body or state that already takes part, and who is not only its voice. */
function memberSide(context: ArticleContext, event: EventMention, person: EntityMention): KnownEntity | null {
  if (event.claims.some((c) => c.by.id === person.entity.id)) return null;
  const top = topBodyOf(context, person.entity);
  return top && event.participants.some((p) => p.entity.id === top.id && p.role !== 'DELEGATE') ? top : null;
}

function soleMediator(event: EventMention): KnownEntity | null {
  const mediators = event.participants.filter((p) => p.role === 'MEDIATOR' && p.entity.kind !== 'PERSON');
  return mediators.length === 1 ? (mediators[0]?.entity ?? null) : null;
}
