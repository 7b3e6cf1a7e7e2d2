import { matchKey } from '../extract/normalize.js';
import { labelOfId } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

/** A reference that names no stored node, or more than one. */
export class EntityReferenceError extends Error {}

const ENTITY_LABELS = ['Actor', 'Place'] as const;

/**
 * The node a reference stands for: a node id (`actor:israel`), or an actor or
 * place name or alias in any script. Where several entities share the name,
 * the ones whose own name it is are preferred; if that still leaves several,
 * the reference is ambiguous.
 */
export async function resolveNode(store: GraphStore, reference: string): Promise<string> {
  const label = labelOfId(reference);
  if (label) {
    const [node] = await store.nodes(label, [reference]);
    if (!node) throw new EntityReferenceError(`no node has the id ${reference}`);
    return node.id;
  }
  const key = matchKey(reference);
  const candidates = (
    await Promise.all(
      ENTITY_LABELS.map(async (entityLabel) => {
        const [ids = []] = await store.lookupByKey(entityLabel, [key]);
        return (await store.nodes(entityLabel, ids)).filter((node) => node !== null);
      }),
    )
  ).flat();
  const ownName = candidates.filter((node) =>
    [node.name, node.nameAr, node.nameEn].some((name) => name !== null && matchKey(name) === key),
  );
  const [chosen, ...others] = ownName.length > 0 ? ownName : candidates;
  if (!chosen) throw new EntityReferenceError(`no actor or place is called ${reference}`);
  if (others.length > 0) {
    const ids = [chosen, ...others].map((node) => node.id).join(', ');
    throw new EntityReferenceError(`${reference} names several entities (${ids}): give one of these ids`);
  }
  return chosen.id;
}
