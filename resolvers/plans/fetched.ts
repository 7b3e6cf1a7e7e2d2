import type { Label, NodeByLabel, RelationshipProps, RelSpec, RelType } from '../../graph/model.js';
import {
  eventPageKey,
  type FetchedNode,
  type NestedEventFilter,
  type NodePlan,
  type RefHop,
} from '../../graph/read-plan.js';
import type { Page, PageOf } from '../../graph/store.js';

type AnyNode = NodeByLabel[Label];

/** A relationship as resolvers read it: `other` is the node at the other end where it came along. */
export interface Reached<T extends RelType = RelType> {
  otherId: string;
  otherLabel: Label;
  other: AnyNode | null;
  props: RelationshipProps[T];
}

/** What a plan read below one node object. */
interface Below {
  related: Map<string, Reached[]>;
  pages: Map<string, PageOf<AnyNode>>;
  refs: Map<string, AnyNode | null>;
}

/**
 * Keyed by the node objects handed to the resolvers, which a plan's read
 * creates for the request; a node's entry goes with it.
 */
const fetchedBelow = new WeakMap<object, Below>();

/**
 * The node objects of a plan's page, each carrying what the plan read below
 * it. A planned node holds only the properties its selection reads (see
 * node-plan.ts), so it never enters the request's loaders, whose nodes are
 * whole; resolvers find what is below it here.
 */
export function plannedPage(page: PageOf<FetchedNode>, plan: NodePlan): PageOf<AnyNode> {
  return { totalCount: page.totalCount, rows: page.rows.map((row) => planned(row, plan)) };
}

export function planned(fetched: FetchedNode, plan: NodePlan): AnyNode {
  const node = fetched.node as AnyNode;
  const below: Below = { related: new Map(), pages: new Map(), refs: new Map() };
  plan.related.forEach((hop, i) => {
    const reached = (fetched.related[i] ?? []).map((rel): Reached => {
      hop.refs.forEach((ref, j) => {
        const id = (rel.props as Record<string, unknown>)[ref.prop];
        const target = rel.refs[j];
        if (typeof id === 'string')
          below.refs.set(refKey(hop.spec, ref.prop, id), target ? planned(target, ref.next) : null);
      });
      const next = hop.next[rel.otherLabel];
      return {
        otherId: rel.otherId,
        otherLabel: rel.otherLabel,
        // The hop's properties only: those its fields read (node-plan.ts).
        props: rel.props as RelationshipProps[RelType],
        other: next && rel.other ? planned(rel.other, next) : null,
      };
    });
    below.related.set(specKey(hop.spec), reached);
  });
  plan.eventPages.forEach((hop, i) => {
    const page = fetched.pages[i];
    if (page) below.pages.set(eventPageKey(hop.filter, hop.page), plannedPage(page, hop.next));
  });
  fetchedBelow.set(node, below);
  return node;
}

/** The relationships of a spec at a node, where its plan read them. */
export function fetchedRelated(node: object, spec: RelSpec): Reached[] | undefined {
  return fetchedBelow.get(node)?.related.get(specKey(spec));
}

/** The page of a nested event list at a node, where its plan read it. */
export function fetchedEventPage(
  node: object,
  filter: NestedEventFilter,
  page: Page,
): PageOf<NodeByLabel['Event']> | undefined {
  return fetchedBelow.get(node)?.pages.get(eventPageKey(filter, page)) as
    | PageOf<NodeByLabel['Event']>
    | undefined;
}

/**
 * The node a relationship of `spec` at `node` names by a property, where the
 * plan read it: null when there is no such node, undefined when not read.
 */
export function fetchedRef<L extends Label>(
  node: object,
  spec: RelSpec,
  prop: RefHop['prop'],
  id: string,
): NodeByLabel[L] | null | undefined {
  return fetchedBelow.get(node)?.refs.get(refKey(spec, prop, id)) as NodeByLabel[L] | null | undefined;
}

function specKey(spec: RelSpec): string {
  return `${spec.type}:${spec.direction}`;
}

function refKey(spec: RelSpec, prop: string, id: string): string {
  return `${specKey(spec)}|${prop}|${id}`;
}
