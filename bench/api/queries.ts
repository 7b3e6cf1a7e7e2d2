import { type DocumentNode, Kind, parse, type SelectionSetNode } from 'graphql';
import type { GraphQLRequest } from './client.js';

/**
 * The three reference queries, each written once for this server and once in
 * the dialect @neo4j/graphql generates, asking for the same data; and a
 * canonical form of either answer, so the bench can check they agree.
 *
 * Two differences of the stored graph's shape show through the peer's schema
 * and are evened out by the canonical form, not hidden from the measurement:
 * - every article that tells an event adds its own PARTICIPATED_IN and
 *   OCCURRED_IN relationship (each with its provenance), so the peer's
 *   connections list a participant once per article where this server merges
 *   them (and (b) asks the peer for its distinct events, see there);
 * - an event may have several OCCURRED_IN places; this server answers the
 *   most specific one, the peer answers all of them (and their kinds, so the
 *   same rule can pick one).
 * Cypher sorts nulls first in descending order, so both servers are asked for
 * dated events only (a date window, or an actor without undated events):
 * newest-first then means the same order on both.
 */

export interface ReferenceParams {
  /** Date window of (a) and (c), inclusive. */
  from: string;
  to: string;
  /** (b): an actor's name. */
  actor: string;
  /** Another actor, for the paths of the load test. */
  pathTo: string;
  /** (c): an actor's name, as the initiator of attacks and operations. */
  initiator: string;
}

export type Dialect = 'ours' | 'peer';

export interface ReferenceQuery {
  key: 'a' | 'b' | 'c' | 'd';
  title: string;
  request(dialect: Dialect, params: ReferenceParams, after?: string | null): GraphQLRequest;
  /** The answer in a form both dialects share. */
  canonical(dialect: Dialect, data: unknown): unknown;
  /** The cursor to continue after, for paginated queries measured on their second page. */
  endCursor?(dialect: Dialect, data: unknown): string | null;
}

const NEGOTIATIONS_OURS = /* GraphQL */ `
query Negotiations($from: Date!, $to: Date!) {
  negotiations(first: 10, filter: { from: $from, to: $to }) {
    totalCount
    edges { node { id type date factuality place { name } participants { role actor { name kind } } } }
  }
}`;

const NEGOTIATIONS_PEER = /* GraphQL */ `
query Negotiations($from: String!, $to: String!) {
  eventsConnection(
    first: 10
    where: { type: { eq: NEGOTIATION }, date: { gte: $from, lte: $to } }
    sort: [{ date: DESC }, { id: ASC }]
  ) {
    totalCount
    edges {
      node {
        id type date factuality
        places { id name kind }
        actorsConnection { edges { properties { role } node { name kind } } }
      }
    }
  }
}`;

const ACTOR_EVENTS_OURS = /* GraphQL */ `
query ActorEvents($actor: String!) {
  actor(name: $actor) {
    name kind
    events(first: 10) {
      totalCount
      edges { node { id type date place { name partOf { name } } participants { role actor { name kind } } } }
    }
  }
}`;

/**
 * The peer's connection over an actor's events pages its PARTICIPATED_IN
 * relationships, several per event (one per article): a page of 10 may hold
 * 9 events. Its plain list field takes distinct events, and the connection's
 * node count is the number of events, so those two ask for what this server answers.
 */
const ACTOR_EVENTS_PEER = /* GraphQL */ `
query ActorEvents($actor: String!) {
  actors(where: { name: { eq: $actor } }) {
    name kind
    eventsConnection { aggregate { count { nodes } } }
    events(limit: 10, sort: [{ date: DESC }, { id: ASC }]) {
      id type date
      places { id name kind partOf { name } }
      actorsConnection { edges { properties { role } node { name kind } } }
    }
  }
}`;

const EVENT_PAGE_OURS = /* GraphQL */ `
query EventPage($initiator: String!, $from: Date!, $to: Date!, $after: String) {
  events(
    first: 20
    after: $after
    filter: { types: [ATTACK, MILITARY_OPERATION], actor: $initiator, role: INITIATOR, from: $from, to: $to }
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id type date factuality place { name } } }
  }
}`;

const EVENT_PAGE_PEER = /* GraphQL */ `
query EventPage($initiator: String!, $from: String!, $to: String!, $after: String) {
  eventsConnection(
    first: 20
    after: $after
    where: {
      type: { in: [ATTACK, MILITARY_OPERATION] }
      date: { gte: $from, lte: $to }
      actorsConnection: { some: { node: { name: { eq: $initiator } }, edge: { role: { eq: INITIATOR } } } }
    }
    sort: [{ date: DESC }, { id: ASC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id type date factuality places { id name kind } } }
  }
}`;

