import { type SearchQuery, termVariants } from '../../explore/search-terms.js';
import {
  type EntityNodeBase,
  LABELS,
  type Label,
  labelOfId,
  REL_SHAPES,
  REL_TYPES,
  type RelationshipWrite,
  type RelShape,
  type RelSpec,
  type RelType,
} from '../model.js';
import {
  type ArticleFilter,
  type ArticleWrite,
  assumedEntities,
  type EntityFilter,
  type EventFilter,
  type MergeQuery,
  type Page,
} from '../store.js';

/** A Cypher statement and its parameters. Labels and types only ever come from the fixed lists of model.ts. */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

export function schemaStatements(): Statement[] {
  const unique = LABELS.map((label) => ({
    text: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  const indexes = [
    'CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)',
    'CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)',
    // Events of some types in a date window (event lists, the candidates a batch may merge with) are counted
    // and paged from this index alone: the single-property ones leave the other property to read per event.
    'CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date)',
    'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
    'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
    'CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name)',
    // Both stores match the same normalized words (explore/search-terms.ts), so
    // the words are indexed as they are stored: the whitespace analyzer.
    fulltextIndex(ENTITY_SEARCH_INDEX, 'Actor|Place', 'aliasKeys'),
    fulltextIndex(ARTICLE_SEARCH_INDEX, 'Article', 'searchKey'),
  ].map((text) => ({ text, params: {} }));
  return [...unique, ...indexes];
}

export const ENTITY_SEARCH_INDEX = 'entity_search';
const ARTICLE_SEARCH_INDEX = 'article_search';

function fulltextIndex(name: string, labels: string, property: string): string {
  return `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${labels}) ON EACH [n.${property}]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'whitespace', \`fulltext.eventually_consistent\`: false } }`;
}

/** Lucene query: every term as a prefix, bare or behind a clitic. */
function luceneQuery(query: SearchQuery): string {
  return query.terms
    .map(
      (term) =>
        `(${termVariants(term)
          .map((variant) => `${escapeLucene(variant)}*`)
          .join(' OR ')})`,
    )
    .join(' AND ');
}

function escapeLucene(term: string): string {
  return term.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
}

/**
 * `GraphStore.search` in one statement: the entities (by id, up to
 * `$entity_limit`) and the first `$article_limit` articles (newest first, a
 * top-k over the hits, no total). Without articles to find, the text has no
 * article part.
 */
export function search(
  query: SearchQuery,
  labels: readonly ('Actor' | 'Place')[],
  entityLimit: number,
  articleLimit: number,
): Statement {
  const lucene = luceneQuery(query);
  const entities = labels.length
    ? `CALL { CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $query) YIELD node
  WHERE any(label IN labels(node) WHERE label IN $labels)
  WITH node ORDER BY node.id LIMIT $entity_limit
  RETURN collect({label: labels(node)[0], node: properties(node)}) AS entities }`
    : 'CALL { RETURN [] AS entities }';
  const articles =
    articleLimit > 0
      ? `CALL { CALL db.index.fulltext.queryNodes('${ARTICLE_SEARCH_INDEX}', $query) YIELD node
  WITH node ORDER BY node.publishedAt IS NULL, node.publishedAt DESC, node.id LIMIT $article_limit
  RETURN collect(properties(node)) AS articles }`
      : 'CALL { RETURN [] AS articles }';
  return {
    text: `${entities}\n${articles}\nRETURN entities, articles`,
    params: {
      query: lucene,
      ...(labels.length ? { labels: labels.map(checkedLabel), entity_limit: entityLimit } : {}),
      ...(articleLimit > 0 ? { article_limit: articleLimit } : {}),
    },
  };
}

/**
 * Every relationship of the given types at each node, both directions. Nodes
 * are found by label (taken from their id prefix) so that each lookup uses the
 * id constraint's index.
 */
export function adjacent(ids: readonly string[], types: readonly RelType[]): Statement {
  const idsByLabel = Object.fromEntries(LABELS.map((label) => [label, [] as string[]]));
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) idsByLabel[label]?.push(id);
  }
  const relTypes = types.map(checkedRelType).join('|');
  const lookups = LABELS.map((label) => `UNWIND $ids.${label} AS id MATCH (n:${label} {id: id}) RETURN n`);
  return {
    text: `CALL { ${lookups.join(' UNION ALL ')} }
MATCH (n)-[r:${relTypes}]-(m)
RETURN n.id AS id, type(r) AS type, startNode(r) = n AS outgoing, m.id AS otherId, labels(m)[0] AS otherLabel,
  CASE WHEN m:Event THEN m.type END AS otherEventType, CASE WHEN m:Event THEN m.date END AS otherDate,
  properties(r) AS props`,
    params: { ids: idsByLabel },
  };
}

export function nodesById(label: Label, ids: readonly string[]): Statement {
  return {
    text: `MATCH (n:${checkedLabel(label)}) WHERE n.id IN $ids RETURN properties(n) AS node`,
    params: { ids },
  };
}

/** The relationships of one type and direction at each node, with the node at the other end. */
export function relatedById(spec: RelSpec, ids: readonly string[]): Statement {
  const shapes = REL_SHAPES.filter((shape) => shape.type === spec.type);
  if (shapes.length === 0) throw new Error(`unknown relationship type ${spec.type}`);
  const near = [...new Set(shapes.map((s: RelShape) => (spec.direction === 'out' ? s.from : s.to)))].join(
    '|',
  );
  const pattern =
    spec.direction === 'out' ? `(n:${near})-[r:${spec.type}]->(m)` : `(n:${near})<-[r:${spec.type}]-(m)`;
  return {
    text: `MATCH ${pattern} WHERE n.id IN $ids RETURN n.id AS id, m.id AS otherId, labels(m)[0] AS otherLabel,
  CASE WHEN m:Article THEN null ELSE properties(m) END AS other, properties(r) AS props`,
    params: { ids },
  };
}

export function lookupByKey(label: 'Actor' | 'Place', keys: readonly string[]): Statement {
  return {
    text: `UNWIND $keys AS key OPTIONAL MATCH (n:${checkedLabel(label)}) WHERE key IN n.aliasKeys RETURN key, collect(n.id) AS ids`,
    params: { keys },
  };
}

/** Events filtered and paged. */
export function findEvents(filter: EventFilter, page: Page): Statement {
  const { actorIds, placeIds, ...rest } = filter;
  const list = eventListMatch(rest, {
    ...(actorIds ? { actorIds: '$actorIds' } : {}),
    ...(placeIds ? { placeIds: '$placeIds' } : {}),
  });
  const params = { ...list.params, ...(actorIds ? { actorIds } : {}), ...(placeIds ? { placeIds } : {}) };
  return pagedMatch(list.match, { where: list.where, params }, 'e', eventOrder('e', rest), page);
}

/**
 * Newest first, undated last, then by id (graph/order.ts). A date bound
 * leaves no undated event, and without the null test the planner can read
 * the date index in order instead of sorting every event.
 */
export function eventOrder(
  variable: string,
  filter: Pick<EventFilter, 'from' | 'to' | 'dates'> = {},
): string {
  const dated = Boolean(filter.from || filter.to || filter.dates);
  return `${dated ? '' : `${variable}.date IS NULL, `}${variable}.date DESC, ${variable}.id`;
}

/** Cypher expressions (parameters or variables) holding the resolved actor and place ids of an event list. */
export interface EventIdLists {
  actorIds?: string;
  placeIds?: string;
}

/**
 * The MATCH and WHERE of an event list, `e` its events. With actors, the walk
 * starts from them (their relationships are few) rather than testing every event.
 */
export function eventListMatch(
  filter: Omit<EventFilter, 'actorIds' | 'placeIds'>,
  ids: EventIdLists,
): FilterClause & { match: string } {
  // PARTICIPATED_IN only leads to events (model.ts): no label to test on the way.
  const match = ids.actorIds
    ? `MATCH (actor:Actor)-[taking:PARTICIPATED_IN]->(e)
  WHERE actor.id IN ${ids.actorIds}${filter.role ? ' AND taking.role = $role' : ''}
WITH DISTINCT e`
    : 'MATCH (e:Event)';
  const where = setFilters({
    types: [filter.types?.length ? filter.types : null, 'e.type IN $types'],
    factuality: [filter.factuality, 'e.factuality = $factuality'],
    dates: [filter.dates, 'e.date IN $dates'],
    from: [filter.from, 'e.date >= $from'],
    to: [filter.to, 'e.date <= $to'],
    role: [
      ids.actorIds ? null : filter.role,
      'EXISTS { MATCH ()-[taking:PARTICIPATED_IN]->(e) WHERE taking.role = $role }',
    ],
  });
  const placed = ids.placeIds
    ? `EXISTS { MATCH (e)-[:OCCURRED_IN]->(p:Place) WHERE p.id IN ${ids.placeIds} }`
    : null;
  return {
    match,
    where: [where.where, placed].filter((clause) => clause && clause !== 'true').join(' AND ') || 'true',
    params: { ...where.params, ...(ids.actorIds && filter.role ? { role: filter.role } : {}) },
  };
}

export function findEntities(
  label: 'Actor' | 'Place',
  filter: EntityFilter,
  page: Page,
  row?: string,
): Statement {
  return pagedMatch(
    `MATCH (n:${checkedLabel(label)})`,
    setFilters({
      kinds: [filter.kinds?.length ? filter.kinds : null, 'n.kind IN $kinds'],
      prefix: [filter.nameKeyPrefix, 'any(k IN n.aliasKeys WHERE k STARTS WITH $prefix)'],
    }),
    'n',
    'n.name, n.id',
    page,
    row === undefined ? {} : { row },
  );
}

export function findArticles(filter: ArticleFilter, page: Page): Statement {
  return pagedMatch(
    'MATCH (a:Article)',
    setFilters({
      kinds: [filter.kinds?.length ? filter.kinds : null, 'a.kind IN $kinds'],
      from: [filter.from, 'a.publishedAt >= $from'],
      to: [filter.to, 'a.publishedAt <= $to'],
    }),
    'a',
    'a.publishedAt IS NULL, a.publishedAt DESC, a.id',
    page,
  );
}

export interface FilterClause {
  where: string;
  params: Record<string, unknown>;
}

/**
 * The WHERE clause of the filters that are set, with their parameters. Unset
 * filters add nothing (rather than `$x IS NULL OR …`), so the planner can seek
 * the indexes of the ones that are.
 */
export function setFilters(filters: Record<string, [value: unknown, clause: string]>): FilterClause {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, [value, clause]] of Object.entries(filters)) {
    if (value === undefined || value === null) continue;
    params[name] = value;
    clauses.push(clause);
  }
  return { where: clauses.length ? clauses.join(' AND ') : 'true', params };
}

