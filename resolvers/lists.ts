import type { GraphQLResolveInfo } from 'graphql';
import { matchKey } from '../extract/normalize.js';
import type { NodeByLabel } from '../graph/model.js';
import type { ArticleFilter, EntityFilter, PageOf } from '../graph/store.js';
import type { ArticleKind } from '../model/report.js';
import type { Context } from '../schema/context.js';
import { badInput } from './errors.js';
import { type ConnectionArgs, pageOf, toConnection } from './pagination.js';
import { connectionNodePlan } from './plans/node-plan.js';
import { plansOn, readPlanned } from './plans/read.js';
import { Selection } from './plans/selection.js';

export interface EntityFilterInput {
  kinds?: string[] | null;
  name?: string | null;
}

export interface ArticleFilterInput {
  kinds?: ArticleKind[] | null;
  from?: string | null;
  to?: string | null;
}

function entityFilter(input: EntityFilterInput | null | undefined): EntityFilter {
  return {
    ...(input?.kinds?.length ? { kinds: input.kinds } : {}),
    ...(input?.name ? { nameKeyPrefix: matchKey(input.name) } : {}),
  };
}

/** Actors or places, filtered by kind and name prefix, in name order. */
export async function findEntities<L extends 'Actor' | 'Place'>(
  label: L,
  input: EntityFilterInput | null | undefined,
  args: ConnectionArgs,
  context: Context,
  info?: GraphQLResolveInfo,
) {
  const page = pageOf(args);
  const filter = entityFilter(input);
  if (info && plansOn(context)) {
    const next = connectionNodePlan(Selection.of(info));
    const { totalCount, rows } = await readPlanned({ root: 'entities', label, filter, page, next }, context);
    return toConnection(page, { totalCount, rows: rows as NodeByLabel[L][] });
  }
  const result =
    label === 'Actor'
      ? await context.store.findActors(filter, page)
      : await context.store.findPlaces(filter, page);
  return toConnection(page, result as PageOf<NodeByLabel[L]>);
}

export async function findArticles(
  input: ArticleFilterInput | null | undefined,
  args: ConnectionArgs,
  context: Context,
) {
  const page = pageOf(args);
  if (input?.from && input.to && input.from > input.to)
    throw badInput(`from (${input.from}) is after to (${input.to})`);
  const filter: ArticleFilter = {
    ...(input?.kinds?.length ? { kinds: input.kinds } : {}),
    ...(input?.from ? { from: input.from } : {}),
    ...(input?.to ? { to: input.to } : {}),
  };
  return toConnection(page, await context.store.findArticles(filter, page));
}
