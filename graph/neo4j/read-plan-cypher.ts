import { type Label, NODE_FIELDS, RELATIONSHIP_FIELDS } from '../model.js';
import {
  type EntityReference,
  type EventPageHop,
  type ExplorePlan,
  hopProps,
  MAX_CONTAINMENT_DEPTH,
  type NodePlan,
  REF_LABELS,
  type ReadPlan,
  type RefHop,
  type RelatedHop,
} from '../read-plan.js';
import {
  checkedLabel,
  checkedRelType,
  ENTITY_SEARCH_INDEX,
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
          `CALL { ${referenceMatch('a', 'Actor', actor, scope)} RETURN collect(a.id) AS actorIds }`,
        );
        ids.actorIds = 'actorIds';
      }
      if (place) {
        prelude.push(`CALL { ${referenceMatch('p', 'Place', place, scope)}
  MATCH (p)<-[:PART_OF*0..${MAX_CONTAINMENT_DEPTH}]-(c:Place) RETURN collect(DISTINCT c.id) AS placeIds }`);
        ids.placeIds = 'placeIds';
      }
      const list = eventListMatch(filter, ids);
      return pagedMatch(list.match, list, 'e', eventOrder('e', filter), plan.page, {
        prelude: prelude.map((clause) => `${clause}\n`).join(''),
        imports: Object.values(ids),
        row: projection('e', 'Event', plan.next, scope),
        walkOnce: Boolean(actor),
      });
    }
    case 'entities':
      return findEntities(plan.label, plan.filter, plan.page, projection('n', plan.label, plan.next, scope));
    case 'entitiesByKey':
      return everyMatch('n', plan.label, { key: plan.key }, plan.next, scope);
    case 'nodes':
      return everyMatch('n', plan.label, { ids: plan.ids }, plan.next, scope);
  }
}

/** Every node a reference stands for, unpaged. */
function everyMatch(
  variable: string,
  label: Label,
  reference: EntityReference,
  next: NodePlan,
  scope: Scope,
): Statement {
  const match = referenceMatch(variable, label, reference, scope);
  return {
    text: `${match}
RETURN count(${variable}) AS total, collect(${projection(variable, label, next, scope)}) AS rows`,
    params: {},
  };
}

