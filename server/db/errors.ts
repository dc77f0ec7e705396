// The one place driver errors become the errors clients see: a code, a plain message, no Cypher.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_BUSY'
  | 'QUERY_TIMEOUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_EXPENSIVE'
  | 'INTERNAL_SERVER_ERROR';

export function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  // createGraphQLError uses the same graphql instance as yoga, so its masking recognises the error as expected.
  return createGraphQLError(message, { extensions: { code, ...extra } });
}

/** BAD_USER_INPUT naming every problem, when there are any. */
export function throwIfProblems(problems: readonly string[], argument?: string): void {
  if (problems.length === 0) return;
  throw domainError('BAD_USER_INPUT', problems.join('; '), { problems: [...problems], ...(argument ? { argument } : {}) });
}

export function notFound(what: string, id: string, argument?: string): GraphQLError {
  return domainError('NOT_FOUND', `No ${what} has id "${id}"`, { id, ...(argument ? { argument } : {}) });
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** A read that met an entity deleted while it ran (a merge, a delete): trying again reads the state after it. */
export function isDeletedWhileRead(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code.includes('EntityNotFound') || /has been deleted/i.test(error.message));
}

export function toDomainError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code)) {
    return domainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly.', { cause: error.code });
  }
  if (error.code.includes('TransactionTimedOut') || error.code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
    return domainError('QUERY_TIMEOUT', 'The query took too long and was stopped; narrow it (fewer hops, a smaller depth).');
  }
  if (error.message.startsWith('Connection acquisition timed out') || error.code.startsWith('Neo.TransientError.')) {
    return domainError('DATABASE_BUSY', 'The database is busy with other requests; try again in a moment.', {
      retryable: true,
      cause: error.code,
    });
  }
  if (isDeletedWhileRead(error)) {
    return domainError('CONFLICT', 'What this request read was changed by a concurrent edit while it ran; try again.', { retryable: true });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return domainError('CONFLICT', 'That would duplicate an existing id.');
  }
  return error;
}
