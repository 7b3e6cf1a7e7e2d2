import type { EventNode } from '../graph/model.js';
import type { Context } from '../schema/context.js';
import { type Claim, claims } from './events.js';
import { type ConnectionArgs, pageOf, toConnection } from './pagination.js';

export interface Dispute {
  event: EventNode;
}

/** Events some assert and others deny, newest first. */
export async function disputedEvents(args: ConnectionArgs, context: Context) {
  const page = pageOf(args);
  const result = await context.store.findEvents({ factuality: 'DISPUTED' }, page);
  for (const event of result.rows) context.loaders.node('Event').prime(event.id, event);
  return toConnection(page, { ...result, rows: result.rows.map((event) => ({ event })) });
}

export async function claimsWithStance(
  dispute: Dispute,
  stance: Claim['stance'],
  context: Context,
): Promise<Claim[]> {
  return (await claims(dispute.event, context)).filter((claim) => claim.stance === stance);
}
