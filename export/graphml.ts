/** GraphML for Gephi, yEd and NetworkX: one directed graph, a `<key>` per node and edge property. */
import { join } from 'node:path';
import type { GraphWriter } from './collect.js';
import { OutputFile } from './output-file.js';
import {
  type Column,
  type ExportNode,
  type ExportRelationship,
  flatText,
  NODE_COLUMNS,
  nodeValue,
  RELATIONSHIP_COLUMNS,
  relationshipValue,
  type Value,
} from './records.js';

const GRAPHML_FILE = 'graph.graphml';

export async function openGraphml(dir: string): Promise<GraphWriter> {
  const file = new OutputFile(join(dir, GRAPHML_FILE));
  await file.write(header());
  return {
    files: [file.path],
    writeNodes: (nodes) => file.write(nodes.map(nodeElement).join('')),
    writeRelationships: (relationships) => file.write(relationships.map(edgeElement).join('')),
    close: async () => {
      await file.write('  </graph>\n</graphml>\n');
      await file.close();
    },
  };
}

function header(): string {
  const keys = [
    ...NODE_COLUMNS.map((column) => keyElement('node', column)),
    ...RELATIONSHIP_COLUMNS.map((column) => keyElement('edge', column)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keys.join('')}  <graph id="G" edgedefault="directed">
`;
}

function keyElement(domain: 'node' | 'edge', column: Column): string {
  return `  <key id="${keyId(domain, column.name)}" for="${domain}" attr.name="${column.name}" attr.type="${column.type}"/>\n`;
}

function keyId(domain: 'node' | 'edge', name: string): string {
  return `${domain}.${name}`;
}

function nodeElement(node: ExportNode): string {
  const data = NODE_COLUMNS.map(({ name }) => dataElement(keyId('node', name), nodeValue(node, name)));
  return `    <node id="${escapeXml(node.id)}">\n${data.join('')}    </node>\n`;
}

function edgeElement(relationship: ExportRelationship): string {
  const data = RELATIONSHIP_COLUMNS.map(({ name }) =>
    dataElement(keyId('edge', name), relationshipValue(relationship, name)),
  );
  const { id, source, target } = relationship;
  return `    <edge id="${escapeXml(id)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n${data.join('')}    </edge>\n`;
}

/** Absent values get no `<data>`, so tools see them as missing rather than empty. */
function dataElement(key: string, value: Value): string {
  if (value === null) return '';
  return `      <data key="${key}">${escapeXml(flatText(value))}</data>\n`;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a raw carriage return into a line feed; the reference keeps it.
  '\r': '&#13;',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/**
 * Text made safe for XML content and attribute values. Characters XML cannot
 * hold at all (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped:
 * scraped pages sometimes carry them.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\r]/g, (ch) => XML_ESCAPES[ch] ?? ch);
}
