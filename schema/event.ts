import {
  claims,
  eventEvidence,
  eventPlace,
  findEvents,
  participants,
  reportedIn,
} from '../resolvers/events.js';
import { builder } from './builder.js';
import { EventTypeEnum, FactualityEnum, RoleEnum, StanceEnum } from './enums.js';
import { hasIdPrefix } from './ids.js';
import {
  ActorRef,
  ArticleRef,
  ClaimRef,
  EntityRef,
  EventRef,
  EvidenceRef,
  ParticipationRef,
  PlaceRef,
} from './refs.js';

builder.node(EventRef, {
  description: 'Something that happened (or is said to have): talks, an agreement, an attack…',
  id: { resolve: (event) => event.id },
  isTypeOf: (value) => hasIdPrefix(value, 'event:'),
  loadMany: (ids, context) => ids.map((id) => context.loaders.node('Event').load(id)),
  fields: (t) => ({
    type: t.expose('type', { type: EventTypeEnum }),
    cameo: t.exposeString('cameo', { description: 'Nearest CAMEO root code.' }),
    date: t.expose('date', { type: 'Date', nullable: true }),
    factuality: t.expose('factuality', { type: FactualityEnum }),
    casualties: t.exposeInt('casualties', { nullable: true }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      resolve: (event, _args, context) => eventPlace(event, context),
    }),
    participants: t.field({
      type: [ParticipationRef],
      resolve: (event, _args, context) => participants(event, context),
    }),
    claims: t.field({
      type: [ClaimRef],
      description: 'Who says it happened, who denies it, who rejects it.',
      resolve: (event, _args, context) => claims(event, context),
    }),
    reportedIn: t.field({
      type: [ArticleRef],
      resolve: (event, _args, context) => reportedIn(event, context),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      resolve: (event, _args, context) => eventEvidence(event, context),
    }),
  }),
});

ParticipationRef.implement({
  description: 'An actor (or a targeted place) taking part in an event, in a role, possibly for a side.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (p) => p.entity }),
    actor: t.field({
      type: ActorRef,
      nullable: true,
      description:
        'The participant when it is an actor; null when a place (a targeted facility) took the role.',
      resolve: (p) => (p.entityLabel === 'Actor' ? (p.entity as never) : null),
    }),
    role: t.expose('role', { type: RoleEnum }),
    onBehalfOf: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The side a delegate acts for.',
      resolve: (p, _args, context) => {
        if (p.onBehalfOf !== undefined) return p.onBehalfOf;
        return p.onBehalfOfId ? context.loaders.node('Actor').load(p.onBehalfOfId) : null;
      },
    }),
    event: t.field({ type: EventRef, resolve: (p) => p.event }),
    evidence: t.field({ type: [EvidenceRef], resolve: (p) => p.evidence }),
  }),
});

ClaimRef.implement({
  description: 'An actor asserting, denying or rejecting an event.',
  fields: (t) => ({
    by: t.field({
      type: ActorRef,
      resolve: async (claim, _args, context) => {
        const actor = claim.by ?? (await context.loaders.node('Actor').load(claim.byId));
        if (!actor) throw new Error(`claimant ${claim.byId} is missing`);
        return actor;
      },
    }),
    stance: t.expose('stance', { type: StanceEnum }),
    event: t.field({ type: EventRef, resolve: (claim) => claim.event }),
    evidence: t.field({ type: [EvidenceRef], resolve: (claim) => claim.evidence }),
  }),
});

export const EventFilter = builder.inputType('EventFilter', {
  fields: (t) => ({
    types: t.field({ type: [EventTypeEnum], required: false }),
    from: t.field({
      type: 'Date',
      required: false,
      description: 'Earliest date, inclusive; undated events are left out.',
    }),
    to: t.field({ type: 'Date', required: false, description: 'Latest date, inclusive.' }),
    place: t.string({
      required: false,
      description: 'A Place global id or any name of a place; events in places inside it count too.',
    }),
    actor: t.string({
      required: false,
      description: 'An Actor global id or any name of an actor taking part.',
    }),
    role: t.field({
      type: RoleEnum,
      required: false,
      description: 'The role the actor (or any participant) took.',
    }),
    factuality: t.field({ type: FactualityEnum, required: false }),
  }),
});

builder.queryFields((t) => ({
  events: t.connection({
    type: EventRef,
    description: 'Events, newest first (undated last).',
    args: { filter: t.arg({ type: EventFilter, required: false }) },
    resolve: (_root, args, context, info) => findEvents(args.filter, args, context, info),
  }),
  negotiations: t.connection({
    type: EventRef,
    description: 'The NEGOTIATION events: parties, mediators, delegates, place, date and sources.',
    args: { filter: t.arg({ type: EventFilter, required: false }) },
    resolve: (_root, args, context, info) =>
      findEvents({ ...args.filter, types: ['NEGOTIATION'] }, args, context, info),
  }),
}));
