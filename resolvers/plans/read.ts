import type { FetchedNode, ReadPlan } from '../../graph/read-plan.js';
import type { PageOf } from '../../graph/store.js';
import { primeFetched } from '../../loaders/prime.js';
import type { Context } from '../../schema/context.js';

/** Whether root fields read through plans; off with batching (KG_BATCHING=off), the naive baseline. */
export function plansOn(context: Context): boolean {
  return context.batching !== false;
}

/** A root field's plan read in one store call, its whole tree primed into the request's loaders. */
export async function readPlanned(plan: ReadPlan, context: Context): Promise<PageOf<FetchedNode>> {
  const result = await context.store.readPlan(plan);
  for (const row of result.rows) primeFetched(context.loaders, plan.next, row);
  return result;
}