/**
 * (d): a list with its total, and below each row two nested connections with
 * their own totals (the events of the place, the events of each party). Only
 * the totals and sizes of the nested pages are compared, not their rows: an
 * actor's or a place's events may be undated, and the peer sorts those first.
 */
const NESTED_TOTALS_OURS = /* GraphQL */ `
query NestedTotals($from: Date!, $to: Date!) {
  events(first: 10, filter: { types: [ATTACK], from: $from, to: $to }) {
    totalCount
    edges { node { id type date
      place { name events(first: 3) { totalCount edges { node { id } } } }
      participants { role actor { name kind events(first: 3) { totalCount edges { node { id } } } } }
    } }
  }
}`;

const NESTED_TOTALS_PEER = /* GraphQL */ `
query NestedTotals($from: String!, $to: String!) {
  eventsConnection(
    first: 10
    where: { type: { eq: ATTACK }, date: { gte: $from, lte: $to } }
    sort: [{ date: DESC }, { id: ASC }]
  ) {
    totalCount
    edges {
      node {
        id type date
        places {
          id name kind
          eventsConnection { aggregate { count { nodes } } }
          events(limit: 3, sort: [{ date: DESC }, { id: ASC }]) { id }
        }
        actorsConnection {
          edges {
            properties { role }
            node {
              name kind
              eventsConnection { aggregate { count { nodes } } }
              events(limit: 3, sort: [{ date: DESC }, { id: ASC }]) { id }
            }
          }
        }
      }
    }
  }
}`;

export const REFERENCE_QUERIES: ReferenceQuery[] = [
  {
    key: 'a',
    title: 'negotiations with parties and place',
    request: (dialect, { from, to }) => ({
      query: dialect === 'ours' ? NEGOTIATIONS_OURS : NEGOTIATIONS_PEER,
      variables: { from, to },
    }),
    canonical: (dialect, data) => {
      const connection = dialect === 'ours' ? field(data, 'negotiations') : field(data, 'eventsConnection');
      return canonicalEvents(dialect, connection);
    },
  },
  {
    key: 'b',
    title: 'actor → events → participants, places',
    request: (dialect, { actor }) => ({
      query: dialect === 'ours' ? ACTOR_EVENTS_OURS : ACTOR_EVENTS_PEER,
      variables: { actor },
    }),
    canonical: (dialect, data) => {
      const actor =
        dialect === 'ours' ? field(data, 'actor') : (field(data, 'actors') as unknown[] | undefined)?.[0];
      if (!actor) return null;
      const events =
        dialect === 'ours'
          ? field(actor, 'events')
          : {
              totalCount: field(
                field(field(field(actor, 'eventsConnection'), 'aggregate'), 'count'),
                'nodes',
              ),
              edges: (field(actor, 'events') as unknown[]).map((node) => ({ node })),
            };
      return { name: field(actor, 'name'), kind: field(actor, 'kind'), ...canonicalEvents(dialect, events) };
    },
  },
  {
    key: 'c',
    title: 'filtered event list, second page',
    request: (dialect, { initiator, from, to }, after = null) => ({
      query: dialect === 'ours' ? EVENT_PAGE_OURS : EVENT_PAGE_PEER,
      variables: { initiator, from, to, after },
    }),
    canonical: (dialect, data) => {
      const connection = dialect === 'ours' ? field(data, 'events') : field(data, 'eventsConnection');
      return {
        ...canonicalEvents(dialect, connection),
        hasNextPage: field(field(connection, 'pageInfo'), 'hasNextPage'),
      };
    },
    endCursor: (dialect, data) => {
      const connection = dialect === 'ours' ? field(data, 'events') : field(data, 'eventsConnection');
      return field(field(connection, 'pageInfo'), 'endCursor') as string | null;
    },
  },
  {
    key: 'd',
    title: 'list with nested connections and their totals',
    request: (dialect, { from, to }) => ({
      query: dialect === 'ours' ? NESTED_TOTALS_OURS : NESTED_TOTALS_PEER,
      variables: { from, to },
    }),
    canonical: (dialect, data) => {
      const connection = dialect === 'ours' ? field(data, 'events') : field(data, 'eventsConnection');
      return canonicalEvents(dialect, connection);
    },
  },
];

interface CanonicalEvent {
  id: string;
  type: string;
  date: string | null;
  factuality?: string;
  place: string | null;
  partOf?: string | null;
  /** The place's events as "total/page size", when asked. */
  placeEvents?: string;
  participants?: string[];
}