/** What a paged list adds around its match: clauses before it, variables it imports, what each row returns. */
export interface PagedMatchOptions {
  prelude?: string;
  imports?: string[];
  row?: string;
  /**
   * Count and page one collected walk rather than match twice: for a match
   * that walks relationships (an actor's events), where a second walk costs
   * as much as the first; a match the planner answers from an index (a count,
   * or a page read in index order) is better matched twice.
   */
  walkOnce?: boolean;
}

/** One round trip for a page and the total count of a filtered list. */
export function pagedMatch(
  match: string,
  { where, params }: FilterClause,
  variable: string,
  orderBy: string,
  page: Page,
  { prelude = '', imports = [], row = `properties(${variable})`, walkOnce = false }: PagedMatchOptions = {},
): Statement {
  const imported = imports.length ? `WITH ${imports.join(', ')} ` : '';
  const paged = `WITH ${variable} ORDER BY ${orderBy} SKIP $offset LIMIT $limit`;
  const text = walkOnce
    ? `${prelude}CALL { ${imported}${match} WHERE ${where} RETURN collect(${variable}) AS found }
RETURN size(found) AS total, COLLECT { UNWIND found AS ${variable} ${paged} RETURN ${row} } AS rows`
    : `${prelude}CALL { ${imported}${match} WHERE ${where} RETURN count(${variable}) AS total }
CALL { ${imported}${match} WHERE ${where}
  ${paged}
  RETURN collect(${row}) AS rows }
RETURN total, rows`;
  return { text, params: { ...params, offset: page.offset, limit: page.limit } };
}

