import { type Counterpart, RELATIONS } from '../resolvers/counterparts.js';
import { builder } from './builder.js';
import { EventTypeEnum, RoleEnum } from './enums.js';
import { ActorRef, EventRef } from './refs.js';

const RelationEnum = builder.enumType('CounterpartRelation', {
  description:
    'How the actor stood towards the counterpart in an event: NEGOTIATED_WITH and AGREED_WITH (parties or delegates on both sides), MEDIATED_FOR / MEDIATED_BY, FOUGHT_AGAINST / ATTACKED_BY (initiator and target of an attack, operation or capture), ACTED_AGAINST / TARGETED_BY (of other events), ACTED_WITH (on the same side), REPRESENTS / REPRESENTED_BY (a delegate and the side it acts for), TOOK_PART_WITH (anything else).',
  values: RELATIONS,
});

const CounterpartLinkRef = builder.objectRef<Counterpart['links'][number]>('CounterpartLink').implement({
  fields: (t) => ({
    relation: t.expose('relation', { type: RelationEnum }),
    eventType: t.expose('eventType', { type: EventTypeEnum }),
    ownRole: t.expose('ownRole', { type: RoleEnum }),
    theirRole: t.expose('theirRole', { type: RoleEnum }),
    eventCount: t.exposeInt('eventCount'),
  }),
});

export const CounterpartRef = builder.objectRef<Counterpart>('Counterpart').implement({
  description: 'An actor met across events, with how many and in which roles.',
  fields: (t) => ({
    actor: t.field({
      type: ActorRef,
      resolve: async (c, _args, context) => {
        const actor = await context.loaders.node('Actor').load(c.actorId);
        if (!actor) throw new Error(`missing actor ${c.actorId}`);
        return actor;
      },
    }),
    eventCount: t.int({ resolve: (c) => c.events.length }),
    eventTypes: t.field({
      type: [EventTypeEnum],
      resolve: (c) => [...new Set(c.events.map((e) => e.type))].sort(),
    }),
    links: t.field({ type: [CounterpartLinkRef], resolve: (c) => c.links }),
    events: t.field({
      type: [EventRef],
      description: 'The shared events, newest first.',
      resolve: (c) => c.events,
    }),
  }),
});
