/**
 * Where an event happened: the place after the trigger in its clause (else the
 * nearest before it); places joined by و give their lowest common ancestor.
 */
import {
  type ArticleContext,
  type EventMention,
  joinedByAnd,
  mentionsBetween,
  sameClause,
} from './context.js';
import type { EntityMention } from './link.js';
import type { KnownEntity } from './resources.js';

/** The place after the trigger in its clause, else before it; places joined by و give their common ancestor. */
export function findPlace(context: ArticleContext, event: EventMention): KnownEntity | null {
  const window = context.resources.files.roles.window;
  const after = mentionsBetween(context, event.last + 1, event.last + window).filter((m) =>
    isEventPlace(context, event, m),
  );
  const before = mentionsBetween(context, event.first - window, event.first - 1).filter((m) =>
    isEventPlace(context, event, m),
  );
  const list = after.length > 0 ? after : before.slice(-1);
  const [first] = list;
  if (!first) return null;
  const joined = [first];
  for (const next of list.slice(1)) {
    if (!joinedByAnd(context, joined[joined.length - 1] as EntityMention, next)) break;
    joined.push(next);
  }
  return commonAncestor(
    context,
    joined.map((m) => m.entity),
  );
}

/** A place in the trigger's clause; for an attack, a facility is a target rather than the place. */
function isEventPlace(context: ArticleContext, event: EventMention, mention: EntityMention): boolean {
  const facilityTarget =
    mention.entity.kind === 'FACILITY' && context.resources.files.roles.facilityTargets.includes(event.type);
  return (
    mention.entity.type === 'PLACE' && sameClause(context, mention.first, event.first) && !facilityTarget
  );
}

function commonAncestor(context: ArticleContext, places: KnownEntity[]): KnownEntity | null {
  const [first] = places;
  if (!first || places.length === 1) return first ?? null;
  const { gazetteer } = context.resources;
  const chains = places.map((p) => [p.id, ...gazetteer.ancestors(p.id).map((a) => a.id)]);
  const shared = chains[0]?.find((id) => chains.every((chain) => chain.includes(id)));
  return (shared && gazetteer.byId(shared)) || first;
}