/**
 * `GraphStore.mergeContext` in one statement: the stored articles of the
 * batch, then, for the others, the events by type and day (in event order)
 * and those the stored articles they link to report, with their
 * participants, places and reporting articles.
 */
export function mergeContext(query: MergeQuery): Statement {
  return {
    text: `UNWIND $articles AS article
OPTIONAL MATCH (stored:Article {id: article.id})
WITH collect(stored.id) AS stored, collect(CASE WHEN stored IS NULL THEN article END) AS fresh
WITH stored, reduce(x = [], a IN fresh | x + a.types) AS types, reduce(x = [], a IN fresh | x + a.dates) AS dates,
  reduce(x = [], a IN fresh | x + a.linkedIds) AS linkedIds
CALL { WITH types, dates
  MATCH (e:Event) WHERE e.type IN types AND e.date IN dates
  WITH e ORDER BY ${eventOrder('e', { dates: [] })} LIMIT $limit
  RETURN collect(e) AS dated }
CALL { WITH linkedIds, dated
  UNWIND linkedIds AS id
  MATCH (:Article {id: id})-[:REPORTS]->(e:Event) WHERE NOT e IN dated
  RETURN collect(DISTINCT e) AS linked }
RETURN stored, [e IN dated + linked | {node: properties(e),
  participantIds: [(p)-[:PARTICIPATED_IN]->(e) | p.id], placeIds: [(e)-[:OCCURRED_IN]->(p) | p.id],
  articleIds: [(a)-[:REPORTS]->(e) | a.id]}] AS events`,
    params: { articles: query.articles, limit: query.limit },
  };
}

