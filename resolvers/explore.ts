import type { GraphQLResolveInfo } from 'graphql';
import { FACT_RELATIONSHIPS, LIMITS } from '../explore/limits.js';
import { neighborhood, type Subgraph } from '../explore/neighborhood.js';
import { type FoundPath, type Hop, type PathSearchResult, shortestPaths } from '../explore/paths.js';
import type { GraphRelationship } from '../explore/relationships.js';
import { type SearchHit, type SearchLabel, search } from '../explore/search.js';
import { searchQuery } from '../explore/search-terms.js';
import type { ActorNode, Label, RelType } from '../graph/model.js';
import {
  type ExploreFetched,
  type ExplorePlan,
  type FetchedNode,
  NO_EXPLORE_PLAN,
  type NodePlan,
} from '../graph/read-plan.js';
import type { EventType } from '../model/report.js';
import type { Context } from '../schema/context.js';
import type { Evidence } from './articles.js';
import { badInput } from './errors.js';
import { type AnyNode, existingNode, loadNode, nodeReference, notFound } from './nodes.js';
import { explorePlan } from './plans/explore-plan.js';
import { planned } from './plans/fetched.js';
import { plansOn } from './plans/read.js';
import { Selection } from './plans/selection.js';

const ALL_SEARCH_LABELS: readonly SearchLabel[] = ['Actor', 'Place', 'Article'];

export async function searchGraph(
  args: { text: string; types?: SearchLabel[] | null; first?: number | null },
  context: Context,
): Promise<SearchHit[]> {
  const first = inRange('first', args.first ?? LIMITS.defaultSearchResults, 1, LIMITS.maxSearchResults);
  if (args.text.length > LIMITS.maxSearchTextLength)
    throw badInput(`search text is longer than ${LIMITS.maxSearchTextLength} characters`);
  const query = searchQuery(args.text);
  if (query.terms.length === 0) throw badInput('search text is empty: give a name or some words');
  return search(context.store, query, args.types?.length ? args.types : ALL_SEARCH_LABELS, first);
}

export interface NeighborhoodArgs {
  id: string;
  depth?: number | null;
  relationshipTypes?: RelType[] | null;
  eventTypes?: EventType[] | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
}

/** The nodes an exploration read ahead, by id: those of its answer, and those its relationships name. */
export interface ShownNodes {
  shown?: ReadonlyMap<string, AnyNode>;
}

/** A fact with the nodes its fields show, where the exploration read them ahead. */
export interface ShownRelationship extends GraphRelationship, ShownNodes {
  onBehalfOfNode?: ActorNode;
  evidence: Evidence[];
}

export type ShownSubgraph = Subgraph & ShownNodes & { centerId: string; relationships: ShownRelationship[] };
export type ShownHop = Hop & ShownNodes & { relationships: ShownRelationship[] };
export type ShownPath = FoundPath & ShownNodes & { hops: ShownHop[] };

export async function neighborhoodOf(
  args: NeighborhoodArgs,
  context: Context,
  info?: GraphQLResolveInfo,
): Promise<ShownSubgraph> {
  const depth = inRange('depth', args.depth ?? 1, 1, LIMITS.maxDepth);
  const limit = inRange('limit', args.limit ?? LIMITS.defaultNodeLimit, 1, LIMITS.maxNodeLimit);
  if (args.from && args.to && args.from > args.to)
    throw badInput(`from (${args.from}) is after to (${args.to})`);
  const center = nodeReference(args.id);
  const plan = planOf(info, context);
  const walked = await neighborhood(context.store, center.id, {
    depth,
    limit,
    relationshipTypes: args.relationshipTypes?.length ? args.relationshipTypes : FACT_RELATIONSHIPS,
    ...(args.eventTypes?.length ? { eventTypes: args.eventTypes } : {}),
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    plan,
  });
  const { fetched, ...subgraph } = walked;
  if (!fetched.nodes.some((node) => node.node.id === center.id)) throw notFound(args.id);
  const shown = shownNodes(fetched, plan);
  return {
    ...subgraph,
    centerId: center.id,
    shown: shown.nodes,
    relationships: subgraph.relationships.map((r) => shownRelationship(r, shown)),
  };
}