/** Numbers the variables and parameters of nested subqueries. */
export class Scope {
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

/**
 * The nodes of a label a reference stands for: by id, or by a matchKey among
 * their aliases. No index holds a list's items, so the aliases are looked up
 * through the entity search index (its words as they are stored, see
 * cypher.ts) as a phrase of the key's words, and the few nodes it finds are
 * checked for the whole key.
 */
function referenceMatch(variable: string, label: Label, reference: EntityReference, scope: Scope): string {
  const checked = checkedLabel(label);
  if ('ids' in reference)
    return `MATCH (${variable}:${checked}) WHERE ${variable}.id IN ${scope.param('ids', reference.ids)}`;
  const phrase = scope.param('phrase', `"${reference.key.replace(/["\\]/g, '\\$&')}"`);
  return `CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', ${phrase}) YIELD node AS ${variable}
  WHERE ${variable}:${checked} AND ${scope.param('key', reference.key)} IN ${variable}.aliasKeys`;
}

export function projection(variable: string, label: Label, plan: NodePlan, scope: Scope): string {
  const entries = [
    `node: ${variable}{${['id', ...checkedFields(NODE_FIELDS[label], plan.fields)].map((f) => `.${f}`).join(', ')}}`,
    ...plan.related.map((hop, i) => `r${i}: ${relatedHop(variable, hop, scope)}`),
    ...plan.eventPages.map((hop, i) => `e${i}: ${eventPage(variable, hop, scope)}`),
  ];
  return `{${entries.join(', ')}}`;
}

/** Names that go into the text: only stored properties of the label or type. */
function checkedFields(known: readonly string[], fields: readonly string[]): readonly string[] {
  const unknown = fields.find((field) => !known.includes(field));
  if (unknown !== undefined) throw new Error(`unknown property ${unknown}`);
  return fields.filter((field) => field !== 'id');
}

/**
 * The relationships of a hop, one row per other end and distinct values of
 * the properties read: the properties are projected before the other end's
 * own reads, so those run once per row.
 */
function relatedHop(near: string, hop: RelatedHop, scope: Scope): string {
  const r = scope.variable('r');
  const m = scope.variable('m');
  const q = scope.variable('q');
  const type = checkedRelType(hop.spec.type);
  const pattern =
    hop.spec.direction === 'out' ? `(${near})-[${r}:${type}]->(${m})` : `(${near})<-[${r}:${type}]-(${m})`;
  const props = checkedFields(RELATIONSHIP_FIELDS[hop.spec.type], hopProps(hop));
  const distinct = `WITH DISTINCT ${m}, {${props.map((p) => `${p}: ${r}.${p}`).join(', ')}} AS ${q}`;
  const fields = [`otherId: ${m}.id`, `otherLabel: labels(${m})[0]`, `props: ${q}`];
  const reads = Object.entries(hop.next).map(([name, next]) => {
    const label = checkedLabel(name as Label);
    return `WHEN ${m}:${label} THEN ${projection(m, label, next, scope)}`;
  });
  if (reads.length) fields.push(`other: CASE ${reads.join(' ')} END`);
  hop.refs.forEach((ref, i) => {
    fields.push(`f${i}: ${refHop(q, ref, scope)}`);
  });
  return `COLLECT { MATCH ${pattern} ${distinct} RETURN {${fields.join(', ')}} }`;
}

const REF_PROPS: readonly RefHop['prop'][] = ['onBehalfOf', 'articleId'];

function refHop(props: string, ref: RefHop, scope: Scope): string {
  if (!REF_PROPS.includes(ref.prop)) throw new Error(`unknown reference property ${ref.prop}`);
  const b = scope.variable('b');
  const label = checkedLabel(ref.label);
  return `COLLECT { MATCH (${b}:${label}) WHERE ${b}.id = ${props}.${ref.prop} RETURN ${projection(b, label, ref.next, scope)} }`;
}

/**
 * A nested page of events with its total, from one walk that reads each
 * event's date once: the distinct events and their dates are collected and
 * counted; the date the page ends at is found among the dates alone; only
 * the events on or before it are ordered by date and id (graph/order.ts), so
 * ids are read for the page and its ties, not for all of a hub's events. The
 * relationship types imply the Event and Place labels (model.ts), so no
 * label is tested along the walk. One-item list comprehensions bind each
 * intermediate value once.
 */
function eventPage(near: string, hop: EventPageHop, scope: Scope): string {
  const e = scope.variable('e');
  const conditions: string[] = [];
  let pattern: string;
  if (hop.filter.via === 'PARTICIPATED_IN') {
    const r = scope.variable('r');
    pattern = `(${near})-[${r}:PARTICIPATED_IN]->(${e})`;
    if (hop.filter.role) conditions.push(`${r}.role = ${scope.param('role', hop.filter.role)}`);
    if (hop.filter.types?.length) conditions.push(`${e}.type IN ${scope.param('types', hop.filter.types)}`);
  } else {
    pattern = hop.filter.includeContained
      ? `(${near})<-[:PART_OF*0..${MAX_CONTAINMENT_DEPTH}]-()<-[:OCCURRED_IN]-(${e})`
      : `(${near})<-[:OCCURRED_IN]-(${e})`;
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const [all, x, last, row] = [
    scope.variable('all'),
    scope.variable('x'),
    scope.variable('last'),
    scope.variable('e'),
  ];
  const lastIndex = scope.param('last_offset', Math.max(0, hop.page.offset + hop.page.limit - 1));
  const offset = scope.param('offset', hop.page.offset);
  const limit = scope.param('limit', hop.page.limit);
  const lastDate = `COLLECT { UNWIND ${all} AS ${x} WITH ${x}.date AS date ORDER BY date IS NULL, date DESC SKIP ${lastIndex} LIMIT 1 RETURN date }`;
  // Undated events come last: a page that ends among them, or a list too short to end it, takes every event.
  const onPage = `size(${last}) = 0 OR ${last}[0] IS NULL OR ${x}.date >= ${last}[0]`;
  const page = `COLLECT { UNWIND ${all} AS ${x} WITH ${x} WHERE ${onPage}
    WITH ${x}.event AS ${row}, ${x}.date AS date ORDER BY date IS NULL, date DESC, ${row}.id SKIP ${offset} LIMIT ${limit}
    RETURN ${projection(row, 'Event', hop.next, scope)} }`;
  return `[${all} IN [COLLECT { MATCH ${pattern}${where} WITH DISTINCT ${e} RETURN {event: ${e}, date: ${e}.date} }] |
  {total: size(${all}), rows: [${last} IN [${lastDate}] | ${page}][0]}][0]`;
}

/** Cypher clauses binding a variable, given its name, to each of a list of values (repeats allowed). */
export type Binding = (variable: string) => string;

/**
 * What an exploration statement reads ahead (graph/read-plan.ts), as CALL
 * subqueries importing `imports`: `nodes`, each distinct node `nodes` binds
 * as `{label, value}` with the projection its label's plan asks for (its id
 * alone when the plan reads nothing there), and per reference property
 * `f_<prop>`, the nodes that the relationship properties `props` binds name
 * by it. (Written as COLLECT expressions in the RETURN, the same reads ran
 * out of transaction memory on a hub's neighbourhood.)
 */
export function exploreReads(
  plan: ExplorePlan,
  imports: string,
  nodes: Binding,
  props: Binding,
  scope: Scope,
): { clauses: string; items: string } {
  const x = scope.variable('x');
  const cases = Object.entries(plan.nodes).map(([name, next]) => {
    const label = checkedLabel(name as Label);
    return `WHEN ${x}:${label} THEN ${projection(x, label, next, scope)}`;
  });
  const value = cases.length ? `CASE ${cases.join(' ')} ELSE {node: ${x}{.id}} END` : `{node: ${x}{.id}}`;
  const clauses = [
    `CALL { WITH ${imports} ${nodes(x)} WITH DISTINCT ${x}
  RETURN collect({label: labels(${x})[0], value: ${value}}) AS nodes }`,
  ];
  const items = ['nodes'];
  for (const [prop, next] of Object.entries(plan.refs) as [RefHop['prop'], NodePlan][]) {
    if (!REF_PROPS.includes(prop)) throw new Error(`unknown reference property ${prop}`);
    const [q, id, b] = [scope.variable('q'), scope.variable('id'), scope.variable('b')];
    const label = checkedLabel(REF_LABELS[prop]);
    clauses.push(`CALL { WITH ${imports} ${props(q)} WITH DISTINCT ${q}.${prop} AS ${id} WHERE ${id} IS NOT NULL
  MATCH (${b}:${label} {id: ${id}}) RETURN collect(${projection(b, label, next, scope)}) AS f_${prop} }`);
    items.push(`f_${prop}`);
  }
  return { clauses: clauses.join('\n'), items: items.join(', ') };
}
