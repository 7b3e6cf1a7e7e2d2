import { LABELS, type Label } from '../../graph/model.js';
import type { ExplorePlan, RefHop } from '../../graph/read-plan.js';
import { nodePlan } from './node-plan.js';
import { PlanBuilder } from './plan-builder.js';
import type { Selection } from './selection.js';

/** The types of an exploration answer that lead to its nodes and to the nodes its relationships name. */
const ANSWER_TYPES = new Set([
  'Neighborhood',
  'PathSearch',
  'Path',
  'PathHop',
  'GraphRelationship',
  'Evidence',
]);

/** The fields that name a node by a relationship property: its side (a delegate's), its article (an evidence's). */
const REF_FIELDS: Record<string, Record<string, RefHop['prop']>> = {
  GraphRelationship: { onBehalfOf: 'onBehalfOf' },
  Evidence: { article: 'articleId' },
};

/**
 * What the fields selected on an exploration answer (a neighbourhood, paths)
 * read, as one plan: the node plans of every field returning a Node (centre,
 * nodes, a hop's ends, a relationship's source and target) merged per label,
 * and those of the nodes the relationships name.
 */
export function explorePlan(selection: Selection | null): ExplorePlan {
  const nodes = new Map<Label, PlanBuilder>();
  const refs = new Map<RefHop['prop'], PlanBuilder>();
  const builder = <K>(map: Map<K, PlanBuilder>, key: K) => {
    const found = map.get(key) ?? new PlanBuilder();
    map.set(key, found);
    return found;
  };
  const visit = (at: Selection) => {
    for (const field of at.fields()) {
      const ref = REF_FIELDS[at.type.name]?.[field.name];
      if (ref) builder(refs, ref).absorb(nodePlan(field.on()));
      else if (field.returns === 'Node')
        for (const label of LABELS) builder(nodes, label).absorb(nodePlan(field.on(label)));
      else if (ANSWER_TYPES.has(field.returns)) {
        const below = field.on();
        if (below) visit(below);
      }
    }
  };
  if (selection) visit(selection);
  const built = <K extends string>(map: Map<K, PlanBuilder>) =>
    Object.fromEntries([...map].map(([key, plan]) => [key, plan.build()]));
  return { nodes: built(nodes), refs: built(refs) };
}
