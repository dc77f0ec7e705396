// One request may hold at most a few database sessions at once: the rest of its reads wait for one of them, so a single
// request with many expensive fields cannot take the whole connection pool from everyone else.
import type { Database } from './database.js';

export const SESSIONS_PER_REQUEST = 4;

/** A semaphore: at most `size` of the given tasks run at a time, the others start in the order they came. */
export function taskLimiter(size: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
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
