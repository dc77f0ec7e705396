// Starts everything: configuration, Neo4j (supervised), the seed on an empty database, the HTTP server. Stops it all on a
// signal.
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { parseConfig } from './config.js';
import { createDatabase, pingDatabase } from './db/database.js';
import { DatabaseHealth } from './db/health.js';
import { loadQueries } from './db/queries.js';
import { superviseDatabase } from './neo4j/supervisor.js';
import { seedDir } from './paths.js';
import { defaultRateLimits } from './rate-limit.js';
import { recordMigrationsDone, runMigrationsOnce } from './migrations/run-once.js';
import { addNewWords, isDatabaseEmpty, loadDataset } from './seed/load-dataset.js';
import { readDataset } from './seed/read-dataset.js';
import { startDatabase } from './start-database.js';
import { warmUp } from './warm-up.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const queries = loadQueries();
  log(config.neo4j ? `Connecting to Neo4j at ${config.neo4j.uri}…` : `Starting the embedded Neo4j in ${config.dataDir}…`);
  const database = await startDatabase(config, queries, log);
  const health = new DatabaseHealth();
  const supervisor = superviseDatabase({
    health,
    probe: () => pingDatabase(database.driver, queries),
    process: database.process,
    log,
    // An embedded database's death is seen at once; an external one's only by trying it.
    ...(database.process ? {} : { watchIntervalMs: 10_000 }),
  });
  const db = createDatabase(database.driver, queries, { readTimeoutMs: config.queryBudgetMs, health });
  const dataset = readDataset(seedDir);
  if (await isDatabaseEmpty(db)) {
    const summary = await loadDataset(db, dataset);
    await recordMigrationsDone(db);
    log(`Loaded the seed dataset: ${JSON.stringify(summary)}`);
  } else {
    const words = await addNewWords(db, dataset);
    if (words > 0) log(`Added ${words} new word(s) from the seed's vocabulary files`);
    const ran = await runMigrationsOnce(db, dataset, log);
    if (ran.length > 0) log(`Migrated the database: ${ran.join(', ')}`);
  }
  const app = createApp({
    db,
    health,
    readsRequireToken: config.readsRequireToken,
    corsOrigins: config.corsOrigins,
    rateLimits: config.rateLimits ? defaultRateLimits : null,
  });
  // Warm first, without the read budget: cold, the larger reads take longer than it on a busy machine.
  const warmMs = await warmUp(createApp({ db: createDatabase(database.driver, queries, { health }), rateLimits: null }));
  log(`Warmed up in ${(warmMs / 1000).toFixed(1)} s`);
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`Ready: UI at http://localhost:${port}/  GraphiQL at http://localhost:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    // Let requests in flight (a committed mutation's reply) finish, but not for ever.
    server.closeIdleConnections();
    const forced = setTimeout(() => server.closeAllConnections(), 5_000);
    await new Promise((resolve) => server.close(resolve));
    clearTimeout(forced);
    await supervisor.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  console.error(`Could not start${code ? ` [${code}]` : ''}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
