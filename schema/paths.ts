import { LIMITS } from '../explore/limits.js';
import type { PathSearchResult } from '../explore/paths.js';
import { pathsBetween, type ShownHop, type ShownPath, shownNode } from '../resolvers/explore.js';
import { builder } from './builder.js';
import { GraphRelationshipRef, NodeRef, RelationshipTypeEnum } from './graph-relationship.js';

const PathHopRef = builder.objectRef<ShownHop>('PathHop').implement({
  description: 'One step of a path, with every fact linking its two nodes and the evidence behind each.',
  fields: (t) => ({
    from: t.field({ type: NodeRef, resolve: (hop, _args, context) => shownNode(hop.fromId, hop, context) }),
    to: t.field({ type: NodeRef, resolve: (hop, _args, context) => shownNode(hop.toId, hop, context) }),
    relationships: t.field({ type: [GraphRelationshipRef], resolve: (hop) => hop.relationships }),
  }),
});

const PathRef = builder.objectRef<ShownPath>('Path').implement({
  fields: (t) => ({
    length: t.int({ resolve: (path) => path.hops.length }),
    nodes: t.field({
      type: [NodeRef],
      resolve: (path, _args, context) => Promise.all(path.nodeIds.map((id) => shownNode(id, path, context))),
    }),
    hops: t.field({ type: [PathHopRef], resolve: (path) => path.hops }),
  }),
});

const PathSearchRef = builder.objectRef<PathSearchResult & { paths: ShownPath[] }>('PathSearch').implement({
  fields: (t) => ({
    paths: t.field({
      type: [PathRef],
      description: 'Empty when nothing links the two within maxLength.',
      resolve: (result) => result.paths,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: `True when the search gave up on its bounds (${LIMITS.pathVisitBudget} nodes reached or ${LIMITS.timeBudgetMs} ms) before finding a path; try a smaller maxLength.`,
    }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: PathSearchRef,
    description: `The shortest connections between two nodes (maxLength 1 to ${LIMITS.maxPathLength}, first 1 to ${LIMITS.maxPaths}), each hop with its facts and evidence. Follows the fact relationships unless \`relationshipTypes\` says otherwise.`,
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxLength: t.arg.int({ defaultValue: LIMITS.defaultPathLength }),
      first: t.arg.int({ defaultValue: LIMITS.defaultPaths }),
      relationshipTypes: t.arg({ type: [RelationshipTypeEnum], required: false }),
    },
    resolve: (_root, args, context, info) =>
      pathsBetween({ ...args, from: String(args.from), to: String(args.to) }, context, info),
  }),
}));
