/**
 * Walks a selection of the graph into a writer: all nodes first, then every
 * relationship between two selected nodes, each once (from its start node),
 * a batch of nodes per store call.
 */
import { neighborhood } from '../explore/neighborhood.js';
import { type Label, labelOfId, type NodeByLabel, REL_TYPES } from '../graph/model.js';
import { codepointCompare } from '../graph/order.js';
import type { GraphStore, Page, PageOf } from '../graph/store.js';
import {
  EXPORT_LABELS,
  type ExportNode,
  type ExportRelationship,
  exportNode,
  exportRelationship,
} from './records.js';

const BATCH_SIZE = 1_000;

/** Where an export goes: called with every node batch, then every relationship batch, then closed. */
export interface GraphWriter {
  /** The files it writes. */
  readonly files: readonly string[];
  writeNodes(nodes: readonly ExportNode[]): Promise<void>;
  writeRelationships(relationships: readonly ExportRelationship[]): Promise<void>;
  close(): Promise<void>;
}

/** The nodes to export, in batches. */
export interface NodeSelection {
  /** How many nodes to expect (for progress). */
  expected: number;
  /** True when the selection was cut short (a neighbourhood over its node limit or time bound). */
  truncated: boolean;
  batches(): AsyncIterable<ExportNode[]>;
}

export interface Progress {
  phase: 'nodes' | 'relationships';
  /** Nodes done in this phase. */
  done: number;
  expected: number;
}

export interface CollectResult {
  nodes: number;
  relationships: number;
}

export async function collect(
  store: GraphStore,
  selection: NodeSelection,
  writer: GraphWriter,
  onProgress: (progress: Progress) => void = () => {},
): Promise<CollectResult> {
  const { expected } = selection;
  const selected = new Set<string>();
  const idBatches: string[][] = [];
  for await (const batch of selection.batches()) {
    // Pages shift when articles arrive during an export: a node seen twice is written once.
    const fresh = batch.filter((node) => !selected.has(node.id));
    await writer.writeNodes(fresh);
    const ids = fresh.map((node) => node.id);
    for (const id of ids) selected.add(id);
    idBatches.push(ids);
    onProgress({ phase: 'nodes', done: selected.size, expected });
  }
  let relationships = 0;
  let done = 0;
  for (const ids of idBatches) {
    const batch = await outgoingRelationships(store, ids, selected);
    await writer.writeRelationships(batch);
    relationships += batch.length;
    done += ids.length;
    onProgress({ phase: 'relationships', done, expected });
  }
  await writer.close();
  return { nodes: selected.size, relationships };
}

/** The relationships starting at these nodes and ending at a selected one, by start node, type, end and id. */
async function outgoingRelationships(
  store: GraphStore,
  ids: readonly string[],
  selected: ReadonlySet<string>,
): Promise<ExportRelationship[]> {
  const adjacency = await store.adjacent(ids, REL_TYPES);
  return ids.flatMap((id, index) =>
    (adjacency[index] ?? [])
      .filter((adjacent) => adjacent.outgoing && selected.has(adjacent.otherId))
      .map((adjacent) => exportRelationship(adjacent.type, id, adjacent.otherId, adjacent.props))
      .sort(
        (a, b) =>
          codepointCompare(a.type, b.type) ||
          codepointCompare(a.target, b.target) ||
          codepointCompare(a.id, b.id),
      ),
  );
}

/** Every node of the graph, label by label, paged through the store's lists. */
export async function wholeGraph(store: GraphStore, batchSize = BATCH_SIZE): Promise<NodeSelection> {
  const { nodes } = await store.counts();
  return {
    expected: nodes,
    truncated: false,
    async *batches() {
      for (const label of EXPORT_LABELS) {
        for (let offset = 0; ; offset += batchSize) {
          const { rows } = await LISTS[label](store, { offset, limit: batchSize });
          if (rows.length > 0) yield rows.map((node) => exportNode(label, node));
          if (rows.length < batchSize) break;
        }
      }
    },
  };
}

const LISTS: { [L in Label]: (store: GraphStore, page: Page) => Promise<PageOf<NodeByLabel[L]>> } = {
  Actor: (store, page) => store.findActors({}, page),
  Place: (store, page) => store.findPlaces({}, page),
  Event: (store, page) => store.findEvents({}, page),
  Article: (store, page) => store.findArticles({}, page),
};

/** Most nodes a neighbourhood export holds: far more than a screen shows, few enough for one walk. */
export const NEIGHBOURHOOD_LIMIT = 10_000;

/** The nodes within `depth` hops of a centre over every relationship type, nearest first. */
export async function neighbourhoodOf(
  store: GraphStore,
  centerId: string,
  depth: number,
  batchSize = BATCH_SIZE,
): Promise<NodeSelection> {
  const { nodeIds, truncated } = await neighborhood(store, centerId, {
    depth,
    relationshipTypes: REL_TYPES,
    limit: NEIGHBOURHOOD_LIMIT,
  });
  return {
    expected: nodeIds.length,
    truncated,
    async *batches() {
      for (let start = 0; start < nodeIds.length; start += batchSize) {
        yield await nodesById(store, nodeIds.slice(start, start + batchSize));
      }
    },
  };
}

/** These nodes, in this order. */
async function nodesById(store: GraphStore, ids: readonly string[]): Promise<ExportNode[]> {
  const found = new Map<string, ExportNode>();
  for (const label of EXPORT_LABELS) {
    const ofLabel = ids.filter((id) => labelOfId(id) === label);
    if (ofLabel.length === 0) continue;
    for (const node of await store.nodes(label, ofLabel)) {
      if (node) found.set(node.id, exportNode(label, node));
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}
