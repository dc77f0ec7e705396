// Configuration: parsed and validated once, from the environment, failing with every problem at once.
import { availableParallelism } from 'node:os';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface Config {
  port: number;
  dataDir: string;
  /** Bolt port of the embedded database, used only when `neo4j` is null. */
  neo4jBoltPort: number;
  /** An external database; null means start the embedded one. */
  neo4j: Neo4jConnection | null;
  /** The embedded database's Bolt password; null: one generated once and kept in DATA_DIR/bolt-password. */
  neo4jEmbeddedPassword: string | null;
  /** Heap and page cache of the embedded database, in MiB. */
  neo4jHeapMiB: number;
  neo4jPageCacheMiB: number;
  /**
   * The embedded database's Java compiler: `quick` (C1 only) spends little CPU compiling, `full` (tiered, C2) compiles
   * for minutes to run faster afterwards. On two cores or fewer the compiling starves the queries, so `quick` is the
   * default there.
   */
  neo4jJit: Neo4jJit;
  /** When true, queries need a token too (any role); mutations always do. */
  readsRequireToken: boolean;
  /** Browser origins besides the server's own allowed to read its answers (CORS). */
  corsOrigins: string[];
  /** Whether mutations and failed tokens are rate-limited (on unless RATE_LIMITS=false). */
  rateLimits: boolean;
  /** How long one request's database transaction may run before it is stopped, in ms. */
  queryBudgetMs: number;
}

export type Neo4jJit = 'quick' | 'full';

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const KNOWN_KEYS = [
  'PORT',
  'DATA_DIR',
  'NEO4J_BOLT_PORT',
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_EMBEDDED_PASSWORD',
  'NEO4J_HEAP_MIB',
  'NEO4J_PAGECACHE_MIB',
  'NEO4J_JIT',
  'READS_REQUIRE_TOKEN',
  'CORS_ORIGINS',
  'RATE_LIMITS',
  'QUERY_BUDGET_MS',
] as const;

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

type Env = Record<string, string | undefined>;

function readInteger(env: Env, key: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${key} must be an integer from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return Number(raw);
}

function readJit(env: Env, problems: string[]): Neo4jJit {
  const raw = env.NEO4J_JIT?.trim().toLowerCase();
  if (raw === undefined || raw === '') return availableParallelism() <= 2 ? 'quick' : 'full';
  if (raw === 'quick' || raw === 'full') return raw;
  problems.push(`NEO4J_JIT must be quick or full, got "${env.NEO4J_JIT}"`);
  return 'full';
}

function readBoolean(env: Env, key: string, problems: string[], fallback = false): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  problems.push(`${key} must be true or false, got "${env[key]}"`);
  return false;
}

function readConnection(env: Env, problems: string[]): Neo4jConnection | null {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === '') {
    for (const key of ['NEO4J_USER', 'NEO4J_PASSWORD']) {
      if (env[key]) problems.push(`${key} is set but NEO4J_URI is not; set NEO4J_URI to use an external database`);
    }
    return null;
  }
  const scheme = /^([a-z0-9+]+):\/\/[^\s/]+/i.exec(uri)?.[1]?.toLowerCase();
  if (!scheme || !URI_SCHEMES.includes(scheme)) {
    problems.push(`NEO4J_URI must look like bolt://host:7687 or neo4j+s://host (schemes: ${URI_SCHEMES.join(', ')}), got "${uri}"`);
  }
  return { uri, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD ?? '' };
}

function readOrigins(env: Env, problems: string[]): string[] {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^\s/]+$/i.test(origin))
      problems.push(`CORS_ORIGINS must list origins like https://example.org (no path), got "${origin}"`);
  }
  return origins;
}

function readEmbeddedPassword(env: Env, problems: string[]): string | null {
  const password = env.NEO4J_EMBEDDED_PASSWORD;
  if (password === undefined || password === '') return null;
  if (env.NEO4J_URI) problems.push('NEO4J_EMBEDDED_PASSWORD is for the embedded database; with NEO4J_URI set, use NEO4J_PASSWORD');
  // Neo4j's own minimum; the launcher reads it as one line.
  if ([...password].length < 8) problems.push('NEO4J_EMBEDDED_PASSWORD must have at least 8 characters');
  if (/\p{Cc}/u.test(password)) problems.push('NEO4J_EMBEDDED_PASSWORD must not contain control characters or line breaks');
  return password;
}

/** Parses the environment; unknown NEO4J_* keys are reported as likely typos. */
export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  for (const key of Object.keys(env)) {
    const ours = key.startsWith('NEO4J_') || ['DATA_DIR', 'READS_', 'CORS_', 'RATE_', 'QUERY_'].some((prefix) => key.startsWith(prefix));
    if (ours && !(KNOWN_KEYS as readonly string[]).includes(key)) {
      problems.push(`unknown setting ${key} (known: ${KNOWN_KEYS.join(', ')})`);
    }
  }
  const dataDir = env.DATA_DIR?.trim() || './data';
  const config: Config = {
    port: readInteger(env, 'PORT', 4000, 0, 65535, problems),
    dataDir,
    neo4jBoltPort: readInteger(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535, problems),
    neo4j: readConnection(env, problems),
    neo4jEmbeddedPassword: readEmbeddedPassword(env, problems),
    neo4jHeapMiB: readInteger(env, 'NEO4J_HEAP_MIB', 2048, 256, 16384, problems),
    neo4jPageCacheMiB: readInteger(env, 'NEO4J_PAGECACHE_MIB', 1024, 64, 16384, problems),
    neo4jJit: readJit(env, problems),
    readsRequireToken: readBoolean(env, 'READS_REQUIRE_TOKEN', problems),
    corsOrigins: readOrigins(env, problems),
    rateLimits: readBoolean(env, 'RATE_LIMITS', problems, true),
    queryBudgetMs: readInteger(env, 'QUERY_BUDGET_MS', 1_000, 100, 600_000, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
