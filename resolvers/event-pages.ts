import type { NestedEventFilter } from '../graph/read-plan.js';
import type { EventType, Role } from '../model/report.js';

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
