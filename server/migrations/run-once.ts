// Start-up migrations bring a database written by an earlier version to today's stored form. Each scans the whole
// graph, so each runs once and is recorded as (:Migration {id}); a store written in today's form (a generated one)
// is recorded as having had them all.
import type { Database } from '../db/database.js';
import type { Dataset } from '../seed/schema.js';
import { backfillStoredForm } from './backfill.js';
import { foldDuplicates } from './fold-duplicates.js';

type Migration = (db: Database, dataset: Pick<Dataset, 'cases' | 'sources'>, log: (line: string) => void) => Promise<void>;

const MIGRATIONS: Record<string, Migration> = {
  'backfill-stored-form': (db, dataset) => backfillStoredForm(db, dataset),
  'fold-duplicates': async (db, _dataset, log) => {
    const folded = await foldDuplicates(db);
    if (folded.links + folded.claims > 0)
      log(`Folded duplicate facts into one record each, keeping every citation: ${JSON.stringify(folded)}`);
  },
};

export async function runMigrationsOnce(
  db: Database,
  dataset: Pick<Dataset, 'cases' | 'sources'>,
  log: (line: string) => void,
): Promise<string[]> {
  const done = new Set((await db.read('migrations/done')).map((r) => String(r.get('id'))));
  const ran: string[] = [];
  for (const [id, migrate] of Object.entries(MIGRATIONS)) {
    if (done.has(id)) continue;
    await migrate(db, dataset, log);
    await db.write('migrations/record', { ids: [id] });
    ran.push(id);
  }
  return ran;
}

/** For a store written in today's form from the start. */
export async function recordMigrationsDone(db: Database): Promise<void> {
  await db.write('migrations/record', { ids: Object.keys(MIGRATIONS) });
}
