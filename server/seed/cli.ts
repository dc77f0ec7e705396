// npm run seed: validates seed/ and loads it into the configured Neo4j (idempotent, one transaction).
import { parseConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { loadQueries } from '../db/queries.js';
import { seedDir } from '../paths.js';
import { startDatabase } from '../start-database.js';
import { loadDataset } from './load-dataset.js';
import { readDataset } from './read-dataset.js';

async function seed(): Promise<void> {
  const dataset = readDataset(seedDir);
  const config = parseConfig(process.env);
  const queries = loadQueries();
  const database = await startDatabase(config, queries, console.log);
  try {
    const summary = await loadDataset(createDatabase(database.driver, queries), dataset);
    console.log(
      `Seed loaded: ${summary.sources} sources, ${summary.entities} entities, ${summary.relationships} relationships, ${summary.claims} claims.`,
    );
  } finally {
    await database.close();
  }
}

seed().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
