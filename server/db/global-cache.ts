// Reads about the whole graph (every entity ranked by degree) cost a scan at scale and are the same for every reader:
// each is computed once and shared — also by requests that ask while it is being computed — and kept until this
// process writes to the database, or for 30 s (the command-line tools write from other processes).
import type { Database } from './database.js';

interface Entry {
  writes: number;
  at: number;
  value: Promise<unknown>;
}

const caches = new WeakMap<Database, Map<string, Entry>>();

const TTL_MS = 30_000;

export function cachedGlobal<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const entry = cache.get(key);
  const now = Date.now();
  if (entry && entry.writes === db.writes() && now - entry.at < TTL_MS) return entry.value as Promise<T>;
  const writes = db.writes();
  const value = compute();
  const fresh: Entry = { writes, at: now, value };
  cache.set(key, fresh);
  // A failure is not kept: the next request tries again.
  value.catch(() => {
    if (cache.get(key) === fresh) cache.delete(key);
  });
  return value;
}
