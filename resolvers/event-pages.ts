import type { EventNode } from '../graph/model.js';
import { eventPageKey, type NestedEventFilter } from '../graph/read-plan.js';
import type { Page, PageOf } from '../graph/store.js';
import type { EventType, Role } from '../model/report.js';
import type { Context } from '../schema/context.js';

/** The filter of `Actor.events`, as its plan hop and its resolver both key it. */
export function actorEventsFilter(args: {
  role?: Role | null;
  types?: EventType[] | null;
}): NestedEventFilter {
  return { via: 'PARTICIPATED_IN', role: args.role ?? null, types: args.types?.length ? args.types : null };
}

/** The filter of `Place.events`. */
export function placeEventsFilter(args: { includeContained?: boolean | null }): NestedEventFilter {
  return { via: 'OCCURRED_IN', includeContained: Boolean(args.includeContained) };
}

/** The page a read plan already fetched for this node, filter and bounds, if one did. */
export function fetchedEventPage(
  ownerId: string,
  filter: NestedEventFilter,
  page: Page,
  context: Context,
): PageOf<EventNode> | undefined {
  return context.loaders.pages.get(eventPageKey(ownerId, filter, page));
}