/**
 * One statement that writes a batch of new articles with all their nodes and
 * relationships: one UNWIND per node label and relationship shape over the
 * rows of every article. Its text is the same for every batch. Rows that
 * would write the same node or relationship again are merged first (the
 * hubs of a batch come once, not once per article), with the outcome the
 * statement would give them one after another. An evidence sentence, told
 * by most relationships of its event, is sent once and referred to by its
 * place in `$batch.sentences`.
 */
export function writeArticles(writes: readonly ArticleWrite[]): Statement {
  const assumed = assumedEntities(writes);
  const relationships = firstOfEach(
    writes.flatMap((w) => w.relationships),
    (r) => [r.type, r.from.id, r.to.id, r.key].join('|'),
  );
  const sentences = new Map<string, number>();
  const sentenceIndex = (evidence: string | null | undefined) => {
    if (typeof evidence !== 'string') return null;
    if (!sentences.has(evidence)) sentences.set(evidence, sentences.size);
    return sentences.get(evidence);
  };
  // A relationship at one of the batch's articles, or keyed by one, is new (callers pass new articles only, and
  // the Article id constraint stops the batch otherwise): it is created without looking for it first.
  const fresh = new Set(writes.map((w) => w.article.id));
  const isNew = (r: RelationshipWrite) =>
    fresh.has(r.from.id) || fresh.has(r.to.id) || fresh.has(r.key.split('|')[0] as string);
  const rowOf = (r: RelationshipWrite) => {
    const { evidence, ...props } = r.props as { evidence?: string | null };
    return { from: r.from.id, to: r.to.id, key: r.key, props, sentence: sentenceIndex(evidence) };
  };
  const shapes = REL_SHAPES.flatMap((shape, i) => {
    const ends = `MATCH (a:${shape.from} {id: row.from})
  MATCH (b:${shape.to} {id: row.to})`;
    const set = 'r += row.props, r.evidence = $batch.sentences[toInteger(row.sentence)]';
    const rows = relationships.filter(
      (r) => r.type === shape.type && r.from.label === shape.from && r.to.label === shape.to,
    );
    return [
      {
        param: `rels${i}`,
        rows: rows.filter((r) => !isNew(r)).map(rowOf),
        text: `${ends}
  MERGE (a)-[r:${shape.type} {key: row.key}]->(b)
  ON CREATE SET ${set}`,
      },
      {
        param: `rels${i}_new`,
        rows: rows.filter(isNew).map(rowOf),
        text: `${ends}
  CREATE (a)-[r:${shape.type} {key: row.key}]->(b)
  SET ${set}`,
      },
    ];
  });
  const writesOf = (param: string, text: string) => `CALL { UNWIND $batch.${param} AS row
  ${text} }`;
  return {
    // Its plan (index seeks by id, under the id constraints) does not depend on the counts of the graph,
    // which a fresh database's first batches change many times over: each replanning took seconds.
    text: [
      'CYPHER replan=skip',
      // Entities the relationships reach without the batch carrying them must be stored: those missing are
      // returned, and the caller rolls the transaction back (see MissingEntitiesError in store.ts).
      `CALL { UNWIND $batch.assumed_actors AS id OPTIONAL MATCH (n:Actor {id: id}) WITH id WHERE n IS NULL
  RETURN collect(id) AS missing_actors }`,
      `CALL { UNWIND $batch.assumed_places AS id OPTIONAL MATCH (n:Place {id: id}) WITH id WHERE n IS NULL
  RETURN collect(id) AS missing_places }`,
      writesOf('articles', 'CREATE (a:Article) SET a = row'),
      writesOf('actors', entityWrite('Actor')),
      writesOf('places', entityWrite('Place')),
      writesOf('events', 'MERGE (e:Event {id: row.id}) SET e = row'),
      ...shapes.map((shape) => writesOf(shape.param, shape.text)),
      'RETURN missing_actors + missing_places AS missing',
    ].join('\n'),
    // One map parameter: Neo4j keys its plan cache on the parameters' types, and which lists of a batch
    // are empty changes from one batch to the next (each new combination was planned anew, over a second).
    params: {
      batch: {
        articles: writes.map((w) => ({ ...w.article })),
        actors: mergedEntities(writes.flatMap((w) => w.actors)),
        places: mergedEntities(writes.flatMap((w) => w.places)),
        events: [...new Map(writes.flatMap((w) => w.events.map((e) => [e.id, { ...e }]))).values()],
        ...Object.fromEntries(shapes.map((shape) => [shape.param, shape.rows])),
        sentences: [...sentences.keys()],
        assumed_actors: assumed.Actor,
        assumed_places: assumed.Place,
      },
    },
  };
}

