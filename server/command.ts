// What the command-line tools share: the database they work on, opened and closed around their work (an embedded one
// already running for the server is reused), and failures reported as one line with exit code 1.
import { parseConfig } from './config.js';
import { createDatabase, type Database } from './db/database.js';
import { loadQueries } from './db/queries.js';
import { startDatabase } from './start-database.js';

export async function withCommandDatabase<T>(work: (db: Database) => Promise<T>, log: (line: string) => void = () => {}): Promise<T> {
  const queries = loadQueries();
  const database = await startDatabase(parseConfig(process.env), queries, log, true);
  try {
    return await work(createDatabase(database.driver, queries));
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
