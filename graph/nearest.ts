import type { EventType } from '../model/report.js';
import { codepointCompare } from './order.js';
import type { Adjacent } from './store.js';

/** The events a neighbourhood shows and walks through: of these types, within these dates (undated ones out when a bound is set). */
export interface EventWindow {
  eventTypes?: readonly EventType[];
  from?: string;
  to?: string;
}

/** What a walk reads of a relationship to filter and order the node at its other end. */
export type NeighbourSeen = Pick<
  Adjacent,
  'type' | 'otherId' | 'otherLabel' | 'otherEventType' | 'otherDate'
>;

export function passesEventWindow(adjacent: NeighbourSeen, window: EventWindow): boolean {
  if (adjacent.otherLabel !== 'Event') return true;
  if (window.eventTypes?.length && !window.eventTypes.includes(adjacent.otherEventType as EventType))
    return false;
  const date = adjacent.otherDate;
  if (window.from && (date === null || date < window.from)) return false;
  if (window.to && (date === null || date > window.to)) return false;
  return true;
}

/** Newer events first, undated after dated, then by id: the order a neighbourhood admits nodes in, on every store. */
export function nearestFirst(a: NeighbourSeen, b: NeighbourSeen): number {
  if (a.otherDate !== b.otherDate) {
    if (a.otherDate === null) return 1;
    if (b.otherDate === null) return -1;
    return codepointCompare(b.otherDate, a.otherDate);
  }
  return codepointCompare(a.otherId, b.otherId) || codepointCompare(a.type, b.type);
}
