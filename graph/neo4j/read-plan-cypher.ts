import type { Label } from '../model.js';
import {
  type EntityReference,
  type EventPageHop,
  MAX_CONTAINMENT_DEPTH,
  type NodePlan,
  type ReadPlan,
  type RefHop,
  type RelatedHop,
} from '../read-plan.js';
import {
  checkedLabel,
  checkedRelType,
  type EventIdLists,
  eventListMatch,
  eventOrder,
  findEntities,
  pagedMatch,
  type Statement,
} from './cypher.js';

/**
 * One Cypher statement for a whole read plan: the root's page, and below each
 * row nested COLLECT subqueries for every hop. Variables and parameters are
 * numbered in the order the plan is walked, so one plan shape always gives
 * the same text (and Neo4j's plan cache hits); every value is a parameter.
 * Each node comes back as `{node, r0…, e0…}`: `rI` the relationships of
 * related hop I, `eI` the page of event-page hop I (see read-plan-result.ts).
 */
export function readPlanStatement(plan: ReadPlan): Statement {
  const scope = new Scope();
  const statement = rootStatement(plan, scope);
  return { text: statement.text, params: { ...statement.params, ...scope.params } };
}

function rootStatement(plan: ReadPlan, scope: Scope): Statement {
  switch (plan.root) {
    case 'events': {
      const { actor, place, ...filter } = plan.filter;
      const prelude: string[] = [];
      const ids: EventIdLists = {};
      if (actor) {
        prelude.push(
          `CALL { MATCH (a:Actor) WHERE ${referenceTest('a', actor, scope)} RETURN collect(a.id) AS actorIds }`,
        );
        ids.actorIds = 'actorIds';
      }
      if (place) {
        prelude.push(`CALL { MATCH (p:Place) WHERE ${referenceTest('p', place, scope)}
  MATCH (p)<-[:PART_OF*0..${MAX_CONTAINMENT_DEPTH}]-(c:Place) RETURN collect(DISTINCT c.id) AS placeIds }`);
        ids.placeIds = 'placeIds';
      }
      const list = eventListMatch(filter, ids);
      return pagedMatch(list.match, list, 'e', eventOrder('e', filter), plan.page, {
        prelude: prelude.map((clause) => `${clause}\n`).join(''),
        imports: Object.values(ids),
        row: projection('e', plan.next, scope),
      });
    }
    case 'entities':
      return findEntities(plan.label, plan.filter, plan.page, projection('n', plan.next, scope));
    case 'entitiesByKey':
      return everyMatch(plan.label, '$key IN n.aliasKeys', { key: plan.key }, plan.next, scope);
    case 'nodes':
      return everyMatch(plan.label, 'n.id IN $ids', { ids: plan.ids }, plan.next, scope);
  }
}

/** Every node of a label passing a test, unpaged. */
function everyMatch(
  label: Label,
  test: string,
  params: Record<string, unknown>,
  next: NodePlan,
  scope: Scope,
): Statement {
  return {
    text: `MATCH (n:${checkedLabel(label)}) WHERE ${test}
RETURN count(n) AS total, collect(${projection('n', next, scope)}) AS rows`,
    params,
  };
}

/** Numbers the variables and parameters of nested subqueries. */
class Scope {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  variable(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  param(name: string, value: unknown): string {
    const key = `${this.variable('p')}_${name}`;
    this.params[key] = value;
    return `$${key}`;
  }
}

function referenceTest(variable: string, reference: EntityReference, scope: Scope): string {
  return 'ids' in reference
    ? `${variable}.id IN ${scope.param('ids', reference.ids)}`
    : `${scope.param('key', reference.key)} IN ${variable}.aliasKeys`;
}

function projection(variable: string, plan: NodePlan, scope: Scope): string {
  const entries = [
    `node: properties(${variable})`,
    ...plan.related.map((hop, i) => `r${i}: ${relatedHop(variable, hop, scope)}`),
    ...plan.eventPages.map((hop, i) => `e${i}: ${eventPage(variable, hop, scope)}`),
  ];
  return `{${entries.join(', ')}}`;
}

function relatedHop(near: string, hop: RelatedHop, scope: Scope): string {
  const r = scope.variable('r');
  const m = scope.variable('m');
  const type = checkedRelType(hop.spec.type);
  const pattern =
    hop.spec.direction === 'out' ? `(${near})-[${r}:${type}]->(${m})` : `(${near})<-[${r}:${type}]-(${m})`;
  const fields = [`otherId: ${m}.id`, `otherLabel: labels(${m})[0]`, `props: properties(${r})`];
  const reads = Object.entries(hop.next).map(
    ([label, next]) =>
      `WHEN ${m}:${checkedLabel(label as keyof typeof hop.next)} THEN ${projection(m, next, scope)}`,
  );
  if (reads.length) fields.push(`other: CASE ${reads.join(' ')} END`);
  hop.refs.forEach((ref, i) => {
    fields.push(`f${i}: ${refHop(r, ref, scope)}`);
  });
  return `COLLECT { MATCH ${pattern} RETURN {${fields.join(', ')}} }`;
}

const REF_PROPS: readonly RefHop['prop'][] = ['onBehalfOf', 'articleId'];

function refHop(relationship: string, ref: RefHop, scope: Scope): string {
  if (!REF_PROPS.includes(ref.prop)) throw new Error(`unknown reference property ${ref.prop}`);
  const b = scope.variable('b');
  return `COLLECT { MATCH (${b}:${checkedLabel(ref.label)}) WHERE ${b}.id = ${relationship}.${ref.prop} RETURN ${projection(b, ref.next, scope)} }`;
}

function eventPage(near: string, hop: EventPageHop, scope: Scope): string {
  const e = scope.variable('e');
  const conditions: string[] = [];
  let pattern: string;
  if (hop.filter.via === 'PARTICIPATED_IN') {
    const r = scope.variable('r');
    pattern = `(${near})-[${r}:PARTICIPATED_IN]->(${e}:Event)`;
    if (hop.filter.role) conditions.push(`${r}.role = ${scope.param('role', hop.filter.role)}`);
    if (hop.filter.types?.length) conditions.push(`${e}.type IN ${scope.param('types', hop.filter.types)}`);
  } else {
    pattern = hop.filter.includeContained
      ? `(${near})<-[:PART_OF*0..${MAX_CONTAINMENT_DEPTH}]-(:Place)<-[:OCCURRED_IN]-(${e}:Event)`
      : `(${near})<-[:OCCURRED_IN]-(${e}:Event)`;
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const events = `MATCH ${pattern}${where} WITH DISTINCT ${e}`;
  const offset = scope.param('offset', hop.page.offset);
  const limit = scope.param('limit', hop.page.limit);
  return `{total: COUNT { ${events} RETURN ${e} }, rows: COLLECT { ${events} ORDER BY ${eventOrder(e)} SKIP ${offset} LIMIT ${limit} RETURN ${projection(e, hop.next, scope)} }}`;
}
