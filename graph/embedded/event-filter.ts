import type { EventNode, RelationshipProps, RelSpec } from '../model.js';
import type { EventFilter } from '../store.js';

type Neighbours = (
  type: RelSpec['type'],
  direction: RelSpec['direction'],
) => { otherId: string; props: RelationshipProps[RelSpec['type']] }[];

/** The event list filter, evaluated on one event and its relationships. */
export function matchesEventFilter(event: EventNode, filter: EventFilter, neighbours: Neighbours): boolean {
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (filter.factuality && event.factuality !== filter.factuality) return false;
  if ((filter.dates || filter.from || filter.to) && event.date === null) return false;
  if (filter.dates && !filter.dates.includes(event.date ?? '')) return false;
  if (filter.from && (event.date ?? '') < filter.from) return false;
  if (filter.to && (event.date ?? '') > filter.to) return false;
  if (filter.placeIds) {
    const places = new Set(filter.placeIds);
    if (!neighbours('OCCURRED_IN', 'out').some((p) => places.has(p.otherId))) return false;
  }
  if (filter.actorIds || filter.role) {
    const actors = filter.actorIds ? new Set(filter.actorIds) : null;
    const participations = neighbours('PARTICIPATED_IN', 'in') as {
      otherId: string;
      props: RelationshipProps['PARTICIPATED_IN'];
    }[];
    const matches = participations.some(
      (p) => (!actors || actors.has(p.otherId)) && (!filter.role || p.props.role === filter.role),
    );
    if (!matches) return false;
  }
  return true;
}
