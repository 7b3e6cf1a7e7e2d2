import { mkdirSync } from 'node:fs';
import type { GraphStore } from '../graph/store.js';
import { type CollectResult, collect, neighbourhoodOf, type Progress, wholeGraph } from './collect.js';
import { FORMATS, type Format } from './formats.js';

export interface ExportOptions {
  format: Format;
  /** The folder to write into; created when missing, same-named files replaced. */
  dir: string;
  /** The node whose neighbourhood to export; without it, the whole graph. */
  around?: { nodeId: string; depth: number };
  /** Nodes per store call; the default suits large graphs. */
  batchSize?: number;
  onProgress?: (progress: Progress) => void;
}

export interface ExportResult extends CollectResult {
  files: string[];
  /** True when the neighbourhood was cut short by its node limit or time bound. */
  truncated: boolean;
}

/** Writes the graph, or one node's neighbourhood, in one format. */
export async function exportGraph(store: GraphStore, options: ExportOptions): Promise<ExportResult> {
  const selection = options.around
    ? await neighbourhoodOf(store, options.around.nodeId, options.around.depth, options.batchSize)
    : await wholeGraph(store, options.batchSize);
  mkdirSync(options.dir, { recursive: true });
  const writer = await FORMATS[options.format](options.dir);
  const counts = await collect(store, selection, writer, options.onProgress);
  return { ...counts, files: [...writer.files], truncated: selection.truncated };
}
