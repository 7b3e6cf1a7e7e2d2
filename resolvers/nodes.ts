import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { type Label, labelOfId, type NodeByLabel } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { badInput } from './errors.js';

export type AnyNode = NodeByLabel[Label];

/** Loads any node by its store id through the request's loaders. */
export async function loadNode(id: string, context: Context): Promise<AnyNode | null> {
  const label = labelOfId(id);
  return label ? context.loaders.node(label).load(id) : null;
}

const ALL_LABELS: readonly Label[] = ['Actor', 'Place', 'Event', 'Article'];

/** The store id and label a global id names, failing with NOT_FOUND when no such node is stored. */
export async function existingNode(
  globalId: string,
  context: Context,
  allowed: readonly Label[] = ALL_LABELS,
): Promise<{ id: string; label: Label }> {
  const node = nodeReference(globalId, allowed);
  if (!(await context.loaders.node(node.label).load(node.id))) throw notFound(globalId);
  return node;
}

/** The store id and label a global id names, without looking it up. */
export function nodeReference(
  globalId: string,
  allowed: readonly Label[] = ALL_LABELS,
): { id: string; label: Label } {
  const { typename, id } = decodedGlobalId(globalId);
  const label = labelOfId(id);
  if (!label || label !== typename) throw badInput(`Invalid global ID: ${globalId}`);
  if (!allowed.includes(label)) throw badInput(`expected the id of ${allowed.join(' or ')}, got a ${label}`);
  return { id, label };
}

export function notFound(globalId: string): GraphQLError {
  const label = labelOfId(decodedGlobalId(globalId).id);
  return new GraphQLError(`No ${label} with id ${globalId}`, { extensions: { code: 'NOT_FOUND' } });
}

function decodedGlobalId(globalId: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(globalId);
  } catch {
    throw badInput(`Invalid global ID: ${globalId}`);
  }
}

export function globalIdOf(id: string): string {
  return encodeGlobalID(labelOfId(id) ?? 'Node', id);
}
