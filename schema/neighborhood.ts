import { LIMITS } from '../explore/limits.js';
import { neighborhoodOf, type ShownSubgraph, shownNode } from '../resolvers/explore.js';
import { builder } from './builder.js';
import { EventTypeEnum } from './enums.js';
import { GraphRelationshipRef, NodeRef, RelationshipTypeEnum } from './graph-relationship.js';

const NeighborhoodRef = builder.objectRef<ShownSubgraph>('Neighborhood').implement({
  description: 'The nodes around a centre and the facts that link them.',
  fields: (t) => ({
    center: t.field({ type: NodeRef, resolve: (n, _args, context) => shownNode(n.centerId, n, context) }),
    nodes: t.field({
      type: [NodeRef],
      description: 'The centre first, then nearer before farther.',
      resolve: (n, _args, context) => Promise.all(n.nodeIds.map((id) => shownNode(id, n, context))),
    }),
    relationships: t.field({ type: [GraphRelationshipRef], resolve: (n) => n.relationships }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when the node limit (or the time bound) left out part of the neighbourhood.',
    }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: NeighborhoodRef,
    description: `Nodes and relationships within \`depth\` hops (1 to ${LIMITS.maxDepth}) of a node, at most \`limit\` nodes (1 to ${LIMITS.maxNodeLimit}). Follows the fact relationships (PARTICIPATED_IN, CLAIMS, OCCURRED_IN, PART_OF, MEMBER_OF) unless \`relationshipTypes\` says otherwise; events outside \`eventTypes\` or the date range are neither shown nor walked through.`,
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      relationshipTypes: t.arg({ type: [RelationshipTypeEnum], required: false }),
      eventTypes: t.arg({ type: [EventTypeEnum], required: false }),
      from: t.arg({ type: 'Date', required: false }),
      to: t.arg({ type: 'Date', required: false }),
      limit: t.arg.int({ defaultValue: LIMITS.defaultNodeLimit }),
    },
    resolve: (_root, args, context, info) => neighborhoodOf({ ...args, id: String(args.id) }, context, info),
  }),
}));