/**
 * Events as both dialects can give them, in the order given: the stored id,
 * the most specific place, the distinct "ROLE name KIND" of its actor participants.
 */
function canonicalEvents(dialect: Dialect, connection: unknown) {
  const nodes = ((field(connection, 'edges') as unknown[]) ?? []).map(
    (edge) => field(edge, 'node') as Record<string, unknown>,
  );
  return {
    totalCount: field(connection, 'totalCount'),
    events: nodes.map((node) => (dialect === 'ours' ? ourEvent(node) : peerEvent(node))),
  };
}

function ourEvent(node: Record<string, unknown>): CanonicalEvent {
  const place = node.place as { name: string; partOf?: { name: string } | null; events?: unknown } | null;
  const participants = node.participants as
    | { role: string; actor: { name: string; kind: string; events?: unknown } | null }[]
    | undefined;
  return withoutUndefined({
    id: storedId(node.id as string),
    type: node.type as string,
    date: node.date as string | null,
    factuality: node.factuality as string | undefined,
    place: place?.name ?? null,
    partOf: place && 'partOf' in place ? (place.partOf?.name ?? null) : undefined,
    placeEvents: place?.events ? ourTotals(place.events) : undefined,
    participants: participants
      ?.flatMap((p) =>
        p.actor ? [withTotals(`${p.role} ${p.actor.name} ${p.actor.kind}`, p.actor.events, ourTotals)] : [],
      )
      .sort(compareText),
  });
}

function peerEvent(node: Record<string, unknown>): CanonicalEvent {
  const places = node.places as {
    id: string;
    name: string;
    kind: string;
    partOf?: { name: string }[];
    events?: unknown[];
  }[];
  const place = mostSpecific(places);
  const actors = field(node.actorsConnection, 'edges') as
    | { properties: { role: string }; node: { name: string; kind: string; events?: unknown[] } }[]
    | undefined;
  return withoutUndefined({
    id: node.id as string,
    type: node.type as string,
    date: node.date as string | null,
    factuality: node.factuality as string | undefined,
    place: place?.name ?? null,
    partOf: place?.partOf ? (place.partOf[0]?.name ?? null) : undefined,
    placeEvents: place?.events ? peerTotals(place) : undefined,
    participants: actors
      ? [
          ...new Set(
            actors.map((e) =>
              withTotals(
                `${e.properties.role} ${e.node.name} ${e.node.kind}`,
                e.node.events && e.node,
                peerTotals,
              ),
            ),
          ),
        ].sort(compareText)
      : undefined,
  });
}

/** A nested connection of ours as "total/page size". */
function ourTotals(connection: unknown): string {
  return `${field(connection, 'totalCount')}/${(field(connection, 'edges') as unknown[]).length}`;
}

/** The peer's node count and page of a nested list, as "total/page size". */
function peerTotals(node: unknown): string {
  const total = field(field(field(field(node, 'eventsConnection'), 'aggregate'), 'count'), 'nodes');
  return `${total}/${(field(node, 'events') as unknown[]).length}`;
}

function withTotals(text: string, nested: unknown, totals: (nested: unknown) => string): string {
  return nested ? `${text} ${totals(nested)}` : text;
}

/** This server's rule for an event's place (resolvers/events.ts): the most specific kind, then the lowest id. */
const PLACE_SPECIFICITY = ['FACILITY', 'TOWN', 'CITY', 'AREA', 'REGION', 'COUNTRY'];

function mostSpecific<P extends { id: string; kind: string }>(places: P[]): P | undefined {
  return [...places].sort(
    (x, y) =>
      PLACE_SPECIFICITY.indexOf(x.kind) - PLACE_SPECIFICITY.indexOf(y.kind) || compareText(x.id, y.id),
  )[0];
}

/** Connection wrappers: they add nesting to a document but no step through the graph. */
const WRAPPERS = new Set(['edges', 'node', 'pageInfo']);

/** How many levels of related nodes a query asks for: the nesting of its object fields, connection wrappers aside. */
export function levelsOf(query: string): number {
  const depth = (selections: SelectionSetNode): number =>
    Math.max(
      0,
      ...selections.selections.map((selection) => {
        if (selection.kind !== Kind.FIELD || !selection.selectionSet) return 0;
        return depth(selection.selectionSet) + (WRAPPERS.has(selection.name.value) ? 0 : 1);
      }),
    );
  const document: DocumentNode = parse(query);
  return Math.max(
    ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? depth(d.selectionSet) : 0)),
  );
}

/** The stored node id behind a Relay global id (base64 of `Type:id`). */
export function storedId(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
}

function field(value: unknown, name: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
