/** The public GraphQL API at /graphql: the only thing the explorer talks to. */

const ENDPOINT = '/graphql';

export class GraphQLRequestError extends Error {}

/** POSTs a query; resolves with its data, throws with every error message the server gave. */
export async function request(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new GraphQLRequestError(`cannot reach ${ENDPOINT}: ${error.message}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`${ENDPOINT} answered ${response.status} without JSON`);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '));
  }
  if (!response.ok || !body.data) throw new GraphQLRequestError(`${ENDPOINT} answered ${response.status}`);
  return body.data;
}

// Actor, Place and Article each have an enum `kind` of their own type, so they need distinct aliases.
const NODE_SUMMARY = `
fragment NodeSummary on Node {
  __typename
  id
  ... on Actor { name nameAr actorKind: kind }
  ... on Place { name nameAr placeKind: kind }
  ... on Event { type date factuality place { id name } }
  ... on Article { title articleKind: kind publishedAt }
}`;

const EVIDENCE = `
fragment Evidence on Evidence {
  sentence
  article { id title url }
}`;

const RELATIONSHIP = `
fragment Relationship on GraphRelationship {
  id
  type
  sourceId
  targetId
  role
  stance
  onBehalfOf { id name }
  evidence { ...Evidence }
}`;

const SEARCH = `
query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    match
    matched
    node { ...NodeSummary }
  }
}
${NODE_SUMMARY}`;

const NEIGHBORHOOD = `
query ExplorerNeighborhood($id: ID!, $eventTypes: [EventType!], $from: Date, $to: Date) {
  neighborhood(id: $id, eventTypes: $eventTypes, from: $from, to: $to) {
    truncated
    center { ...NodeSummary }
    nodes { ...NodeSummary }
    relationships { ...Relationship }
  }
}
${NODE_SUMMARY}${RELATIONSHIP}${EVIDENCE}`;

const DETAILS = `
query ExplorerDetails($id: ID!) {
  node(id: $id) {
    ...NodeSummary
    ... on Actor { nameEn aliases memberOf { id name nameAr } }
    ... on Place { nameEn aliases lat lon partOf { id name nameAr } }
    ... on Event {
      casualties
      place { id name nameAr }
      participants {
        role
        entity {
          __typename
          ... on Actor { id name nameAr }
          ... on Place { id name nameAr }
        }
        onBehalfOf { id name }
        evidence { ...Evidence }
      }
      claims {
        stance
        by { id name nameAr }
        evidence { ...Evidence }
      }
      evidence { ...Evidence }
      reportedIn { id title url publishedAt }
    }
    ... on Article { url text source { id name } }
  }
}
${NODE_SUMMARY}${EVIDENCE}`;

const TIMELINE = `
query ExplorerTimeline($id: ID!, $from: Date, $to: Date) {
  timeline(id: $id, from: $from, to: $to, first: 100) {
    totalCount
    undatedCount
    entries {
      dated
      roles
      event { ...NodeSummary }
    }
  }
}
${NODE_SUMMARY}`;

const PATHS = `
query ExplorerPaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 4, first: 5) {
    truncated
    paths {
      length
      nodes { ...NodeSummary }
      hops {
        from { id }
        to { id }
        relationships { ...Relationship }
      }
    }
  }
}
${NODE_SUMMARY}${RELATIONSHIP}${EVIDENCE}`;

export async function search(text) {
  return (await request(SEARCH, { text, first: 20 })).search;
}

/** filters: { eventTypes: string[] | null, from: string | null, to: string | null } */
export async function neighborhood(id, filters) {
  return (await request(NEIGHBORHOOD, { id, ...filters })).neighborhood;
}

export async function details(id) {
  return (await request(DETAILS, { id })).node;
}

export async function timeline(id, { from, to }) {
  return (await request(TIMELINE, { id, from, to })).timeline;
}

export async function paths(from, to) {
  return (await request(PATHS, { from, to })).paths;
}
