// The peer a user might pick instead of our API: @neo4j/graphql over the same database, with a schema equivalent to
// ours for what it can express (entities with their properties and claims, links with their properties in both
// directions, the same full-text index). Served by graphql-yoga, as ours is.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name", "searchText"] }]) {
    id: ID!
    kind: String!
    subkind: String
    name: String!
    searchText: String
    aliases: [String!]
    date: String
    dateStart: String
    dateEnd: String
    description: String
    citedSources: [String!]
    citedQuotes: [String!]
    out: [Entity!]! @relationship(type: "RELATION", direction: OUT, properties: "Link")
    in: [Entity!]! @relationship(type: "RELATION", direction: IN, properties: "Link")
    claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
  }

  type Link @relationshipProperties {
    id: ID!
    type: String!
    role: String
    date: String
    citedSources: [String!]
    citedQuotes: [String!]
  }

  type Claim @node(labels: ["Claim"]) {
    id: ID!
    attribute: String!
    value: String!
    citedSources: [String!]
    citedQuotes: [String!]
  }
`;

export async function createPeerApp(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, maskedErrors: false });
}
