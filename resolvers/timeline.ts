import { LIMITS } from '../explore/limits.js';
import type { EventNode, Related } from '../graph/model.js';
import type { EventFilter } from '../graph/store.js';
import type { Role } from '../model/report.js';
import type { Context } from '../schema/context.js';
import { withContainedPlaces } from './entities.js';
import { badInput } from './errors.js';
import { inRange } from './explore.js';
import { existingNode } from './nodes.js';

export interface Timeline {
  entityId: string;
  entries: TimelineEntry[];
  totalCount: number;
}

export interface TimelineEntry {
  entityId: string;
  event: EventNode;
}

/**
 * An actor's or a place's events, oldest first, undated ones after the dated.
 * Beyond `first` events, the latest ones are kept.
 */
export async function timeline(
  args: { id: string; from?: string | null; to?: string | null; first?: number | null },
  context: Context,
): Promise<Timeline> {
  const first = inRange('first', args.first ?? LIMITS.defaultTimelineEntries, 1, LIMITS.maxTimelineEntries);
  if (args.from && args.to && args.from > args.to)
    throw badInput(`from (${args.from}) is after to (${args.to})`);
  const entity = await existingNode(args.id, context, ['Actor', 'Place']);
  const filter: EventFilter = {
    ...(args.from ? { from: args.from } : {}),
    ...(args.to ? { to: args.to } : {}),
    ...(entity.label === 'Actor'
      ? { actorIds: [entity.id] }
      : { placeIds: await withContainedPlaces([entity.id], context) }),
  };
  const { rows, totalCount } = await context.store.findEvents(filter, { offset: 0, limit: first });
  for (const event of rows) context.loaders.node('Event').prime(event.id, event);
  const dated = rows.filter((event) => event.date !== null).reverse();
  const undated = rows.filter((event) => event.date === null);
  return {
    entityId: entity.id,
    totalCount,
    entries: [...dated, ...undated].map((event) => ({ entityId: entity.id, event })),
  };
}

/** The roles the timeline's entity took in an event. */
export async function rolesIn(entry: TimelineEntry, context: Context): Promise<Role[]> {
  const related = (await context.loaders
    .related({ type: 'PARTICIPATED_IN', direction: 'in' })
    .load(entry.event.id)) as Related<'PARTICIPATED_IN'>[];
  const roles = related.filter((r) => r.otherId === entry.entityId).map((r) => r.props.role);
  return [...new Set(roles)].sort();
}
