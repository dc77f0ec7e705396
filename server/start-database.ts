// Connects to the configured Neo4j, starting the embedded one when no NEO4J_URI is given, and prepares its schema.
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { applySchema } from './db/apply-schema.js';
import { createDriver } from './db/database.js';
import type { Queries } from './db/queries.js';
import { startEmbeddedNeo4j } from './neo4j/embedded.js';

export interface RunningDatabase {
  driver: Driver;
  uri: string;
  embedded: boolean;
  /** The embedded database's process (to read its memory); null for a reused or external one. */
  pid: number | null;
  close(): Promise<void>;
}

async function runningEmbedded(config: Config): Promise<Driver | null> {
  const driver = createDriver(`bolt://127.0.0.1:${config.neo4jBoltPort}`, 'neo4j', '');
  try {
    await driver.getServerInfo();
    return driver;
  } catch {
    await driver.close();
    return null;
  }
}

/**
 * Connects to the configured Neo4j, or starts the embedded one. With `reuseRunning` (command-line tools), an embedded
 * database already running for the server on NEO4J_BOLT_PORT is used instead of starting a second one.
 */
export async function startDatabase(
  config: Config,
  queries: Queries,
  log: (line: string) => void,
  reuseRunning = false,
  beforeStartingEmbedded: () => void = () => {},
): Promise<RunningDatabase> {
  const reused = !config.neo4j && reuseRunning ? await runningEmbedded(config) : null;
  if (reused) {
    return { driver: reused, uri: `bolt://127.0.0.1:${config.neo4jBoltPort}`, embedded: false, pid: null, close: () => reused.close() };
  }
  if (!config.neo4j) beforeStartingEmbedded();
  const embedded = config.neo4j
    ? null
    : await startEmbeddedNeo4j({
        dataDir: config.dataDir,
        boltPort: config.neo4jBoltPort,
        heapMiB: config.neo4jHeapMiB,
        pageCacheMiB: config.neo4jPageCacheMiB,
        log,
      });
  const uri = config.neo4j?.uri ?? embedded!.uri;
  const driver = createDriver(uri, config.neo4j?.user ?? 'neo4j', config.neo4j?.password ?? '');
  try {
    await driver.verifyConnectivity();
    await applySchema(driver, queries);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    driver,
    uri,
    embedded: embedded !== null,
    pid: embedded?.pid ?? null,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
