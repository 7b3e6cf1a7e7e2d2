/**
 * Rules that complete events from what the article says elsewhere: an attack
 * told on in a following clause ("، وB في P2"), persons in talks standing for
 * their side (by the gazetteer or by the state in their title).
 */
import {
  type ArticleContext,
  addParticipant,
  clauseLast,
  clauseStart,
  type EventMention,
  eventTypesAt,
  mentionsBetween,
  type Participant,
  sameClause,
} from './context.js';
import { findPlace } from './event-place.js';
import type { EntityMention } from './link.js';
import { type KnownEntity, writtenForm } from './resources.js';

/**
 * "استهدفت الغارات A في P1، وB في P2": a following clause opening with و that
 * names other facilities and no trigger of its own is the same act at another
 * place, told as one more event with the same authors.
 */
export function continuationEvents(context: ArticleContext, event: EventMention): EventMention[] {
  if (!context.resources.files.roles.facilityTargets.includes(event.type)) return [];
  const sentence = context.text.sentences[event.sentence];
  const found: EventMention[] = [];
  let start = clauseLast(context, event.first) + 1;
  while (sentence && start <= sentence.last && context.tokens[start]?.key.startsWith('و')) {
    const last = clauseLast(context, start);
    const facilities = mentionsBetween(context, start, last).filter((m) => m.entity.kind === 'FACILITY');
    if (facilities.length === 0 || hasTrigger(context, start, last)) break;
    found.push(continuation(context, event, start, facilities));
    start = last + 1;
  }
  return found;
}

function hasTrigger(context: ArticleContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (eventTypesAt(context, i).length > 0) return true;
  return false;
}

function continuation(
  context: ArticleContext,
  event: EventMention,
  start: number,
  facilities: EntityMention[],
): EventMention {
  const authors = event.participants.filter((p) => p.role !== 'TARGET');
  const targets = facilities.map((m) => ({ entity: m.entity, role: 'TARGET' as const, onBehalfOf: null }));
  const clause = context.tokens[start]?.clause ?? event.clause;
  const copy: EventMention = { ...event, first: start, last: start, headLast: start, clause };
  copy.participants = [...authors, ...targets];
  copy.claims = [...event.claims];
  copy.sentences = [...event.sentences];
  copy.place = findPlace(context, copy);
  return copy;
}

/**
 * In talks and accords a person named as a party or a mediator speaks for the body at
 * the top of its memberOf chain: that body is the party or mediator, the person its delegate.
 */
export function personsAsDelegates(context: ArticleContext, event: EventMention): void {
  const { files } = context.resources;
  if (!files.roles.personsAsDelegates.includes(event.type)) return;
  for (const participant of event.participants.filter((p) => isPersonSide(p))) {
    const side = topBodyOf(context, participant.entity);
    if (!side) continue;
    const role = participant.role;
    participant.role = 'DELEGATE';
    participant.onBehalfOf = side;
    addParticipant(event, { entity: side, role, onBehalfOf: null });
  }
}

/** A person is never a side or a mediator of talks and accords on its own: one whose body is not known is left out. */
export function dropPersonSides(context: ArticleContext, event: EventMention): void {
  if (!context.resources.files.roles.personsAsDelegates.includes(event.type)) return;
  event.participants = event.participants.filter((p) => !isPersonSide(p));
}

function isPersonSide(participant: Participant): boolean {
  return (
    (participant.role === 'PARTY' || participant.role === 'MEDIATOR') && participant.entity.kind === 'PERSON'
  );
}

/** The body at the top of a person's memberOf chain in the gazetteer (a minister → the state). */
export function topBodyOf(context: ArticleContext, person: KnownEntity): KnownEntity | undefined {
  const chain = context.resources.gazetteer.ancestors(person.id).filter((a) => a.type === 'ACTOR');
  return chain[chain.length - 1];
}

/** Words between a state's nisba and the person it qualifies ("وزير الخارجية الروسي سيرغي لافروف"). */
const TITLE_GAP = 3;

/**
 * In talks and accords a person whose title carries a state's nisba ("الرئيس
 * الأمريكي X"، "ونظيره التركي Y") acts for that state: the state is a party,
 * the person its delegate. The persons are those of the trigger's clause.
 */
export function titledDelegates(context: ArticleContext, event: EventMention): void {
  if (!context.resources.files.roles.personsAsDelegates.includes(event.type)) return;
  const from = clauseStart(context, event.first);
  for (const person of mentionsBetween(context, from, clauseLast(context, event.last))) {
    if (person.entity.kind !== 'PERSON') continue;
    const state = titleState(context, person);
    if (!state) continue;
    event.participants = event.participants.filter((p) => p.entity.id !== person.entity.id);
    addParticipant(event, { entity: person.entity, role: 'DELEGATE', onBehalfOf: state.entity });
    addParticipant(event, { entity: state.entity, role: 'PARTY', onBehalfOf: null });
  }
}

/** The state nisba in the person's title, just before the name: no other actor and no preposition between. */
export function titleState(context: ArticleContext, person: EntityMention): EntityMention | null {
  const before = mentionsBetween(context, person.first - TITLE_GAP - 1, person.first - 1).filter((m) =>
    sameClause(context, m.first, person.first),
  );
  const nearest = before[before.length - 1];
  if (!nearest?.adjectival || nearest.entity.kind !== 'STATE') return null;
  const { original, tokens } = context.text;
  for (let i = nearest.last + 1; i < person.first; i++) {
    const token = tokens[i];
    if (token && context.resources.writtenStopWords.has(writtenForm(original.slice(token.start, token.end))))
      return null;
  }
  return nearest;
}
