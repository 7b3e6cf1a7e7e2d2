/**
 * The same event told twice in one article becomes one: same type, the same
 * date (or one unknown), compatible places (equal, one inside the other, or one
 * unknown) and overlapping participants (or one side with none).
 */
import type { Factuality, Role } from '../model/report.js';
import { addParticipant, type EventMention } from './context.js';
import type { ExtractionResources, KnownEntity } from './resources.js';
import { keepNamedSides } from './sides.js';

/** Role kept when one entity ends up with several in a merged event. */
const ROLE_PRECEDENCE: Role[] = [
  'MEDIATOR',
  'DELEGATE',
  'INITIATOR',
  'TARGET',
  'PARTY',
  'SUBJECT',
  'OBSERVER',
];

export function mergeEventMentions(events: EventMention[], resources: ExtractionResources): EventMention[] {
  const merged: EventMention[] = [];
  for (const event of events) {
    const same = merged.find((m) => isSameEvent(m, event, resources));
    if (same) absorb(same, event, resources);
    else merged.push({ ...event, participants: [...event.participants], claims: [...event.claims] });
  }
  for (const event of merged) {
    keepNamedSides(event);
    keepOneRolePerEntity(event);
    keepMostSpecificClaimants(event, resources);
  }
  return merged;
}

function isSameEvent(a: EventMention, b: EventMention, resources: ExtractionResources): boolean {
  if (a.type !== b.type || !compatibleWhen(a, b) || !compatiblePlaces(a.place, b.place, resources))
    return false;
  if (oppositeSides(a, b)) return false;
  return a.bothSides || b.bothSides || overlapping(a, b, resources) || complementary(a, b);
}

/**
 * "هجوم استهدف المستشفى في الفاشر" … "اتهم X قوات الدعم السريع باستهداف المستشفى": at one
 * known place, an act told once by whom it hit only and once by whom it was done by only is one act.
 */
function complementary(a: EventMention, b: EventMention): boolean {
  if (!a.place || !b.place) return false;
  const only = (event: EventMention, role: Role) =>
    event.participants.length > 0 && event.participants.every((p) => p.role === role);
  return (only(a, 'TARGET') && only(b, 'INITIATOR')) || (only(a, 'INITIATOR') && only(b, 'TARGET'));
}

/** One's attacker is the other's target: two different acts. */
function oppositeSides(a: EventMention, b: EventMention): boolean {
  return attacksTarget(a, b) || attacksTarget(b, a);
}

function attacksTarget(x: EventMention, y: EventMention): boolean {
  return x.participants.some(
    (p) =>
      p.role === 'INITIATOR' &&
      y.participants.some((q) => q.role === 'TARGET' && q.entity.id === p.entity.id),
  );
}

function compatibleWhen(a: EventMention, b: EventMention): boolean {
  return !a.when || !b.when || a.weaklyDated || b.weaklyDated || a.when === b.when;
}

function compatiblePlaces(
  a: KnownEntity | null,
  b: KnownEntity | null,
  resources: ExtractionResources,
): boolean {
  if (!a || !b || a.id === b.id) return true;
  return contains(a, b, resources) || contains(b, a, resources);
}

function contains(outer: KnownEntity, inner: KnownEntity, resources: ExtractionResources): boolean {
  return resources.gazetteer.ancestors(inner.id).some((a) => a.id === outer.id);
}

/** Roles that do not tell one event from another: the same talks have different hosts and observers in different sentences. */
const THIRD_PARTY_ROLES: Role[] = ['MEDIATOR', 'OBSERVER'];

/**
 * Participants in common, counting a body and the state or group it belongs to
 * as one; a side with no participant other than third parties fits any.
 */
function overlapping(a: EventMention, b: EventMention, resources: ExtractionResources): boolean {
  if (!hasSides(a) || !hasSides(b)) return true;
  const aIds = relatedIds(a, resources);
  return [...relatedIds(b, resources)].some((id) => aIds.has(id));
}

function hasSides(event: EventMention): boolean {
  return event.participants.some((p) => !THIRD_PARTY_ROLES.includes(p.role));
}

function relatedIds(event: EventMention, resources: ExtractionResources): Set<string> {
  const ids = new Set<string>();
  for (const p of event.participants) {
    ids.add(p.entity.id);
    if (p.onBehalfOf) ids.add(p.onBehalfOf.id);
    for (const ancestor of resources.gazetteer.ancestors(p.entity.id)) ids.add(ancestor.id);
  }
  return ids;
}

function absorb(target: EventMention, event: EventMention, resources: ExtractionResources): void {
  for (const participant of event.participants) addParticipant(target, participant);
  for (const claim of event.claims) {
    if (!target.claims.some((c) => c.by.id === claim.by.id && c.stance === claim.stance))
      target.claims.push(claim);
  }
  target.place = morePrecise(target.place, event.place, resources);
  if (!target.when || (target.weaklyDated && event.when && !event.weaklyDated)) {
    target.date = event.date;
    target.when = event.when;
    target.weaklyDated = event.weaklyDated;
  }
  target.casualties ??= event.casualties;
  target.statedByOutlet ||= event.statedByOutlet;
  target.bothSides ||= event.bothSides;
  for (const sentence of event.sentences)
    if (!target.sentences.includes(sentence)) target.sentences.push(sentence);
}

function morePrecise(
  a: KnownEntity | null,
  b: KnownEntity | null,
  resources: ExtractionResources,
): KnownEntity | null {
  if (!a || !b) return a ?? b;
  return contains(a, b, resources) ? b : a;
}

export function keepOneRolePerEntity(event: EventMention): void {
  const rank = (role: Role) => ROLE_PRECEDENCE.indexOf(role);
  event.participants = event.participants.filter(
    (p) =>
      !event.participants.some((other) => other.entity.id === p.entity.id && rank(other.role) < rank(p.role)),
  );
}

/** A state's claim is dropped when one of its own bodies makes the same claim: the body is the speaker. */
function keepMostSpecificClaimants(event: EventMention, resources: ExtractionResources): void {
  event.claims = event.claims.filter(
    (claim) =>
      claim.by.kind !== 'STATE' ||
      !event.claims.some(
        (other) =>
          other.stance === claim.stance &&
          resources.gazetteer.ancestors(other.by.id).some((a) => a.id === claim.by.id),
      ),
  );
}

/**
 * REPORTED when the outlet tells it in its own voice or only non-parties claim
 * it; CLAIMED when asserted only by a party; DISPUTED when asserted and
 * denied; DENIED when only denied or rejected.
 */
export function factualityOf(event: EventMention, resources: ExtractionResources): Factuality {
  const asserted = event.claims.some((c) => c.stance === 'ASSERTS');
  const denied = event.claims.some((c) => c.stance !== 'ASSERTS');
  if (asserted && denied) return 'DISPUTED';
  if (denied) return event.statedByOutlet ? 'DISPUTED' : 'DENIED';
  if (!asserted || event.statedByOutlet) return 'REPORTED';
  const byParty = event.claims.every((c) => isParty(event, c.by, resources));
  return byParty ? 'CLAIMED' : 'REPORTED';
}

function isParty(event: EventMention, actor: KnownEntity, resources: ExtractionResources): boolean {
  const related = new Set([actor.id, ...resources.gazetteer.ancestors(actor.id).map((a) => a.id)]);
  return event.participants.some(
    (p) =>
      related.has(p.entity.id) || resources.gazetteer.ancestors(p.entity.id).some((a) => a.id === actor.id),
  );
}
