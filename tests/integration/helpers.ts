// Shared by integration suites: a driver to the run's Neo4j and the app built on it.
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase, createDriver, type Database } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';

export function connectToTestDatabase(onQuery?: (key: string) => void): Database {
  const connection = inject('neo4j');
  if (!connection) throw new Error('No test Neo4j: run integration tests through vitest with the global setup');
  return createDatabase(createDriver(connection.uri, connection.user, connection.password), loadQueries(), onQuery ? { onQuery } : {});
}

export async function graphqlRequest<T = Record<string, unknown>>(
  app: ReturnType<typeof createApp>,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

/** The app over the run's seeded database, built before a suite's tests and closed after them. */
export function useAppOverTestDatabase(onQuery?: (key: string) => void): { db: Database; app: ReturnType<typeof createApp> } {
  const suite = {} as { db: Database; app: ReturnType<typeof createApp> };
  beforeAll(() => {
    suite.db = connectToTestDatabase(onQuery);
    suite.app = createApp({ db: suite.db });
  });
  afterAll(() => suite.db.driver.close());
  return suite;
}

export type GraphQLBody<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[] };

/** A GraphQL request to the app with a bearer token. */
export async function graphqlAs<T = Record<string, unknown>>(
  app: ReturnType<typeof createApp>,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody<T>> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody<T>;
}

/** The number the query counts (its first column), read straight from the database. */
export async function countIn(db: Database, cypher: string, params: Record<string, unknown>): Promise<number> {
  const session = db.driver.session();
  try {
    return (await session.run(cypher, params)).records[0]!.get(0).toNumber() as number;
  } finally {
    await session.close();
  }
}
