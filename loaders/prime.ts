import type { EventNode, Related } from '../graph/model.js';
import { eventPageKey, type FetchedNode, type NodePlan } from '../graph/read-plan.js';
import type { Loaders } from './index.js';

/**
 * Puts what a read plan fetched into the request's loaders: every node, every
 * relationship list and nested event page it read, and `null` for a node a
 * relationship names that does not exist. Resolvers then find them there and
 * make no store call of their own.
 */
export function primeFetched(loaders: Loaders, plan: NodePlan, fetched: FetchedNode): void {
  const id = fetched.node.id;
  loaders.node(fetched.label).prime(id, fetched.node);
  plan.related.forEach((hop, i) => {
    const relationships = fetched.related[i] ?? [];
    loaders.related(hop.spec).prime(
      id,
      relationships.map(
        (rel): Related => ({
          otherId: rel.otherId,
          otherLabel: rel.otherLabel,
          other: rel.other && rel.otherLabel !== 'Article' ? (rel.other.node as Related['other']) : null,
          props: rel.props,
        }),
      ),
    );
    for (const rel of relationships) {
      const next = hop.next[rel.otherLabel];
      if (next && rel.other) primeFetched(loaders, next, rel.other);
      hop.refs.forEach((ref, j) => {
        const node = rel.refs[j];
        const refId = (rel.props as Partial<Record<typeof ref.prop, string | null>>)[ref.prop];
        if (node) primeFetched(loaders, ref.next, node);
        else if (refId) loaders.node(ref.label).prime(refId, null);
      });
    }
  });
  plan.eventPages.forEach((hop, i) => {
    const page = fetched.pages[i];
    if (!page) return;
    loaders.pages.set(eventPageKey(id, hop.filter, hop.page), {
      totalCount: page.totalCount,
      rows: page.rows.map((row) => row.node as EventNode),
    });
    for (const row of page.rows) primeFetched(loaders, hop.next, row);
  });
}
