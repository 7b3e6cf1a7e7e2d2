import { decodeGlobalID } from '@pothos/plugin-relay';
import { matchKey } from '../extract/normalize.js';
import type { ActorNode, NodeByLabel, PlaceNode } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { badInput } from './errors.js';

type EntityLabel = 'Actor' | 'Place';

/**
 * The entity a name stands for, by any name or alias in any script after
 * normalization. Where several share the alias, the one whose own name it is wins.
 */
export async function entityByName<L extends EntityLabel>(
  label: L,
  name: string,
  context: Context,
): Promise<NodeByLabel[L] | null> {
  const nodes = await entitiesByName(label, name, context);
  const key = matchKey(name);
  const ownName = nodes.find((n) => [n.name, n.nameAr, n.nameEn].some((s) => s && matchKey(s) === key));
  return ownName ?? nodes[0] ?? null;
}

/** Longer than any name; a longer one is refused before it costs a lookup. */
const MAX_NAME_LENGTH = 200;

async function entitiesByName<L extends EntityLabel>(
  label: L,
  name: string,
  context: Context,
): Promise<NodeByLabel[L][]> {
  if (name.length > MAX_NAME_LENGTH) throw badInput(`a name is at most ${MAX_NAME_LENGTH} characters`);
  const ids = await context.loaders.lookup(label).load(matchKey(name));
  const nodes = await context.loaders.node(label).loadMany(ids);
  return nodes.filter((n): n is NodeByLabel[L] => n !== null && !(n instanceof Error));
}

/** Ids an entity reference stands for: a global id of that type, or a name or alias. */
export async function entityIdsOf(
  label: EntityLabel,
  reference: string,
  context: Context,
): Promise<string[]> {
  const globalId = tryDecodeGlobalId(reference);
  if (globalId?.typename === label) return [globalId.id];
  return (await entitiesByName(label, reference, context)).map((n) => n.id);
}

function tryDecodeGlobalId(value: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(value);
  } catch {
    return null;
  }
}

const MAX_CONTAINMENT_DEPTH = 6;

/** The places and every place inside them, level by level (one batched read per level). */
export async function withContainedPlaces(placeIds: string[], context: Context): Promise<string[]> {
  const all = new Set(placeIds);
  let frontier = placeIds;
  for (let depth = 0; depth < MAX_CONTAINMENT_DEPTH && frontier.length > 0; depth++) {
    const children = await context.loaders.related({ type: 'PART_OF', direction: 'in' }).loadMany(frontier);
    frontier = children.flatMap((list) => (list instanceof Error ? [] : list.map((r) => r.otherId)));
    frontier = frontier.filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

export async function partOf(place: PlaceNode, context: Context): Promise<PlaceNode | null> {
  const [parent] = await context.loaders.related({ type: 'PART_OF', direction: 'out' }).load(place.id);
  return parent ? context.loaders.node('Place').load(parent.otherId) : null;
}

export async function memberOf(actor: ActorNode, context: Context): Promise<ActorNode[]> {
  const bodies = await context.loaders.related({ type: 'MEMBER_OF', direction: 'out' }).load(actor.id);
  return loadAll(
    'Actor',
    bodies.map((b) => b.otherId),
    context,
  );
}

/** Loads nodes by id through the request's loader, dropping the missing ones. */
export async function loadAll<L extends keyof NodeByLabel>(
  label: L,
  ids: string[],
  context: Context,
): Promise<NodeByLabel[L][]> {
  const nodes = await context.loaders.node(label).loadMany([...new Set(ids)]);
  return nodes.filter((n): n is NodeByLabel[L] => n !== null && !(n instanceof Error));
}
