import { labelOfId, RELATIONSHIP_FIELDS, type RelType } from '../model.js';
import type { EventWindow } from '../nearest.js';
import { type ExplorePlan, NO_EXPLORE_PLAN } from '../read-plan.js';
import { checkedRelType, type Statement, setFilters } from './cypher.js';
import { exploreReads, Scope } from './read-plan-cypher.js';

/**
 * The statements of exploration (a neighbourhood's start, paths), each one
 * round trip with what the answer's selection reads of its nodes
 * (read-plan-cypher.ts). Labels and types only come from the fixed lists of
 * model.ts; every value is a parameter.
 */

/**
 * A node is read as a hub (its nearest found from the date index) when its
 * relationships squared reach this many times the events stored: then the
 * index finds its newest hundred events in fewer reads, on average, than its
 * relationships number.
 */
const HUB_FACTOR = 250;
/** Events of the date index a hub's nearest are looked for among. */
const HUB_SCAN = 20_000;

/**
 * The centre, its first `$near_limit` neighbours in the window (nearest first:
 * newer events, undated after dated, then by id), whether more wait beyond
 * them, and the relationships `GraphStore.nearby` reads, with the nodes at
 * their other ends: one row per node. A node's relationships are read only
 * towards the nodes the walk can admit (`reach`), matched between bound ends
 * when the node has more relationships than that (a hub), else read and
 * filtered: what a hub sends is bounded by the cap, not by its degree.
 */
