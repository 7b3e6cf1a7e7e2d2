import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import {
  ACTOR_KINDS,
  ARTICLE_KINDS,
  EVENT_TYPES,
  FACTUALITIES,
  PLACE_KINDS,
  ROLES,
  STANCES,
} from '../../model/report.js';

const enumOf = (name: string, values: readonly string[]) => `enum ${name} { ${values.join(' ')} }`;

/**
 * The stored graph of graph/model.ts as `@neo4j/graphql` type definitions:
 * the same labels, properties and relationship types, written by hand the way
 * a user of that library would map an existing database. Node and relationship
 * properties the reference queries do not read (search keys, offsets) are left out.
 */
export const typeDefs = /* GraphQL */ `
${enumOf('ActorKind', ACTOR_KINDS)}
${enumOf('PlaceKind', PLACE_KINDS)}
${enumOf('EventType', EVENT_TYPES)}
${enumOf('Role', ROLES)}
${enumOf('Stance', STANCES)}
${enumOf('Factuality', FACTUALITIES)}
${enumOf('ArticleKind', ARTICLE_KINDS)}

type Provenance @relationshipProperties {
  articleId: String
  evidence: String
}

type Participation @relationshipProperties {
  role: Role!
  onBehalfOf: String
  articleId: String
  evidence: String
}

type Claim @relationshipProperties {
  stance: Stance!
  articleId: String
  evidence: String
}

type Actor @node {
  id: ID!
  name: String!
  nameAr: String
  nameEn: String
  aliases: [String!]!
  wikidata: String
  kind: ActorKind!
  events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participation")
  claims: [Event!]! @relationship(type: "CLAIMS", direction: OUT, properties: "Claim")
  memberOf: [Actor!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Provenance")
}

type Place @node {
  id: ID!
  name: String!
  nameAr: String
  nameEn: String
  aliases: [String!]!
  wikidata: String
  kind: PlaceKind!
  lat: Float
  lon: Float
  partOf: [Place!]! @relationship(type: "PART_OF", direction: OUT, properties: "Provenance")
  events: [Event!]! @relationship(type: "OCCURRED_IN", direction: IN, properties: "Provenance")
}

type Event @node {
  id: ID!
  type: EventType!
  cameo: String!
  date: String
  factuality: Factuality!
  actors: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
  places: [Place!]! @relationship(type: "OCCURRED_IN", direction: OUT, properties: "Provenance")
  claimants: [Actor!]! @relationship(type: "CLAIMS", direction: IN, properties: "Claim")
  reportedIn: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Provenance")
}

type Article @node {
  id: ID!
  title: String!
  url: String
  publishedAt: String
  language: String!
  kind: ArticleKind!
  source: [Actor!]! @relationship(type: "PUBLISHED_BY", direction: OUT, properties: "Provenance")
  events: [Event!]! @relationship(type: "REPORTS", direction: OUT, properties: "Provenance")
}
`;

/**
 * The executable schema @neo4j/graphql generates for these type definitions,
 * running its Cypher on `driver`, after the library's own check of what it
 * needs (Neo4j 5.23 or newer, the APOC core functions it calls). Dates are
 * stored as `YYYY-MM-DD` strings, so date windows need its string comparison
 * filters, which are off by default.
 */
export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  const features = { filters: { String: { GTE: true, LTE: true } } };
  const library = new Neo4jGraphQL({ typeDefs, driver, features });
  await library.checkNeo4jCompat();
  return library.getSchema();
}

/** The peer server: the generated schema behind the same HTTP layer (graphql-yoga) as ours. */
export async function createNeo4jGraphqlYoga(driver: Driver) {
  return createYoga({ schema: await neo4jGraphqlSchema(driver), graphiql: false, landingPage: false });
}
