// npm run seed: validates seed/ and loads it into the configured Neo4j (idempotent, one transaction).
// Seed records overwrite curated edits of the same records, so a curated database needs --force.
import { runCommand, withCommandDatabase } from '../command.js';
import { toNumber } from '../db/values.js';
import { seedDir } from '../paths.js';
import { findContradictions } from '../repository/claims.js';
import { loadDataset } from './load-dataset.js';
import { readDataset } from './read-dataset.js';

async function seed(): Promise<void> {
  const dataset = readDataset(seedDir);
  await withCommandDatabase(async (db) => {
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
  }, console.log);
}

runCommand(seed);