export function nearby(
  centerId: string,
  types: readonly RelType[],
  window: EventWindow,
  cap: number,
  withNeighbours: boolean,
  plan: ExplorePlan = NO_EXPLORE_PLAN,
): Statement {
  const scope = new Scope();
  const label = labelOfId(centerId);
  if (!label) throw new Error(`not a node id: ${centerId}`);
  const relTypes = types.map(checkedRelType).join('|');
  const inWindow = setFilters({
    eventTypes: [window.eventTypes?.length ? window.eventTypes : null, 'm.type IN $eventTypes'],
    from: [window.from, 'm.date >= $from'],
    to: [window.to, 'm.date <= $to'],
  });
  const windowed = Object.keys(inWindow.params).length > 0;
  const windowTest = windowed ? ` AND (NOT m:Event OR (${inWindow.where}))` : '';
  const datedInWindow = `m.date IS NOT NULL${windowed ? ` AND ${inWindow.where}` : ''}`;
  // A hub's nearest are its newest events: read from the date index, newest first, until $limit of them touch it,
  // among the first $scan_limit events of the window. They are its exact nearest when no more than that many
  // events of the window date from the last one's day on (none was left unread); else, and for every other
  // node, its neighbours are read and ordered.
  const nearest = (node: string) => `WITH ${node}, events, COUNT { (${node})-[:${relTypes}]-() } AS degree
  CALL { WITH ${node}, degree, events
    WITH ${node} AS hub WHERE toFloat(degree) * degree >= $hub_factor * events
    MATCH (m:Event) WHERE ${datedInWindow}
    WITH hub, m ORDER BY m.date DESC LIMIT $scan_limit
    WITH m WHERE EXISTS { (hub)-[:${relTypes}]-(m) }
    WITH m ORDER BY m.date DESC, m.id LIMIT $limit
    RETURN collect(m) AS dated }
  WITH ${node}, dated, CASE WHEN size(dated) = $limit
    THEN COUNT { MATCH (m:Event) WHERE m.date >= dated[-1].date${windowed ? ` AND ${inWindow.where}` : ''} } <= $scan_limit
    ELSE false END AS exact
  CALL { WITH ${node}, exact
    UNWIND CASE WHEN exact THEN [] ELSE [${node}] END AS x
    MATCH (x)-[:${relTypes}]-(m) WHERE m <> x${windowTest}
    WITH DISTINCT m
    WITH m, CASE WHEN m:Event THEN m.date END AS date ORDER BY date IS NULL, date DESC, m.id LIMIT $limit
    RETURN collect(m) AS read }
  RETURN CASE WHEN exact THEN dated ELSE read END AS found`;
  // Each relationship with the node it reaches: the nodes are projected once each at the end, not sent per relationship.
  const seen = `{o: o, rel: {
    type: type(r), outgoing: startNode(r) = n, otherId: o.id, otherLabel: labels(o)[0],
    otherEventType: CASE WHEN o:Event THEN o.type END, otherDate: CASE WHEN o:Event THEN o.date END,
    props: ${relationshipProps('r', types)}} }`;
  // Unless the first level is full, the walk admits, from each neighbour, only nodes among its own first $limit.
  const reads = exploreReads(
    plan,
    'walked',
    (x) => `UNWIND walked AS w UNWIND [w.n] + [a IN w.adjacent | a.o] AS ${x}`,
    (q) => `UNWIND walked AS w UNWIND w.adjacent AS a WITH a.rel.props AS ${q}`,
    scope,
  );
  const further = withNeighbours
    ? `CALL { WITH more, near, events
  UNWIND CASE WHEN more THEN [] ELSE near END AS n
  CALL { WITH n, events
    ${nearest('n')} }
  UNWIND found AS m
  RETURN collect(DISTINCT m) AS further }`
    : 'WITH c, more, admitted, [] AS further';
  return {
    text: `CALL { MATCH (e:Event) RETURN count(e) AS events }
MATCH (c:${label} {id: $center})
CALL { WITH c, events
  ${nearest('c')} }
WITH c, events, found[..$near_limit] AS near, size(found) > $near_limit AS more
WITH c, events, more, near, [c] + near AS admitted
${further}
WITH c, more, admitted, admitted + [m IN further WHERE NOT m IN admitted] AS reach
UNWIND range(0, ${withNeighbours ? 'size(admitted) - 1' : '0'}) AS i
WITH admitted[i] AS n, admitted[..i] AS before, more, CASE WHEN i = 0 THEN admitted ELSE reach END AS reach
WITH n, before, more, reach, COUNT { (n)-[:${relTypes}]-() } > size(reach) AS pairwise
WITH n, more,
  COLLECT { UNWIND CASE WHEN pairwise THEN [o IN reach WHERE o <> n AND NOT o IN before] ELSE [] END AS o
    MATCH (n)-[r:${relTypes}]-(o) RETURN ${seen} }
  + COLLECT { UNWIND CASE WHEN pairwise THEN [] ELSE [n] END AS whole MATCH (whole)-[r:${relTypes}]-(o)
    WHERE o IN reach AND NOT o IN before RETURN ${seen} } AS adjacent
WITH more, collect({n: n, adjacent: adjacent}) AS walked
${reads.clauses}
RETURN more, [w IN walked | {id: w.n.id, adjacent: [a IN w.adjacent | a.rel]}] AS walked, ${reads.items}`,
    params: {
      ...inWindow.params,
      center: centerId,
      limit: cap + 1,
      near_limit: cap,
      hub_factor: HUB_FACTOR,
      scan_limit: HUB_SCAN,
      ...scope.params,
    },
  };
}

/** The properties a traversal reads of relationships of these types (not their keys, which only writes use). */
function relationshipProps(variable: string, types: readonly RelType[]): string {
  const fields = [...new Set(types.flatMap((type) => RELATIONSHIP_FIELDS[checkedRelType(type)]))];
  return `${variable}{${fields.map((field) => `.${field}`).join(', ')}}`;
}

/**
 * Beyond four hops, shortest paths (relationship sequences: every article adds
 * its own relationships) beyond this many are not looked at: the answer is
 * then the first of the node sequences seen, flagged truncated.
 */
export const SHORTEST_PATHS_CAP = 5_000;

/**
 * Relationships one side of a path search may read when it steps a level
 * further (the embedded store bounds the nodes it reaches); past it the
 * search stops and says it was cut short.
 */
export const PATH_EXPANSION_CAP = 200_000;

