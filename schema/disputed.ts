import { claimsWithStance, type Dispute, disputedEvents } from '../resolvers/disputed.js';
import { builder } from './builder.js';
import { ClaimRef, EventRef } from './refs.js';

const DisputeRef = builder.objectRef<Dispute>('Dispute').implement({
  description: 'An event some assert and others deny, each side with its evidence.',
  fields: (t) => ({
    event: t.field({ type: EventRef, resolve: (dispute) => dispute.event }),
    assertions: t.field({
      type: [ClaimRef],
      resolve: (dispute, _args, context) => claimsWithStance(dispute, 'ASSERTS', context),
    }),
    denials: t.field({
      type: [ClaimRef],
      resolve: (dispute, _args, context) => claimsWithStance(dispute, 'DENIES', context),
    }),
  }),
});

builder.queryFields((t) => ({
  disputed: t.connection({
    type: DisputeRef,
    description: 'Events with both assertions and denials (factuality DISPUTED), newest first.',
    resolve: (_root, args, context) => disputedEvents(args, context),
  }),
}));
