/** CSV for spreadsheets (RFC 4180): `nodes.csv` and `relationships.csv`, one header row each. */
import { join } from 'node:path';
import type { GraphWriter } from './collect.js';
import { OutputFile } from './output-file.js';
import {
  flatText,
  NODE_COLUMNS,
  nodeValue,
  RELATIONSHIP_COLUMNS,
  relationshipValue,
  type Value,
} from './records.js';

const NODES_CSV = 'nodes.csv';
const RELATIONSHIPS_CSV = 'relationships.csv';

/** Without a byte order mark, spreadsheet programs read UTF-8 as a legacy code page and garble Arabic. */
const BOM = '\uFEFF';

const NODE_HEADER = ['id', ...NODE_COLUMNS.map((column) => column.name)];
const RELATIONSHIP_HEADER = ['id', 'source', 'target', ...RELATIONSHIP_COLUMNS.map((column) => column.name)];

export async function openCsv(dir: string): Promise<GraphWriter> {
  const nodes = new OutputFile(join(dir, NODES_CSV));
  const relationships = new OutputFile(join(dir, RELATIONSHIPS_CSV));
  await nodes.write(BOM + csvRow(NODE_HEADER));
  await relationships.write(BOM + csvRow(RELATIONSHIP_HEADER));
  return {
    files: [nodes.path, relationships.path],
    writeNodes: (batch) =>
      nodes.write(
        batch
          .map((node) => csvRow([node.id, ...NODE_COLUMNS.map(({ name }) => nodeValue(node, name))]))
          .join(''),
      ),
    writeRelationships: (batch) =>
      relationships.write(
        batch
          .map((r) =>
            csvRow([
              r.id,
              r.source,
              r.target,
              ...RELATIONSHIP_COLUMNS.map(({ name }) => relationshipValue(r, name)),
            ]),
          )
          .join(''),
      ),
    close: async () => {
      await nodes.close();
      await relationships.close();
    },
  };
}

function csvRow(values: readonly Value[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A field, quoted when it holds a quote, comma or line break (quotes doubled); a missing value is empty. */
export function csvField(value: Value): string {
  if (value === null) return '';
  const text = flatText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
