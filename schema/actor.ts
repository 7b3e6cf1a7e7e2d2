import { counterparts } from '../resolvers/counterparts.js';
import { entityByName, memberOf } from '../resolvers/entities.js';
import { actorEvents } from '../resolvers/events.js';
import { findEntities } from '../resolvers/lists.js';
import { builder } from './builder.js';
import { CounterpartRef } from './counterpart.js';
import { ActorKindEnum, EventTypeEnum, RoleEnum } from './enums.js';
import { hasIdPrefix } from './ids.js';
import { ActorRef, EntityRef, EventRef } from './refs.js';

builder.node(ActorRef, {
  description: 'A state, body, armed force or group, community, person or outlet.',
  interfaces: [EntityRef],
  id: { resolve: (actor) => actor.id },
  isTypeOf: (value) => hasIdPrefix(value, 'actor:'),
  loadMany: (ids, context) => ids.map((id) => context.loaders.node('Actor').load(id)),
  fields: (t) => ({
    kind: t.expose('kind', { type: ActorKindEnum }),
    memberOf: t.field({
      type: [ActorRef],
      description: 'The bodies it belongs to (a ministry to its state, a person to a body).',
      resolve: (actor, _args, context) => memberOf(actor, context),
    }),
    events: t.connection({
      type: EventRef,
      args: {
        role: t.arg({ type: RoleEnum, required: false }),
        types: t.arg({ type: [EventTypeEnum], required: false }),
      },
      resolve: (actor, args, context) => actorEvents(actor, args, context),
    }),
    counterparts: t.field({
      type: [CounterpartRef],
      description:
        'The actors it met across its events, most shared events first (first: 1 to 100), with how they stood towards each other.',
      args: {
        types: t.arg({ type: [EventTypeEnum], required: false }),
        first: t.arg.int({ defaultValue: 20 }),
      },
      resolve: (actor, args, context) => counterparts(actor, args, context),
    }),
  }),
});

const ActorFilter = builder.inputType('ActorFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], required: false }),
    name: t.string({ required: false, description: 'Prefix of any name or alias, in any script.' }),
  }),
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'The actor a name stands for: any name or alias, in any script, after normalization.',
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, context, info) => entityByName('Actor', args.name, context, info),
  }),
  actors: t.connection({
    type: ActorRef,
    args: { filter: t.arg({ type: ActorFilter, required: false }) },
    resolve: (_root, args, context, info) => findEntities('Actor', args.filter, args, context, info),
  }),
}));
