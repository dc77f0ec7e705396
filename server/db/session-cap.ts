// One request may hold at most a few database sessions at once: the rest of its reads wait for one of them, so a single
// request with many expensive fields cannot take the whole connection pool from everyone else.
import type { Database } from './database.js';
import { domainError } from './errors.js';

export const SESSIONS_PER_REQUEST = 4;

/** The longest a slot rests after a task (see `restRatio`). */
const MAX_REST_MS = 1_000;

/**
 * A semaphore: at most `size` of the given tasks run at a time, the others start in the order they came. With
 * `maxWaitMs`, a task that has waited that long is refused with DATABASE_BUSY instead of waiting on. With
 * `restRatio`, a slot stays closed after a task of T ms for T × restRatio more (at most a second), so that tasks that
 * keep coming use at most 1 / (1 + restRatio) of its time.
 */
export function taskLimiter(size: number, maxWaitMs = Infinity, restRatio = 0) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) {
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer =
          maxWaitMs === Infinity
            ? undefined
            : setTimeout(() => {
                waiting.splice(waiting.indexOf(turn), 1);
                reject(
                  domainError('DATABASE_BUSY', 'The server is busy with other large requests; try again in a moment.', { retryable: true }),
                );
              }, maxWaitMs);
        waiting.push(turn);
      });
    }
    running++;
    const began = performance.now();
    try {
      return await task();
    } finally {
      const release = () => {
        running--;
        waiting.shift()?.();
      };
      const rest = Math.min(MAX_REST_MS, (performance.now() - began) * restRatio);
      if (rest > 0) setTimeout(release, rest).unref();
      else release();
    }
  };
}

/** The same database for one request, its sessions capped; caches and the write counter stay shared (same driver). */
export function withSessionCap(db: Database, size = SESSIONS_PER_REQUEST): Database {
  const limit = taskLimiter(size);
  return {
    driver: db.driver,
    queries: db.queries,
    read: (key, params) => limit(() => db.read(key, params)),
    write: (key, params) => limit(() => db.write(key, params)),
    writeTransaction: (work) => limit(() => db.writeTransaction(work)),
    writes: () => db.writes(),
  };
}
