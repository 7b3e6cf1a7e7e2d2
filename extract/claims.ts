/**
 * Claims: reporting, denial, rejection and accusation cues, their speakers and
 * the events they cover (claims.json). A denier is never made a participant of
 * what it denies; an accuser asserts and the accused becomes a participant.
 */
import type { ActorKind, Stance } from '../model/report.js';
import { type ClaimCue, coveredEvents, placedAfterReport, stanceOf } from './claim-scope.js';
import {
  accusationParties,
  colonSpeaker,
  continuesSpeech,
  findSpeaker,
  otherVoices,
  type SpeechTurn,
} from './claim-speakers.js';
import {
  type ArticleContext,
  addParticipant,
  type EventMention,
  matchIn,
  mentionsBetween,
} from './context.js';
import { titleState } from './event-completion.js';
import type { KnownEntity } from './resources.js';

/** Adds claims (and the participants they imply) to the event mentions. */
export function applyClaims(context: ArticleContext, events: EventMention[]): void {
  const cues = findCues(context);
  blameFirst(context, cues, events);
  const turns: SpeechTurn[] = [];
  for (const cue of cues) {
    const previous = turns[turns.length - 1] ?? null;
    const accusation = 'accusation' in cue.value;
    const reaction = 'reaction' in cue.value;
    const { speaker, accused } = accusation
      ? accusationParties(context, cue, previous)
      : { speaker: findSpeaker(context, cue, previous), accused: null };
    const continued = !speaker && continuesSpeech(context, cue) ? previous : null;
    const claimant = speaker ?? colonSpeaker(context, cue.first) ?? continued?.speaker ?? null;
    const covered = coveredEvents(context, cue, cues, events);
    // A source named after what it reports ("..., according to X", "بحسب X") tells of the act; it did not act.
    const acts = !accusation && !reaction && !placedAfterReport(context, cue);
    if (reaction) covered.splice(1);
    for (const event of covered) {
      if (accused) addAccused(context, event, accused);
      if (reaction) dropReactorPhrase(context, cue, event);
      if (claimant) claim(context, event, claimant, stanceOf(cue.value), acts);
      for (const voice of otherVoices(context, cue, claimant, previous))
        claim(context, event, voice, stanceOf(cue.value));
      if (continued) shareTimeOfSpeech(event, continued.events);
    }
    if (claimant) turns.push({ cue, speaker: claimant, events: covered });
  }
  for (const event of events) claimByColonSpeaker(context, event);
}

/** The accused take their roles before any speaker does: one who blames another did not act. */
function blameFirst(context: ArticleContext, cues: ClaimCue[], events: EventMention[]): void {
  for (const cue of cues.filter((c) => 'accusation' in c.value)) {
    const { accused } = accusationParties(context, cue, null);
    if (!accused) continue;
    for (const event of coveredEvents(context, cue, cues, events)) addAccused(context, event, accused);
  }
}

function findCues(context: ArticleContext): ClaimCue[] {
  const cues: ClaimCue[] = [];
  for (let i = 0; i < context.tokens.length; i++) {
    if (!context.isBody(i) || context.mentionAtToken.has(i)) continue;
    const match = matchIn(context, context.resources.claimCues, i);
    const value = match?.values[0];
    if (!match || !value) continue;
    cues.push({ first: i, last: match.last, value });
    i = match.last;
  }
  return cues;
}

/** "رحب X بالاتفاق", "دانت X الهجوم": the actors between the cue and the event are the reactor's, not the event's. */
function dropReactorPhrase(context: ArticleContext, cue: ClaimCue, event: EventMention): void {
  const reactor = new Set(mentionsBetween(context, cue.first - 1, event.first - 1).map((m) => m.entity.id));
  event.participants = event.participants.filter((p) => !reactor.has(p.entity.id));
}

function addAccused(context: ArticleContext, event: EventMention, accused: KnownEntity): void {
  const role = context.resources.files.roles.subjectRole[event.type];
  if (role) addParticipant(event, { entity: accused, role, onBehalfOf: null });
}

function claim(
  context: ArticleContext,
  event: EventMention,
  speaker: KnownEntity,
  stance: Stance,
  acts = true,
): void {
  event.statedByOutlet = false;
  if (event.type === 'STATEMENT') {
    statementSpeaker(event, speaker);
    return;
  }
  if (acts && speaker.kind !== 'MEDIA') giveSpeakerRole(context, event, speaker, stance);
  if (!event.claims.some((c) => c.by.id === speaker.id && c.stance === stance))
    event.claims.push({ by: speaker, stance });
}

/** A statement's speaker is its initiator; an outlet relaying someone else's words asserts it. */
function statementSpeaker(event: EventMention, speaker: KnownEntity): void {
  const initiator = event.participants.find((p) => p.role === 'INITIATOR');
  if (!initiator) event.participants.push({ entity: speaker, role: 'INITIATOR', onBehalfOf: null });
  else if (initiator.entity.id !== speaker.id) event.claims.push({ by: speaker, stance: 'ASSERTS' });
}

/** Claimed events missing a role the speaker plays (its own attack, talks it rejects) get the speaker or its state. */
function giveSpeakerRole(
  context: ArticleContext,
  event: EventMention,
  speaker: KnownEntity,
  stance: Stance,
): void {
  const { speakerRoles } = context.resources.files.claims;
  const rule = speakerRoles.find((r) => r.stance === stance && r.types.includes(event.type));
  if (!rule || (rule.onlyIfMissing && event.participants.some((p) => p.role === rule.role && !p.joint)))
    return;
  const actor = actingFor(context, speaker);
  if (rule.actorKinds && !rule.actorKinds.includes(actor.kind as ActorKind)) return;
  // "قال الجيش إن وحدة منه تعرضت لهجمات": a speaker the act already names (its target) keeps that role.
  if (event.participants.some((p) => p.entity.id === actor.id)) return;
  addParticipant(event, { entity: actor, role: rule.role, onBehalfOf: null });
}

/**
 * A ministry or an official acts for the body at the top of its memberOf chain (its state, its
 * group); a person the gazetteer does not place, for the state in their title ("وزير الدفاع التركي X").
 */
function actingFor(context: ArticleContext, actor: KnownEntity): KnownEntity {
  if (!context.resources.files.claims.actsForState.includes(actor.kind as ActorKind)) return actor;
  const chain = context.resources.gazetteer.ancestors(actor.id).filter((a) => a.type === 'ACTOR');
  const top = chain[chain.length - 1];
  if (top || actor.kind !== 'PERSON') return top ?? actor;
  const titled = context.mentions.filter((m) => m.entity.id === actor.id).map((m) => titleState(context, m));
  return titled.find((state) => state !== null)?.entity ?? actor;
}

/** "وأضاف: ..." goes on with the same statement: its undated events share the time of the words before. */
function shareTimeOfSpeech(event: EventMention, before: EventMention[]): void {
  const dated = before.find((e) => e.when);
  if (event.when || !dated) return;
  event.when = dated.when;
  event.date = dated.date;
  event.weaklyDated = dated.weaklyDated;
}

/** Events after a headline's "X:" that X has not already claimed otherwise. */
function claimByColonSpeaker(context: ArticleContext, event: EventMention): void {
  const speaker = colonSpeaker(context, event.first);
  if (speaker && event.claims.length === 0 && event.statedByOutlet) claim(context, event, speaker, 'ASSERTS');
}
