import { decodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { matchKey } from '../extract/normalize.js';
import type { ActorNode, NodeByLabel, PlaceNode } from '../graph/model.js';
import { type EntityReference, MAX_CONTAINMENT_DEPTH } from '../graph/read-plan.js';
import type { Context } from '../schema/context.js';
import { badInput } from './errors.js';
import { nodePlan } from './plans/node-plan.js';
import { plansOn, readPlanned } from './plans/read.js';
import { Selection } from './plans/selection.js';
import { othersOf, reached } from './reached.js';

type EntityLabel = 'Actor' | 'Place';

/**
 * The entity a name stands for, by any name or alias in any script after
 * normalization. Where several share the alias, the one whose own name it is wins.
 */
export async function entityByName<L extends EntityLabel>(
  label: L,
  name: string,
  context: Context,
  info?: GraphQLResolveInfo,
): Promise<NodeByLabel[L] | null> {
  const key = nameKey(name);
  const nodes =
    info && plansOn(context)
      ? await plannedEntitiesByKey(label, key, context, info)
      : await entitiesByName(label, key, context);
  const ownName = nodes.find((n) => [n.name, n.nameAr, n.nameEn].some((s) => s && matchKey(s) === key));
  return ownName ?? nodes[0] ?? null;
}

/** The names the choice above compares the key with. */
const NAMES = ['name', 'nameAr', 'nameEn'];

async function plannedEntitiesByKey<L extends EntityLabel>(
  label: L,
  key: string,
  context: Context,
  info: GraphQLResolveInfo,
): Promise<NodeByLabel[L][]> {
  const next = nodePlan(Selection.of(info), NAMES);
  const { rows } = await readPlanned({ root: 'entitiesByKey', label, key, next }, context);
  // In id order, as the lookup gives them.
  return (rows as NodeByLabel[L][]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Longer than any name; a longer one is refused before it costs a lookup. */
const MAX_NAME_LENGTH = 200;

/** The matchKey entities are looked up by; a name too long to be one is refused before it costs a lookup. */
function nameKey(name: string): string {
  if (name.length > MAX_NAME_LENGTH) throw badInput(`a name is at most ${MAX_NAME_LENGTH} characters`);
  return matchKey(name);
}

async function entitiesByName<L extends EntityLabel>(
  label: L,
  key: string,
  context: Context,
): Promise<NodeByLabel[L][]> {
  const ids = await context.loaders.lookup(label).load(key);
  const nodes = await context.loaders.node(label).loadMany(ids);
  return nodes.filter((n): n is NodeByLabel[L] => n !== null && !(n instanceof Error));
}

/** What an entity reference stands for: a global id of that type, or a name or alias. */
export function entityReference(label: EntityLabel, reference: string): EntityReference {
  const globalId = tryDecodeGlobalId(reference);
  return globalId?.typename === label ? { ids: [globalId.id] } : { key: nameKey(reference) };
}

/** The ids of the entities a reference stands for. */
export async function entityIdsOf(
  label: EntityLabel,
  reference: EntityReference,
  context: Context,
): Promise<string[]> {
  if ('ids' in reference) return reference.ids;
  return (await entitiesByName(label, reference.key, context)).map((n) => n.id);
}

function tryDecodeGlobalId(value: string): { typename: string; id: string } | null {
  try {
    return decodeGlobalID(value);
  } catch {
    return null;
  }
}

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
  const related = await reached(place, { type: 'PART_OF', direction: 'out' }, context);
  const [parent] = await othersOf(related.slice(0, 1), 'Place', context);
  return parent ?? null;
}

export async function memberOf(actor: ActorNode, context: Context): Promise<ActorNode[]> {
  return othersOf(await reached(actor, { type: 'MEMBER_OF', direction: 'out' }, context), 'Actor', context);
}
