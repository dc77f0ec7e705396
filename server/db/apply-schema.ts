// Applies cypher/schema.cypher statement by statement (idempotent: IF NOT EXISTS everywhere; it ends by waiting for indexes).
import type { Driver } from 'neo4j-driver';
import { requireQuery, splitStatements, type Queries } from './queries.js';
import { toDomainError } from './errors.js';

export async function applySchema(driver: Driver, queries: Queries): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of splitStatements(requireQuery(queries, 'schema'))) await session.run(statement);
  } catch (error) {
    throw toDomainError(error);
  } finally {
    await session.close();
  }
}
