// npm run seed: validates seed/ and loads it into the configured Neo4j (idempotent, one transaction).
// Seed records overwrite curated edits of the same records, so a curated database needs --force.
import { parseConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { loadQueries } from '../db/queries.js';
import { seedDir } from '../paths.js';
import { startDatabase } from '../start-database.js';
import { toNumber } from '../db/values.js';
import { findContradictions } from '../repository/claims.js';
import { loadDataset } from './load-dataset.js';
import { readDataset } from './read-dataset.js';

async function seed(): Promise<void> {
  const dataset = readDataset(seedDir);
  const config = parseConfig(process.env);
  const queries = loadQueries();
  const database = await startDatabase(config, queries, console.log, true);
  try {
    const db = createDatabase(database.driver, queries);
    const curated = toNumber((await db.read('audit/count'))[0]?.get('count'));
    if (curated > 0 && !process.argv.includes('--force')) {
      throw new Error(`The database holds ${curated} curated changes that re-seeding could overwrite; run "npm run seed -- --force" to load anyway.`);
    }
    const summary = await loadDataset(db, dataset);
    console.log(`Seed loaded: ${summary.sources} sources, ${summary.entities} entities, ${summary.relationships} relationships, ${summary.claims} claims.`);
    const contradictions = await findContradictions(db, null);
    console.log(`Contradictions kept (${contradictions.length}):`);
    for (const c of contradictions) {
      const sides = c.claims.map((claim) => `"${claim.value}" (${claim.citations.map((x) => x.source.id).join(', ')})`);
      console.log(`  - ${c.subject.name} / ${c.attribute}: ${sides.join(' vs ')}`);
    }
  } finally {
    await database.close();
  }
}

seed().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