/** The first item of each key, in order. */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(keyOf(item))) first.set(keyOf(item), item);
  return [...first.values()];
}

/** One row per entity: the first row's properties with every row's aliases and keys, in order of appearance (what `entityWrite` makes of them). */
function mergedEntities<N extends EntityNodeBase>(rows: readonly N[]): N[] {
  const byId = new Map<string, N>();
  for (const row of rows) {
    const known = byId.get(row.id);
    byId.set(
      row.id,
      known
        ? {
            ...known,
            aliases: [...known.aliases, ...row.aliases.filter((alias) => !known.aliases.includes(alias))],
            aliasKeys: [...known.aliasKeys, ...row.aliasKeys.filter((key) => !known.aliasKeys.includes(key))],
          }
        : { ...row },
    );
  }
  return [...byId.values()];
}

function entityWrite(label: 'Actor' | 'Place'): string {
  return `MERGE (n:${checkedLabel(label)} {id: row.id})
  ON CREATE SET n = row
  ON MATCH SET n.aliases = n.aliases + [x IN row.aliases WHERE NOT x IN n.aliases],
    n.aliasKeys = n.aliasKeys + [x IN row.aliasKeys WHERE NOT x IN n.aliasKeys]`;
}

export function counts(): Statement {
  return {
    text: 'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  };
}

export function checkedRelType(type: RelType): RelType {
  if (!REL_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  return type;
}

export function checkedLabel<L extends Label>(label: L): L {
  if (!LABELS.includes(label)) throw new Error(`unknown label ${label}`);
  return label;
}
