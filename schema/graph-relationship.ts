import { REL_TYPES } from '../graph/model.js';
import { type ShownRelationship, shownNode } from '../resolvers/explore.js';
import { globalIdOf } from '../resolvers/nodes.js';
import { builder } from './builder.js';
import { RoleEnum, StanceEnum } from './enums.js';
import { ActorRef, EvidenceRef } from './refs.js';

export const RelationshipTypeEnum = builder.enumType('RelationshipType', { values: REL_TYPES });

export const NodeRef = builder.nodeInterfaceRef();

export const GraphRelationshipRef = builder.objectRef<ShownRelationship>('GraphRelationship').implement({
  description:
    'One fact between two nodes: the relationships of one type, direction, role or stance, merged across the articles that state it.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable within the graph: type, ends and qualifier.' }),
    type: t.expose('type', { type: RelationshipTypeEnum }),
    sourceId: t.id({ resolve: (r) => globalIdOf(r.sourceId) }),
    targetId: t.id({ resolve: (r) => globalIdOf(r.targetId) }),
    source: t.field({ type: NodeRef, resolve: (r, _args, context) => shownNode(r.sourceId, r, context) }),
    target: t.field({ type: NodeRef, resolve: (r, _args, context) => shownNode(r.targetId, r, context) }),
    role: t.expose('role', { type: RoleEnum, nullable: true }),
    stance: t.expose('stance', { type: StanceEnum, nullable: true }),
    onBehalfOf: t.field({
      type: ActorRef,
      nullable: true,
      description: 'The side a delegate acts for.',
      resolve: (r, _args, context) =>
        r.onBehalfOfNode ?? (r.onBehalfOf ? context.loaders.node('Actor').load(r.onBehalfOf) : null),
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => r.evidence }),
  }),
});
