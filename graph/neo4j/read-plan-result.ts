import type { Label } from '../model.js';
import {
  type ExploreFetched,
  type ExplorePlan,
  emptyNodePlan,
  type FetchedNode,
  type FetchedRelationship,
  hopProps,
  type NodePlan,
  type PartialNode,
  REF_LABELS,
  type RefHop,
  type RelatedHop,
} from '../read-plan.js';
import type { PageOf } from '../store.js';
import { plainRecord } from './values.js';

type Raw = Record<string, unknown>;

/** The fetched tree of a read plan's statement (read-plan-cypher.ts), with driver values made plain. */
export function fetchedPage(label: Label, total: unknown, rows: Raw[], plan: NodePlan): PageOf<FetchedNode> {
  return { totalCount: Number(total ?? 0), rows: rows.map((row) => fetchedNode(label, row, plan)) };
}

export function fetchedNode(label: Label, raw: Raw, plan: NodePlan): FetchedNode {
  return {
    label,
    node: plainRecord<PartialNode>(raw.node as Raw, ['id', ...plan.fields]),
    related: plan.related.map((hop, i) =>
      (raw[`r${i}`] as Raw[]).map((rel) => fetchedRelationship(rel, hop)),
    ),
    pages: plan.eventPages.map((hop, i) => {
      const page = raw[`e${i}`] as { total: unknown; rows: Raw[] };
      return fetchedPage('Event', page.total, page.rows, hop.next);
    }),
  };
}

function fetchedRelationship(raw: Raw, hop: RelatedHop): FetchedRelationship {
  const otherLabel = raw.otherLabel as Label;
  const next = hop.next[otherLabel];
  return {
    otherId: raw.otherId as string,
    otherLabel,
    props: plainRecord(raw.props as Raw, hopProps(hop)),
    other: next && raw.other ? fetchedNode(otherLabel, raw.other as Raw, next) : null,
    refs: hop.refs.map((ref, i) => {
      const [node] = raw[`f${i}`] as Raw[];
      return node ? fetchedNode(ref.label, node, ref.next) : null;
    }),
  };
}

/** What an exploration statement read ahead (`exploreReads` in read-plan-cypher.ts), made plain. */
export function exploreFetched(plan: ExplorePlan, record: { get(key: string): unknown }): ExploreFetched {
  const nodes = (record.get('nodes') ?? []) as { label: Label; value: Raw }[];
  const refs: ExploreFetched['refs'] = {};
  for (const [prop, next] of Object.entries(plan.refs) as [RefHop['prop'], NodePlan][])
    refs[prop] = ((record.get(`f_${prop}`) ?? []) as Raw[]).map((raw) =>
      fetchedNode(REF_LABELS[prop], raw, next),
    );
  return {
    nodes: nodes.map(({ label, value }) => fetchedNode(label, value, plan.nodes[label] ?? emptyNodePlan())),
    refs,
  };
}
