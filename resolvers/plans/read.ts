import type { Label, NodeByLabel } from '../../graph/model.js';
import type { ReadPlan } from '../../graph/read-plan.js';
import type { PageOf } from '../../graph/store.js';
import type { Context } from '../../schema/context.js';
import { plannedPage } from './fetched.js';

/** Whether root fields read through plans; off with batching (KG_BATCHING=off), the naive baseline. */
export function plansOn(context: Context): boolean {
  return context.batching !== false;
}

/** A root field's plan read in one store call: its nodes, each carrying what the plan read below it. */
export async function readPlanned(plan: ReadPlan, context: Context): Promise<PageOf<NodeByLabel[Label]>> {
  return plannedPage(await context.store.readPlan(plan), plan.next);
}
