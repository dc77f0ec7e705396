// Reads about the whole graph (every entity ranked by degree) cost a scan at scale and are the same for every reader:
// each is computed once and shared — also by requests that ask while it is being computed — and kept while the
// database's generation (cypher/health/generation.cypher: counts any server's change moves) and this process's writes
// stay as they were, for at most 30 s (a change by a command-line tool that keeps every count is seen by then).
import type { Database } from './database.js';

interface Entry {
  version: string;
  at: number;
  value: Promise<unknown>;
}

// Keyed by the driver: the per-request views of one database (db/session-cap.ts) share one cache.
const caches = new WeakMap<Database['driver'], Map<string, Entry>>();

const TTL_MS = 30_000;

async function currentVersion(db: Database): Promise<string> {
  const writes = db.writes();
  const [record] = await db.read('health/generation');
  return `${writes}/${String(record?.get('generation'))}`;
}

export async function cachedGlobal<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db.driver);
  if (!cache) caches.set(db.driver, (cache = new Map()));
  const version = await currentVersion(db);
  const entry = cache.get(key);
  const now = Date.now();
  if (entry && entry.version === version && now - entry.at < TTL_MS) return entry.value as Promise<T>;
  const value = compute();
  const fresh: Entry = { version, at: now, value };
  cache.set(key, fresh);
  // A failure is not kept: the next request tries again.
  value.catch(() => {
    if (cache.get(key) === fresh) cache.delete(key);
  });
  return value;
}
