/**
 * Talks and the accord they reach are told apart ("اتفقا في ختام محادثات"),
 * but they have the same sides and the same mediators: each lends the other
 * the parties, mediators and observers it names. Run on merged events.
 */
import type { Role } from '../model/report.js';
import { addParticipant, type EventMention } from './context.js';
import { keepOneRolePerEntity } from './merge.js';

const SHARED_ROLES: Role[] = ['PARTY', 'MEDIATOR', 'OBSERVER'];

export function shareTalksAndAccordSides(events: EventMention[]): void {
  const talks = events.filter((e) => e.type === 'NEGOTIATION');
  const accords = events.filter((e) => e.type === 'AGREEMENT');
  for (const accord of accords) {
    const related = talks.filter((t) => sameProcess(t, accord));
    if (related.length !== 1) continue;
    const [talk] = related as [EventMention];
    const fromTalk = shared(talk);
    const fromAccord = shared(accord);
    for (const p of fromTalk) addParticipant(accord, { ...p, onBehalfOf: null });
    for (const p of fromAccord) addParticipant(talk, { ...p, onBehalfOf: null });
    keepOneRolePerEntity(accord);
    keepOneRolePerEntity(talk);
  }
}

function shared(event: EventMention) {
  return event.participants.filter((p) => SHARED_ROLES.includes(p.role) && p.entity.kind !== 'PERSON');
}

/** The same place (or one unknown), and a party in common, or one side still without parties told in the other's sentence. */
function sameProcess(talk: EventMention, accord: EventMention): boolean {
  if (talk.place && accord.place && talk.place.id !== accord.place.id) return false;
  const parties = (e: EventMention) =>
    new Set(e.participants.filter((p) => p.role === 'PARTY').map((p) => p.entity.id));
  const a = parties(talk);
  const b = parties(accord);
  if (a.size > 0 && b.size > 0) return [...a].some((id) => b.has(id));
  return talk.sentences.some((s) => accord.sentences.includes(s));
}
