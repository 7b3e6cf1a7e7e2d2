import neo4j from 'neo4j-driver';

/** Turns driver values into plain ones (Integer → number), keeping exactly `fields`, missing ones as null. */
export function plainRecord<T>(value: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const field of fields) out[field] = plainValue(value[field]);
  return out as T;
}

function plainValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}
