import type { Label, NodeByLabel, RelSpec, RelType } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { fetchedRelated, type Reached } from './plans/fetched.js';

/** The relationships of a spec at a node: as its plan read them, else through the request's loaders. */
export async function reached<T extends RelType>(
  node: { id: string },
  spec: RelSpec & { type: T },
  context: Context,
): Promise<Reached<T>[]> {
  const related = fetchedRelated(node, spec) ?? (await context.loaders.related(spec).load(node.id));
  return related as Reached<T>[];
}

/**
 * The nodes of a label at the other ends, each once, in the order first
 * reached: those that came along with the relationships, the rest loaded;
 * missing ones dropped.
 */
export async function othersOf<L extends Label>(
  related: readonly Reached[],
  label: L,
  context: Context,
): Promise<NodeByLabel[L][]> {
  const ids = [...new Set(related.filter((r) => r.otherLabel === label).map((r) => r.otherId))];
  const found = new Map<string, NodeByLabel[L]>();
  for (const r of related)
    if (r.otherLabel === label && r.other) found.set(r.otherId, r.other as NodeByLabel[L]);
  const missing = ids.filter((id) => !found.has(id));
  for (const node of await loadAll(label, missing, context)) found.set(node.id, node);
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Loads nodes by id through the request's loader, dropping the missing ones. */
export async function loadAll<L extends Label>(
  label: L,
  ids: string[],
  context: Context,
): Promise<NodeByLabel[L][]> {
  if (ids.length === 0) return [];
  const nodes = await context.loaders.node(label).loadMany([...new Set(ids)]);
  return nodes.filter((n): n is NodeByLabel[L] => n !== null && !(n instanceof Error));
}