export async function pathsBetween(
  args: {
    from: string;
    to: string;
    maxLength?: number | null;
    first?: number | null;
    relationshipTypes?: RelType[] | null;
  },
  context: Context,
  info?: GraphQLResolveInfo,
): Promise<PathSearchResult & { paths: ShownPath[] }> {
  const maxLength = inRange('maxLength', args.maxLength ?? LIMITS.defaultPathLength, 1, LIMITS.maxPathLength);
  const first = inRange('first', args.first ?? LIMITS.defaultPaths, 1, LIMITS.maxPaths);
  const [from, to] = [nodeReference(args.from), nodeReference(args.to)];
  if (from.id === to.id) {
    await existingNode(args.from, context);
    throw badInput('from and to are the same node');
  }
  const plan = planOf(info, context);
  const { fetched, endsExist, ...found } = await shortestPaths(context.store, from.id, to.id, {
    maxLength,
    first,
    relationshipTypes: args.relationshipTypes?.length ? args.relationshipTypes : FACT_RELATIONSHIPS,
    plan,
  });
  // The search reads the ends first: only when one is missing are they looked up, to say which.
  if (!endsExist) await Promise.all([existingNode(args.from, context), existingNode(args.to, context)]);
  const shown = shownNodes(fetched, plan);
  return {
    ...found,
    paths: found.paths.map((path) => ({
      ...path,
      shown: shown.nodes,
      hops: path.hops.map((hop) => ({
        ...hop,
        shown: shown.nodes,
        relationships: hop.relationships.map((r) => shownRelationship(r, shown)),
      })),
    })),
  };
}

/** What the selection of an exploration answer reads ahead; nothing without plans (KG_BATCHING=off). */
function planOf(info: GraphQLResolveInfo | undefined, context: Context): ExplorePlan {
  return info && plansOn(context) ? explorePlan(Selection.of(info)) : NO_EXPLORE_PLAN;
}

interface Shown {
  nodes: ReadonlyMap<string, AnyNode>;
  actors: ReadonlyMap<string, AnyNode>;
  articles: ReadonlyMap<string, AnyNode>;
}

/** The planned nodes of what an exploration read ahead, by id; labels and references its plan leaves out are not shown. */
function shownNodes(fetched: ExploreFetched, plan: ExplorePlan): Shown {
  const byId = (list: readonly FetchedNode[] | undefined, planOf: (label: Label) => NodePlan | undefined) =>
    new Map(
      (list ?? []).flatMap((node) => {
        const next = planOf(node.label);
        return next ? [[node.node.id, planned(node, next)] as const] : [];
      }),
    );
  return {
    nodes: byId(fetched.nodes, (label) => plan.nodes[label]),
    actors: byId(fetched.refs.onBehalfOf, () => plan.refs.onBehalfOf),
    articles: byId(fetched.refs.articleId, () => plan.refs.articleId),
  };
}

function shownRelationship(r: GraphRelationship, shown: Shown): ShownRelationship {
  const side = r.onBehalfOf ? shown.actors.get(r.onBehalfOf) : undefined;
  return {
    ...r,
    shown: shown.nodes,
    ...(side ? { onBehalfOfNode: side as ActorNode } : {}),
    evidence: r.evidence.map((e) => {
      const article = e.articleId ? shown.articles.get(e.articleId) : undefined;
      return article ? { ...e, article: article as Evidence['article'] } : e;
    }),
  };
}

/** A node of an exploration answer: as read ahead, else through the request's loaders. */
export function shownNode(
  id: string,
  at: ShownNodes,
  context: Context,
): AnyNode | null | Promise<AnyNode | null> {
  return at.shown?.get(id) ?? loadNode(id, context);
}

export function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}
