// What the command-line tools share: the database they work on, opened and closed around their work (an embedded one
// already running for the server is reused), said aloud on stderr, and failures reported as one line with exit code 1.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from './config.js';
import { createDatabase, type Database } from './db/database.js';
import { loadQueries } from './db/queries.js';
import { startDatabase } from './start-database.js';

/** A command's transactions (a whole case loaded, a long report) may take longer than a request's. */
const COMMAND_TRANSACTION_TIMEOUT_MS = 300_000;

export interface CommandOptions {
  /** Refuse to start an embedded database whose store does not exist yet, rather than silently create an empty one. */
  existingStore?: boolean;
}

/** Whether DATA_DIR already holds an embedded Neo4j store. */
export function storeExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'data', 'databases', 'neo4j'));
}

export async function withCommandDatabase<T>(
  work: (db: Database) => Promise<T>,
  log: (line: string) => void = () => {},
  options: CommandOptions = {},
): Promise<T> {
  const config = parseConfig(process.env);
  const queries = loadQueries();
  const database = await startDatabase(config, queries, log, true, () => {
    if (options.existingStore && !storeExists(config.dataDir)) {
      throw new Error(
        `No database in ${path.resolve(config.dataDir)}, and no server running on Bolt port ${config.neo4jBoltPort}: ` +
          'start the server (npm start), set DATA_DIR (and NEO4J_BOLT_PORT) as the server has them, or set NEO4J_URI.',
      );
    }
  });
  const where = config.neo4j
    ? `Neo4j at ${config.neo4j.uri}`
    : database.embedded
      ? `the embedded database in ${path.resolve(config.dataDir)} (started for this command)`
      : `the running server's embedded database at ${database.uri}`;
  console.error(`Using ${where}.`);
  try {
    return await work(createDatabase(database.driver, queries, { transactionTimeoutMs: COMMAND_TRANSACTION_TIMEOUT_MS }));
  } finally {
    await database.close();
  }
}

export function runCommand(work: () => Promise<void>): void {
  work().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

/** An integer flag of a command: its fallback when absent (null: the flag is required), else a clear error. */
export function integerFlag(name: string, raw: string | undefined, fallback: number | null, min: number, max: number): number {
  if (raw === undefined) {
    if (fallback === null) throw new Error(`--${name} is required (an integer from ${min} to ${max}).`);
    return fallback;
  }
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  return Number(raw);
}
