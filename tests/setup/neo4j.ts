// Global setup: one real Neo4j for the whole run, seeded with the real dataset.
// TEST_NEO4J_URI (with TEST_NEO4J_USER/TEST_NEO4J_PASSWORD) uses an existing database instead of starting one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../server/free-port.js';
import { applySchema } from '../../server/db/apply-schema.js';
import { createDatabase, createDriver } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded.js';
import { seedDir } from '../../server/paths.js';
import { loadDataset } from '../../server/seed/load-dataset.js';
import { readDataset } from '../../server/seed/read-dataset.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string } | null;
  }
}

export { freePort };

let embedded: EmbeddedNeo4j | null = null;
let dataDir: string | null = null;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const wanted = project.vitest.projects.some((p) => p.name !== 'unit');
  if (!wanted || process.env.TEST_UNIT_ONLY === '1') {
    project.provide('neo4j', null);
    return async () => {};
  }
  let connection = process.env.TEST_NEO4J_URI
    ? { uri: process.env.TEST_NEO4J_URI, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' }
    : null;
  if (!connection) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pg-test-neo4j-'));
    embedded = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), heapMiB: 1024, pageCacheMiB: 256, log: () => {} });
    connection = { uri: embedded.uri, user: embedded.user, password: embedded.password };
  }
  const queries = loadQueries();
  const driver = createDriver(connection.uri, connection.user, connection.password);
  try {
    await applySchema(driver, queries);
    // Seeding is bulk work on a machine that may be busy with other suites: give it time rather than fail.
    await loadDataset(createDatabase(driver, queries, { transactionTimeoutMs: 300_000 }), readDataset(seedDir));
  } finally {
    await driver.close();
  }
  project.provide('neo4j', connection);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
