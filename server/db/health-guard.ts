// Requests fail fast with DATABASE_UNAVAILABLE while the database is known to be away, instead of each waiting out the
// driver's retries; a query that finds it unreachable says so to the health state, which wakes the supervisor.
import { Neo4jError } from 'neo4j-driver';
import type { Runner } from './database.js';
import { domainError } from './errors.js';
import type { DatabaseHealth } from './health.js';

type Mode = 'READ' | 'WRITE';
type RunInSession = <T>(mode: Mode, work: (tx: Runner) => Promise<T>) => Promise<T>;

/** The server's own credentials refused: for clients, the database is just not usable. */
const REFUSED = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

export function databaseUnavailable(health: DatabaseHealth) {
  const { state, nextAttemptInMs } = health.report().database;
  return domainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly.', {
    state,
    ...(nextAttemptInMs !== null ? { retryInMs: nextAttemptInMs } : {}),
  });
}

function unreachableCause(error: unknown): string | null {
  if (error instanceof Neo4jError && REFUSED.has(error.code)) return `Neo4j refused the server's credentials (${error.code})`;
  const extensions = (error as { extensions?: { code?: unknown; cause?: unknown } }).extensions;
  if (extensions?.code === 'DATABASE_UNAVAILABLE') return `a query found Neo4j unreachable (${String(extensions.cause ?? 'no cause')})`;
  return null;
}

/** Thrown into a retry the driver starts after the request was answered: nothing runs once the client was told no. */
class Abandoned extends Error {}

export function guardByHealth(health: DatabaseHealth, run: RunInSession): RunInSession {
  return <T>(mode: Mode, work: (tx: Runner) => Promise<T>): Promise<T> => {
    if (!health.available) return Promise.reject(databaseUnavailable(health));
    let abandoned = false;
    const attempt = (tx: Runner) => {
      if (abandoned) throw new Abandoned('the request was already answered');
      return work(tx);
    };
    return new Promise<T>((resolve, reject) => {
      // A read has no effect to wait for: it is answered at once when the database goes away. A write already sent
      // is waited for, so its answer says what happened; it only starts no new attempt.
      const stopWaiting =
        mode === 'READ'
          ? health.onceUnavailable(() => {
              abandoned = true;
              reject(databaseUnavailable(health));
            })
          : health.onceUnavailable(() => (abandoned = true));
      run(mode, attempt).then(
        (value) => {
          stopWaiting();
          resolve(value);
        },
        (error: unknown) => {
          stopWaiting();
          const cause = unreachableCause(error);
          if (cause) health.reportUnreachable(cause);
          reject(cause || error instanceof Abandoned ? databaseUnavailable(health) : error);
        },
      );
    });
  };
}