/** What stepping from a list of nodes costs is estimated from this many of them (a hub's thousands of events are alike). */
const PATH_COST_SAMPLE = 50;

/**
 * The first `$limit` shortest paths (in the order of their id lists) within
 * `maxLength` hops, with their nodes and the relationships of every hop seen
 * from its first node. Up to four hops the search walks distinct nodes, not
 * relationships (an event told by many articles is one step, not one per
 * article), a level at a time from both ends: the neighbours of each end, a
 * direct link, common neighbours; then the neighbours' neighbours on the
 * side whose neighbours have fewer relationships (three hops), then on the
 * other side (four hops, where both meet). Only when there is none does
 * Neo4j's own bidirectional search (`allShortestPaths`) look further.
 */
export function shortestPaths(
  fromId: string,
  toId: string,
  types: readonly RelType[],
  maxLength: number,
  first: number,
  plan: ExplorePlan = NO_EXPLORE_PLAN,
): Statement {
  const [from, to] = [labelOfId(fromId), labelOfId(toId)];
  if (!from || !to) throw new Error(`not node ids: ${fromId}, ${toId}`);
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new Error(`invalid path length ${maxLength}`);
  const relTypes = types.map(checkedRelType).join('|');
  const unfound = 'WITH * WHERE size(found) = 0';
  // The distinct nodes one step from each node of a list, as [node, neighbour] pairs, and whether the cap cut them.
  const step = (list: string, pairs: string, cut: string) => `UNWIND ${list} AS s
    MATCH (s)-[:${relTypes}]-(t)
    WITH s, t LIMIT $expand_limit
    RETURN collect(DISTINCT [s, t]) AS ${pairs}, count(*) >= $expand_limit AS ${cut}`;
  const twoHops = `CALL { WITH b, found
  ${unfound}
  MATCH (b)-[:${relTypes}]-(m) WHERE m <> b
  RETURN collect(DISTINCT m) AS nb }
CALL { WITH a, b, na, nb
  UNWIND na AS m
  WITH a, b, m, nb WHERE m IN nb
  WITH a, m, b ORDER BY m.id LIMIT $limit
  RETURN collect([a, m, b]) AS common }
WITH a, b, na, nb, found + common AS found`;
  // Three hops: [s, t] pairs from the cheaper side with t a neighbour of the other end.
  const threeHops = `CALL { WITH na, nb, found
  CALL { WITH na, found UNWIND CASE WHEN size(found) = 0 THEN na[..$cost_sample] ELSE [] END AS m
    RETURN sum(COUNT { (m)-[:${relTypes}]-() }) AS sampleA }
  CALL { WITH nb UNWIND nb[..$cost_sample] AS m
    RETURN sum(COUNT { (m)-[:${relTypes}]-() }) AS sampleB }
  WITH na, nb, found, [side IN [[sampleA, na], [sampleB, nb]] |
    toFloat(side[0]) * size(side[1]) / CASE WHEN size(side[1]) < $cost_sample THEN size(side[1]) + 1 ELSE $cost_sample END] AS costs
  WITH na, nb, found, costs[0] AS costA, costs[1] AS costB
  WITH found, costA <= costB AS forward, CASE WHEN costA <= costB THEN [na, nb] ELSE [nb, na] END AS sides
  CALL { WITH sides, found
    ${step('CASE WHEN size(found) = 0 THEN sides[0] ELSE [] END', 'near', 'cut')} }
  RETURN forward, sides, near, cut }
CALL { WITH a, b, forward, sides, near
  UNWIND near AS pair
  WITH a, b, forward, pair, sides[1] AS other WHERE pair[1] IN other
  WITH a, b, CASE WHEN forward THEN pair ELSE [pair[1], pair[0]] END AS pair
  WITH a, b, pair ORDER BY pair[0].id, pair[1].id LIMIT $limit
  RETURN collect([a] + pair + [b]) AS three }
WITH a, b, forward, sides, near, cut, found + three AS found`;
  // Four hops: the other side's [o, x] pairs meeting the first side's at x.
  const fourHops = `CALL { WITH a, b, forward, sides, near, cut, found
  CALL { WITH sides, found, cut
    ${step('CASE WHEN size(found) = 0 AND NOT cut THEN sides[1] ELSE [] END', 'far', 'farCut')} }
  WITH a, b, forward, near, far, farCut, [pair IN near | pair[1]] AS reached
  WITH a, b, forward, farCut, [pair IN far WHERE pair[1] IN reached] AS far, near
  WITH a, b, farCut, [pair IN far | pair[1]] AS meeting,
    CASE WHEN forward THEN near ELSE far END AS fromA, CASE WHEN forward THEN far ELSE near END AS fromB
  CALL { WITH a, b, meeting, fromA, fromB
    UNWIND fromA AS p
    WITH a, b, p, fromB WHERE p[1] IN meeting
    WITH a, b, p, fromB ORDER BY p[0].id, p[1].id LIMIT $limit
    UNWIND [q IN fromB WHERE q[1] = p[1]] AS q
    WITH a, b, p, q ORDER BY p[0].id, p[1].id, q[0].id LIMIT $limit
    RETURN collect([a, p[0], p[1], q[0], b]) AS four }
  RETURN four, farCut }
WITH a, b, cut OR farCut AS cut, found + four AS found`;
  const further = `CALL { WITH a, b, found, cut
  ${unfound} AND NOT cut
  MATCH p = allShortestPaths((a)-[:${relTypes}*..${maxLength}]-(b))
  WITH p LIMIT $paths_limit
  RETURN count(p) AS count, collect(DISTINCT nodes(p)) AS far }
WITH cut OR count >= $paths_limit AS truncated, found + far AS found`;
  const steps = [
    maxLength >= 2 ? twoHops : '',
    maxLength >= 3 ? threeHops : 'WITH a, b, found, false AS cut',
    maxLength >= 4 ? fourHops : '',
    maxLength >= 5 ? further : 'WITH cut AS truncated, found',
  ].filter(Boolean);
  const scope = new Scope();
  const reads = exploreReads(
    plan,
    'paths',
    (x) => `UNWIND paths AS p UNWIND p.path AS ${x}`,
    (q) => `UNWIND paths AS p UNWIND p.hops AS links UNWIND links AS l WITH l.props AS ${q}`,
    scope,
  );
  return {
    text: `MATCH (a:${from} {id: $from}), (b:${to} {id: $to})
CALL { WITH a
  MATCH (a)-[:${relTypes}]-(m) WHERE m <> a
  RETURN collect(DISTINCT m) AS na }
WITH a, b, na, CASE WHEN b IN na THEN [[a, b]] ELSE [] END AS found
${steps.join('\n')}
WITH truncated, COLLECT { UNWIND found AS path
  WITH path, [n IN path | n.id] AS ids ORDER BY ids LIMIT $limit
  RETURN {ids: ids, path: path,
    hops: COLLECT { UNWIND range(0, size(path) - 2) AS i
      WITH path[i] AS x, path[i + 1] AS y ORDER BY i
      RETURN COLLECT { MATCH (x)-[r:${relTypes}]-(y)
        RETURN {type: type(r), outgoing: startNode(r) = x, otherId: y.id, otherLabel: labels(y)[0],
          otherEventType: CASE WHEN y:Event THEN y.type END, otherDate: CASE WHEN y:Event THEN y.date END,
          props: ${relationshipProps('r', types)}} } } } } AS paths
${reads.clauses}
RETURN truncated, [p IN paths | {ids: p.ids, hops: p.hops}] AS paths, ${reads.items}`,
    params: {
      ...scope.params,
      from: fromId,
      to: toId,
      limit: first,
      ...(maxLength >= 3 ? { expand_limit: PATH_EXPANSION_CAP, cost_sample: PATH_COST_SAMPLE } : {}),
      ...(maxLength >= 5 ? { paths_limit: SHORTEST_PATHS_CAP } : {}),
    },
  };
}
