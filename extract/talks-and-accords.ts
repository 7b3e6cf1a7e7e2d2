/**
 * Talks and the accord they reach are told apart ("اتفقا في ختام محادثات"),
 * but they have the same mediators, and the same sides when one of them names
 * fewer than two: each lends the other what it lacks. Run on merged events.
 */
import type { Role } from '../model/report.js';
import { addParticipant, type EventMention, type Participant } from './context.js';
import { keepOneRolePerEntity } from './merge.js';

const THIRD_PARTIES: Role[] = ['MEDIATOR', 'OBSERVER'];

export function shareTalksAndAccordSides(events: EventMention[]): void {
  const talks = events.filter((e) => e.type === 'NEGOTIATION');
  for (const accord of events.filter((e) => e.type === 'AGREEMENT')) {
    for (const talk of talks.filter((t) => sameProcess(t, accord))) {
      const lent = [...lending(talk, accord), ...lending(accord, talk)];
      for (const [to, participant] of lent) addParticipant(to, { ...participant, onBehalfOf: null });
      keepOneRolePerEntity(accord);
      keepOneRolePerEntity(talk);
    }
  }
}

/** What `from` lends `to`: its mediators and observers, and its parties when `to` names fewer than two. */
function lending(from: EventMention, to: EventMention): [EventMention, Participant][] {
  const takesParties = parties(to).size < 2;
  return from.participants
    .filter(
      (p) =>
        p.entity.kind !== 'PERSON' &&
        (THIRD_PARTIES.includes(p.role) || (takesParties && p.role === 'PARTY')),
    )
    .map((p) => [to, p]);
}

function parties(event: EventMention): Set<string> {
  return new Set(event.participants.filter((p) => p.role === 'PARTY').map((p) => p.entity.id));
}

/** The same place (or one unknown), and a party in common or a sentence told together. */
function sameProcess(talk: EventMention, accord: EventMention): boolean {
  if (talk.place && accord.place && talk.place.id !== accord.place.id) return false;
  const accordParties = parties(accord);
  return (
    [...parties(talk)].some((id) => accordParties.has(id)) ||
    talk.sentences.some((s) => accord.sentences.includes(s))
  );
}
