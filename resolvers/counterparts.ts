import type { ActorNode, EventNode, Related } from '../graph/model.js';
import { codepointCompare, compareEvents } from '../graph/order.js';
import type { EventType, Role } from '../model/report.js';
import type { Context } from '../schema/context.js';
import { inRange } from './explore.js';
import { loadAll } from './reached.js';

/** How two actors stood towards each other in one event, from the first actor's side. */
export const RELATIONS = [
  'NEGOTIATED_WITH',
  'AGREED_WITH',
  'MEDIATED_FOR',
  'MEDIATED_BY',
  'FOUGHT_AGAINST',
  'ATTACKED_BY',
  'ACTED_AGAINST',
  'TARGETED_BY',
  'ACTED_WITH',
  'REPRESENTS',
  'REPRESENTED_BY',
  'TOOK_PART_WITH',
] as const;
export type Relation = (typeof RELATIONS)[number];

export interface CounterpartLink {
  relation: Relation;
  eventType: EventType;
  ownRole: Role;
  theirRole: Role;
  eventCount: number;
}

export interface Counterpart {
  actorId: string;
  events: EventNode[];
  links: CounterpartLink[];
}

const SIDES: readonly Role[] = ['PARTY', 'DELEGATE'];
const VIOLENT: readonly EventType[] = ['ATTACK', 'MILITARY_OPERATION', 'CAPTURE'];

/** One actor's part in an event: its role and the side it acts for. */
export interface Part {
  actorId: string;
  role: Role;
  onBehalfOf: string | null;
}

export function relationOf(own: Part, their: Part, eventType: EventType): Relation {
  if (their.onBehalfOf === own.actorId) return 'REPRESENTED_BY';
  if (own.onBehalfOf === their.actorId) return 'REPRESENTS';
  const ownRole = own.role;
  const theirRole = their.role;
  if ((own.onBehalfOf ?? own.actorId) === (their.onBehalfOf ?? their.actorId)) return 'ACTED_WITH';
  if (ownRole === 'MEDIATOR' && SIDES.includes(theirRole)) return 'MEDIATED_FOR';
  if (SIDES.includes(ownRole) && theirRole === 'MEDIATOR') return 'MEDIATED_BY';
  if (SIDES.includes(ownRole) && SIDES.includes(theirRole))
    return eventType === 'AGREEMENT' ? 'AGREED_WITH' : 'NEGOTIATED_WITH';
  const violent = VIOLENT.includes(eventType);
  if (ownRole === 'INITIATOR' && theirRole === 'TARGET') return violent ? 'FOUGHT_AGAINST' : 'ACTED_AGAINST';
  if (ownRole === 'TARGET' && theirRole === 'INITIATOR') return violent ? 'ATTACKED_BY' : 'TARGETED_BY';
  if (ownRole === 'INITIATOR' && theirRole === 'INITIATOR') return 'ACTED_WITH';
  return 'TOOK_PART_WITH';
}

/**
 * The actors this one met in its events, most shared events first: three
 * batched reads (its events, those events, their participants) whatever the count.
 */
export async function counterparts(
  actor: ActorNode,
  args: { types?: EventType[] | null; first?: number | null },
  context: Context,
): Promise<Counterpart[]> {
  const first = inRange('first', args.first ?? 20, 1, 100);
  const participation = context.loaders.related({ type: 'PARTICIPATED_IN', direction: 'out' });
  const own = (await participation.load(actor.id)) as Related<'PARTICIPATED_IN'>[];
  const events = (
    await loadAll(
      'Event',
      own.map((r) => r.otherId),
      context,
    )
  ).filter((event) => !args.types?.length || args.types.includes(event.type));
  const participants = context.loaders.related({ type: 'PARTICIPATED_IN', direction: 'in' });
  const others = (await participants.loadMany(events.map((e) => e.id))) as (
    | Related<'PARTICIPATED_IN'>[]
    | Error
  )[];

  const byActor = new Map<string, { events: Map<string, EventNode>; links: Map<string, Set<string>> }>();
  events.forEach((event, index) => {
    const list = others[index];
    if (!list || list instanceof Error) return;
    const ownParts = own
      .filter((r) => r.otherId === event.id)
      .map((r) => ({ actorId: actor.id, role: r.props.role, onBehalfOf: r.props.onBehalfOf }));
    for (const other of list) {
      if (other.otherLabel !== 'Actor' || other.otherId === actor.id) continue;
      const entry = byActor.get(other.otherId) ?? { events: new Map(), links: new Map() };
      byActor.set(other.otherId, entry);
      entry.events.set(event.id, event);
      const theirPart = {
        actorId: other.otherId,
        role: other.props.role,
        onBehalfOf: other.props.onBehalfOf,
      };
      for (const ownPart of ownParts) {
        const link = [relationOf(ownPart, theirPart, event.type), event.type, ownPart.role, theirPart.role];
        const key = link.join('|');
        entry.links.set(key, (entry.links.get(key) ?? new Set()).add(event.id));
      }
    }
  });

  return [...byActor.entries()]
    .map(([actorId, entry]) => ({
      actorId,
      events: [...entry.events.values()].sort(compareEvents),
      links: [...entry.links.entries()]
        .map(([key, eventIds]) => {
          const [relation, eventType, ownRole, theirRole] = key.split('|') as [
            Relation,
            EventType,
            Role,
            Role,
          ];
          return { relation, eventType, ownRole, theirRole, eventCount: eventIds.size };
        })
        .sort(
          (a, b) =>
            b.eventCount - a.eventCount ||
            codepointCompare(
              [a.relation, a.eventType, a.ownRole, a.theirRole].join('|'),
              [b.relation, b.eventType, b.ownRole, b.theirRole].join('|'),
            ),
        ),
    }))
    .sort((a, b) => b.events.length - a.events.length || codepointCompare(a.actorId, b.actorId))
    .slice(0, first);
}
