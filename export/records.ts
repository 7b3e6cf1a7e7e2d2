/** The rows an export writes: nodes and relationships as flat records, with the columns every format shares. */
import { createHash } from 'node:crypto';
import {
  type Label,
  NODE_FIELDS,
  type NodeByLabel,
  REL_TYPES,
  RELATIONSHIP_FIELDS,
  type RelationshipProps,
  type RelType,
} from '../graph/model.js';

export type Value = string | number | string[] | null;

export interface ExportNode {
  id: string;
  label: Label;
  /** The label's own fields, without the internal ones. */
  properties: Record<string, Value>;
}

export interface ExportRelationship {
  id: string;
  type: RelType;
  source: string;
  target: string;
  /** The type's fields: provenance (articleId, evidence, start, end), or count and articleId for MENTIONS. */
  properties: Record<string, Value>;
}

/** Node labels in the order exports list them: the entities first. */
export const EXPORT_LABELS: readonly Label[] = ['Actor', 'Place', 'Event', 'Article'];

/**
 * Fields no export writes: the article text (large; the url points to it) and
 * the normalized keys and hash the stores match and deduplicate with.
 */
const INTERNAL_FIELDS = new Set(['id', 'text', 'searchKey', 'aliasKeys', 'contentHash']);

type ColumnType = 'string' | 'int' | 'double';

export interface Column {
  name: string;
  type: ColumnType;
}

const NUMERIC_FIELDS: Record<string, ColumnType> = {
  lat: 'double',
  lon: 'double',
  casualties: 'int',
  start: 'int',
  end: 'int',
  count: 'int',
};

function columnsOf(fields: readonly string[]): Column[] {
  return [...new Set(fields)]
    .filter((name) => !INTERNAL_FIELDS.has(name))
    .map((name) => ({ name, type: NUMERIC_FIELDS[name] ?? 'string' }));
}

/** Every exported node property of any label, `label` first (Actor, Place, Event, Article). */
export const NODE_COLUMNS: readonly Column[] = columnsOf([
  'label',
  ...EXPORT_LABELS.flatMap((label) => NODE_FIELDS[label]),
]);

/** Every relationship property of any type, `type` first. */
export const RELATIONSHIP_COLUMNS: readonly Column[] = columnsOf([
  'type',
  ...REL_TYPES.flatMap((type) => RELATIONSHIP_FIELDS[type]),
]);

export function exportNode<L extends Label>(label: L, node: NodeByLabel[L]): ExportNode {
  const record = node as unknown as Record<string, Value>;
  const properties: Record<string, Value> = {};
  for (const field of NODE_FIELDS[label]) {
    if (!INTERNAL_FIELDS.has(field)) properties[field] = record[field] ?? null;
  }
  return { id: node.id, label, properties };
}

export function exportRelationship(
  type: RelType,
  source: string,
  target: string,
  props: RelationshipProps[RelType],
): ExportRelationship {
  const record = props as unknown as Record<string, Value>;
  const properties: Record<string, Value> = {};
  for (const field of RELATIONSHIP_FIELDS[type]) properties[field] = record[field] ?? null;
  return { id: relationshipId(type, source, target, properties), type, source, target, properties };
}

/**
 * A relationship's id, the same on every run and store: a digest of its type,
 * ends and properties. The stores keep no id of their own, and two relationships
 * of one type between the same nodes always differ in a property (article, role, side or stance).
 */
function relationshipId(type: RelType, source: string, target: string, properties: Record<string, Value>) {
  const digest = createHash('sha256')
    .update(JSON.stringify([type, source, target, Object.values(properties)]))
    .digest('hex');
  return `rel:${digest.slice(0, 20)}`;
}

/** Separates the items of a list (aliases, tags) in the formats that have no lists: GraphML and CSV. */
const LIST_SEPARATOR = ' | ';

/** A value as one piece of text. */
export function flatText(value: NonNullable<Value>): string {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

/** The value of a column for a node or relationship row; `label` and `type` are columns too. */
export function nodeValue(node: ExportNode, column: string): Value {
  return column === 'label' ? node.label : (node.properties[column] ?? null);
}

export function relationshipValue(relationship: ExportRelationship, column: string): Value {
  return column === 'type' ? relationship.type : (relationship.properties[column] ?? null);
}
