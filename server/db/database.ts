// The one way the app talks to Neo4j: named queries, parameters only, a timeout on every transaction.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { DatabaseHealth } from './health.js';
import { guardByHealth } from './health-guard.js';
import { requireQuery, type Queries } from './queries.js';
import { isDeletedWhileRead, toDomainError } from './errors.js';

export type Params = Record<string, unknown>;

/** Runs one named query inside a transaction that is already open. */
export type Run = (key: string, params?: Params) => Promise<Neo4jRecord[]>;

/** What runs Cypher: a write's managed transaction, or a read session's own auto-commit transaction. */
export type Runner = Pick<ManagedTransaction, 'run'>;

export interface Database {
  readonly driver: Driver;
  readonly queries: Queries;
  /** Runs one named read query in its own transaction. */
  read(key: string, params?: Params): Promise<Neo4jRecord[]>;
  /** Runs one named write query in its own transaction. */
  write(key: string, params?: Params): Promise<Neo4jRecord[]>;
  /** Runs several named queries in one write transaction: all or nothing. */
  writeTransaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
  /** How many write transactions this instance has committed (or tried): what cached reads compare. */
  writes(): number;
}

export interface DatabaseOptions {
  /** What the supervisor knows: while the database is away, queries fail fast with DATABASE_UNAVAILABLE. */
  health?: DatabaseHealth;
  /** Called once per query sent, e.g. to count round trips in tests. */
  onQuery?: (key: string) => void;
  /** Longer for bulk work (seeding, command-line tools) than for a request. */
  transactionTimeoutMs?: number;
  /** A read's own budget (QUERY_BUDGET_MS): a slow or hostile read is stopped then, and others keep their latency. */
  readTimeoutMs?: number;
}

/** Every transaction the app runs is stopped after this long (the embedded Neo4j also stops any after 30 s). */
const TRANSACTION_TIMEOUT_MS = 10_000;

/** A read that met an entity deleted under it is tried again this many times in all. */
const READ_ATTEMPTS = 3;

export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
  });
}

/** Whole numbers become Neo4j Integers (LIMIT and ranges refuse floats); everything else is sent as is. */
function toNeo4jParams(params: Params): Params {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));
}

export function createDatabase(driver: Driver, queries: Queries, options: DatabaseOptions = {}): Database {
  const writeConfig = { timeout: options.transactionTimeoutMs ?? TRANSACTION_TIMEOUT_MS };
  const readConfig = { timeout: options.readTimeoutMs ?? writeConfig.timeout };
  const runIn =
    (tx: Runner): Run =>
    async (key: string, params: Params = {}) => {
      const text = requireQuery(queries, key);
      options.onQuery?.(key);
      return (await tx.run(text, toNeo4jParams(params))).records;
    };
  let writes = 0;
  const withSession = async <T>(mode: 'READ' | 'WRITE', work: (tx: Runner) => Promise<T>): Promise<T> => {
    if (mode === 'WRITE') writes++;
    const session = driver.session({ defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    // A read is one query: it runs as its own auto-commit transaction, one round trip instead of three (BEGIN, RUN,
    // COMMIT), still routed to a reader in a cluster by the session's access mode.
    const autoCommit: Runner = { run: (text: string, params?: Params) => session.run(text, params, readConfig) };
    try {
      if (mode === 'WRITE') return await session.executeWrite(work, writeConfig);
      for (let attempt = 1; ; attempt++) {
        try {
          return await work(autoCommit);
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || !isDeletedWhileRead(error)) throw error;
        }
      }
    } catch (error) {
      throw toDomainError(error);
    } finally {
      if (mode === 'WRITE') writes++; // a read that began during the write must not be kept as current
      await session.close();
    }
  };
  const guarded = options.health ? guardByHealth(options.health, withSession) : withSession;
  return {
    driver,
    queries,
    read: (key, params) => guarded('READ', (tx) => runIn(tx)(key, params)),
    write: (key, params) => guarded('WRITE', (tx) => runIn(tx)(key, params)),
    writeTransaction: (work) => guarded('WRITE', (tx) => work(runIn(tx))),
    writes: () => writes,
  };
}

/** One short query outside the health gate and the driver's retries: what the supervisor checks the database with. */
export async function pingDatabase(driver: Driver, queries: Queries, timeoutMs = 3_000): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(requireQuery(queries, 'health/ping'), {}, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}
