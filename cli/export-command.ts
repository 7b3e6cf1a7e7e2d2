/**
 * `kg export --format graphml|csv|json [--out DIR] [--around ID-OR-NAME] [--depth N]`:
 * writes the graph of the configured store, or the neighbourhood of one node,
 * for Gephi (GraphML), spreadsheets (CSV) or other tools (JSON).
 */
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { LIMITS } from '../explore/limits.js';
import { NEIGHBOURHOOD_LIMIT, type Progress } from '../export/collect.js';
import { type ExportOptions, type ExportResult, exportGraph } from '../export/export-graph.js';
import { FORMATS, type Format, isFormat } from '../export/formats.js';
import { EntityReferenceError, resolveNode } from '../export/resolve-node.js';
import type { GraphStore } from '../graph/store.js';
import { UsageError } from './document-options.js';
import { withStore } from './with-store.js';

const FORMAT_NAMES = Object.keys(FORMATS).join('|');
const USAGE = `usage: kg export --format ${FORMAT_NAMES} [--out DIR] [--around ID-OR-NAME] [--depth 1-${LIMITS.maxDepth}]\n`;
const DEFAULT_OUT = 'data/export';

interface ExportArguments {
  format: Format;
  out: string;
  around: string | null;
  depth: number;
}

export async function run(argv: string[]): Promise<number> {
  let args: ExportArguments;
  try {
    args = parseExportArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return refuse(error.message);
  }
  return withStore(async (store) => {
    let around: ExportOptions['around'];
    try {
      around = args.around ? { nodeId: await resolveNode(store, args.around), depth: args.depth } : undefined;
    } catch (error) {
      if (!(error instanceof EntityReferenceError)) throw error;
      return refuse(error.message);
    }
    const progress = progressBar();
    let result: ExportResult;
    try {
      result = await exportGraph(store, {
        format: args.format,
        dir: args.out,
        around,
        onProgress: progress.update,
      });
    } catch (error) {
      if (!isFileSystemError(error)) throw error;
      process.stderr.write(`cannot write the export to ${args.out}: ${error.message}\n`);
      return 1;
    } finally {
      progress.stop();
    }
    process.stdout.write(summary(store, result, around));
    return 0;
  });
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'syscall' in error;
}

function refuse(message: string): number {
  process.stderr.write(`${message}\n${USAGE}`);
  return 2;
}

function parseExportArguments(argv: string[]): ExportArguments {
  let values: { format?: string; out?: string; around?: string; depth?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        around: { type: 'string' },
        depth: { type: 'string' },
      },
    }));
  } catch (error) {
    // parseArgs reports unknown options, missing values and stray words as TypeErrors.
    throw new UsageError((error as Error).message);
  }
  if (values.format === undefined) throw new UsageError('--format is required');
  if (!isFormat(values.format))
    throw new UsageError(`unknown format ${values.format}: use one of ${FORMAT_NAMES}`);
  if (values.depth !== undefined && values.around === undefined)
    throw new UsageError('--depth only applies with --around');
  return {
    format: values.format,
    out: values.out ?? DEFAULT_OUT,
    around: values.around ?? null,
    depth: values.depth === undefined ? 1 : depthOf(values.depth),
  };
}

function depthOf(value: string): number {
  const depth = Number(value);
  if (!Number.isInteger(depth) || depth < 1 || depth > LIMITS.maxDepth)
    throw new UsageError(`--depth must be a whole number from 1 to ${LIMITS.maxDepth}, not ${value}`);
  return depth;
}

/** A progress bar on a terminal, through both passes of the export; nothing otherwise. */
function progressBar(): { update: (progress: Progress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: 'exporting {phase} {bar} {value}/{total} nodes' });
  return {
    update: ({ phase, done, expected }) => {
      if (!bar.isActive) return bar.start(expected, done, { phase });
      bar.setTotal(expected);
      bar.update(done, { phase });
    },
    stop: () => bar.stop(),
  };
}

function summary(store: GraphStore, result: ExportResult, around: ExportOptions['around']): string {
  const scope = around ? ` (the neighbourhood of ${around.nodeId}, depth ${around.depth})` : '';
  const truncated = result.truncated
    ? `; truncated: more than ${NEIGHBOURHOOD_LIMIT.toLocaleString('en')} nodes or too long a walk, try a smaller --depth`
    : '';
  return `exported from the ${store.name} store${scope}: ${result.nodes} nodes, ${result.relationships} relationships${truncated} → ${result.files.join(', ')}\n`;
}
