/**
 * JSON for other tools: one document `{"nodes": [...], "relationships": [...]}`,
 * one node or relationship per line. Lists stay lists, absent values are null.
 */
import { join } from 'node:path';
import type { GraphWriter } from './collect.js';
import { OutputFile } from './output-file.js';
import type { ExportNode, ExportRelationship } from './records.js';

const JSON_FILE = 'graph.json';

export async function openJson(dir: string): Promise<GraphWriter> {
  const file = new OutputFile(join(dir, JSON_FILE));
  await file.write('{"nodes":[');
  const nodes = new JsonArray(file);
  const relationships = new JsonArray(file);
  let section: 'nodes' | 'relationships' = 'nodes';
  const enterRelationships = async () => {
    if (section === 'nodes') await file.write('\n],"relationships":[');
    section = 'relationships';
  };
  return {
    files: [file.path],
    writeNodes: (batch) => nodes.write(batch.map(nodeObject)),
    writeRelationships: async (batch) => {
      await enterRelationships();
      await relationships.write(batch.map(relationshipObject));
    },
    close: async () => {
      await enterRelationships();
      await file.write('\n]}\n');
      await file.close();
    },
  };
}

/** Elements of one array written batch by batch, each on its own line. */
class JsonArray {
  private empty = true;

  constructor(private readonly file: OutputFile) {}

  async write(elements: readonly object[]): Promise<void> {
    if (elements.length === 0) return;
    const lines = elements.map((element) => JSON.stringify(element)).join(',\n');
    await this.file.write(`${this.empty ? '' : ','}\n${lines}`);
    this.empty = false;
  }
}

function nodeObject(node: ExportNode): object {
  return { id: node.id, label: node.label, ...node.properties };
}

function relationshipObject(relationship: ExportRelationship): object {
  const { id, type, source, target, properties } = relationship;
  return { id, type, source, target, ...properties };
}
