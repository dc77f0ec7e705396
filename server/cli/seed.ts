// npm run seed [-- --keep-curated | --overwrite]: validates seed/ and loads it into the configured Neo4j (idempotent,
// one transaction). When the database holds curated changes to records the files also hold, it lists them and stops,
// unless told to keep them (those records are left as the database has them) or to overwrite them.
import { parseArgs } from 'node:util';
import { runCommand, withCommandDatabase } from '../command.js';
import { foldDuplicates } from '../migrations/fold-duplicates.js';
import { seedDir } from '../paths.js';
import { findContradictions } from '../repository/claims.js';
import { loadDataset } from '../seed/load-dataset.js';
import { readDataset } from '../seed/read-dataset.js';
import { curatedOverwrites } from '../seed/reseed.js';

async function seed(): Promise<void> {
  const { values } = parseArgs({
    options: { 'keep-curated': { type: 'boolean' }, overwrite: { type: 'boolean' }, force: { type: 'boolean' } },
  });
  const overwrite = values.overwrite === true || values.force === true;
  if (overwrite && values['keep-curated']) throw new Error('Choose one of --keep-curated and --overwrite.');
  const dataset = readDataset(seedDir);
  await withCommandDatabase(async (db) => {
    const overwrites = await curatedOverwrites(db, dataset);
    if (overwrites.length > 0) {
      console.log(`The database holds curated changes to ${overwrites.length} record(s) the seed files also hold:`);
      for (const o of overwrites) console.log(`  - ${o.file} [${o.id}]: ${o.fields.join(', ')}`);
      if (!overwrite && !values['keep-curated']) {
        throw new Error(
          'Nothing was loaded. Run "npm run seed -- --keep-curated" to load everything else and keep these as they are, ' +
            '"npm run seed -- --overwrite" to replace them with the files, or "npm run export-case" first to write them to the files.',
        );
      }
      console.log(overwrite ? 'Overwriting them with the seed files.' : 'Keeping them; the rest of the seed is loaded.');
    }
    const keep = new Set(values['keep-curated'] ? overwrites.map((o) => o.id) : []);
    const summary = await loadDataset(db, dataset, keep);
    console.log(
      `Seed loaded: ${summary.sources} sources, ${summary.entities} entities, ${summary.relationships} relationships, ${summary.claims} claims.`,
    );
    const folded = await foldDuplicates(db);
    if (folded.links + folded.claims > 0)
      console.log(`Folded copies of one fact into one record: ${folded.links} link(s), ${folded.claims} claim(s).`);
    const contradictions = await findContradictions(db, null);
    console.log(`Contradictions kept (${contradictions.length}):`);
    for (const c of contradictions) {
      const sides = c.claims.map((claim) => `"${claim.value}" (${claim.citations.map((x) => x.source.id.slice(0, 3)).join(', ')})`);
      console.log(`  - ${c.subject.name} / ${c.attribute}: ${sides.join(' vs ')}`);
    }
  }, console.log);
}

runCommand(seed);
