// Connects to the configured Neo4j, starting the embedded one when no NEO4J_URI is given, and prepares its schema.
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { applySchema } from './db/apply-schema.js';
import { createDriver } from './db/database.js';
import type { Queries } from './db/queries.js';
import { BOLT_USER, BoltAuthError, boltPasswordFile, readBoltPassword } from './neo4j/bolt-password.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions } from './neo4j/embedded.js';
import type { RestartableProcess } from './neo4j/supervisor.js';

export interface RunningDatabase {
  driver: Driver;
  uri: string;
  embedded: boolean;
  /** The embedded database's process (to read its memory); null for a reused or external one. */
  readonly pid: number | null;
  /** The embedded database's process, for the supervisor to restart; null for a reused or external one. */
  process: RestartableProcess | null;
  close(): Promise<void>;
}

const REFUSED = ['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit'];

function refusedCredentials(error: unknown): boolean {
  return error instanceof Neo4jError && REFUSED.includes(error.code);
}

/** The server's embedded database on NEO4J_BOLT_PORT, with the password of its data directory; null if none runs. */
async function runningEmbedded(config: Config): Promise<Driver | null> {
  const password = config.neo4jEmbeddedPassword ?? readBoltPassword(config.dataDir);
  const driver = createDriver(`bolt://127.0.0.1:${config.neo4jBoltPort}`, BOLT_USER, password ?? '');
  try {
    await driver.getServerInfo();
    return driver;
  } catch (error) {
    await driver.close();
    if (!refusedCredentials(error)) return null;
    const tried = config.neo4jEmbeddedPassword
      ? 'NEO4J_EMBEDDED_PASSWORD'
      : password
        ? `the password in ${boltPasswordFile(config.dataDir)}`
        : `no password (${boltPasswordFile(config.dataDir)} does not exist)`;
    throw new BoltAuthError(
      `A database runs on Bolt port ${config.neo4jBoltPort} but refused ${tried}: ` +
        'use the DATA_DIR (and NEO4J_EMBEDDED_PASSWORD, if any) its server was started with.',
    );
  }
}

/** The embedded process, replaced by a new one on each restart. */
function restartable(first: EmbeddedNeo4j, start: () => Promise<EmbeddedNeo4j>) {
  let current = first;
  let alive = true;
  const track = (started: EmbeddedNeo4j) => {
    current = started;
    alive = true;
    void started.exited.then(() => {
      if (current === started) alive = false;
    });
  };
  track(first);
  const process: RestartableProcess = {
    alive: () => alive,
    exited: () => current.exited,
    restart: async () => track(await start()),
  };
  return { process, current: () => current };
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
    const uri = `bolt://127.0.0.1:${config.neo4jBoltPort}`;
    return { driver: reused, uri, embedded: false, pid: null, process: null, close: () => reused.close() };
  }
  if (!config.neo4j) beforeStartingEmbedded();
  const options: EmbeddedNeo4jOptions = {
    dataDir: config.dataDir,
    boltPort: config.neo4jBoltPort,
    heapMiB: config.neo4jHeapMiB,
    pageCacheMiB: config.neo4jPageCacheMiB,
    jit: config.neo4jJit,
    log,
    ...(config.neo4jEmbeddedPassword ? { password: config.neo4jEmbeddedPassword } : {}),
  };
  const embedded = config.neo4j ? null : await startEmbeddedNeo4j(options);
  // A restart keeps the password the first start used, even if the file were removed meanwhile.
  const neo4j = embedded ? restartable(embedded, () => startEmbeddedNeo4j({ ...options, password: embedded.password })) : null;
  const uri = config.neo4j?.uri ?? embedded!.uri;
  const driver = config.neo4j
    ? createDriver(uri, config.neo4j.user, config.neo4j.password)
    : createDriver(uri, embedded!.user, embedded!.password);
  try {
    await driver.verifyConnectivity();
    await applySchema(driver, queries);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    if (!refusedCredentials(error)) throw error;
    throw new BoltAuthError(
      config.neo4j
        ? `Neo4j at ${uri} refused user "${config.neo4j.user}": check NEO4J_USER and NEO4J_PASSWORD.`
        : `The embedded database refused its own password (${(error as Neo4jError).code}).`,
    );
  }
  return {
    driver,
    uri,
    embedded: embedded !== null,
    get pid() {
      return neo4j?.current().pid ?? null;
    },
    process: neo4j?.process ?? null,
    async close() {
      await driver.close();
      await neo4j?.current().stop();
    },
  };
}
