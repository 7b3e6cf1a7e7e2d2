/**
 * "The two sides" (الطرفان، طرفا الصراع، the two sides) stand for the pair of
 * actors the article last set against or beside each other: the two actors of
 * the nearest earlier event that has two sides.
 */
import type { EventType, Role } from '../model/report.js';
import { addParticipant, type EventMention, type Participant } from './context.js';
import type { KnownEntity } from './resources.js';

const SIDE_ROLES: Role[] = ['PARTY', 'INITIATOR', 'TARGET'];
/** Sides of talks and accords are their parties; sides of any other act are its authors (the two sides fought, declared, withdrew). */
const SIDES_AS_PARTIES: EventType[] = ['NEGOTIATION', 'AGREEMENT'];

/** Gives each event told of "the two sides" the two sides named before it. */
export function resolveBothSides(mentions: EventMention[]): void {
  const inOrder = [...mentions].sort((a, b) => a.first - b.first);
  inOrder.forEach((event, k) => {
    if (!event.bothSides || distinctSides(event.participants).length >= 2) return;
    const earlier = inOrder
      .slice(0, k)
      .reverse()
      .map((earlier) => distinctSides(earlier.participants))
      .find((sides) => sides.length >= 2);
    if (!earlier) return;
    const role: Role = SIDES_AS_PARTIES.includes(event.type) ? 'PARTY' : 'INITIATOR';
    for (const entity of earlier.slice(0, 2))
      addParticipant(event, { entity, role, onBehalfOf: null, inferred: true });
  });
}

/** Sides inferred from "the two sides" give way when the event's other mentions name two sides of their own. */
export function keepNamedSides(event: EventMention): void {
  if (distinctSides(event.participants.filter((p) => !p.inferred)).length >= 2)
    event.participants = event.participants.filter((p) => !p.inferred);
}

/** The distinct actors on the sides of an event, persons aside (they act for a side). */
function distinctSides(participants: Participant[]): KnownEntity[] {
  const sides = new Map<string, KnownEntity>();
  for (const p of participants)
    if (SIDE_ROLES.includes(p.role) && p.entity.kind !== 'PERSON') sides.set(p.entity.id, p.entity);
  return [...sides.values()];
}
