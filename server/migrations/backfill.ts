// Brings a database written by an earlier version to today's stored form: cases on every record (so export-case and
// re-seed see curated work), and the folded value of every claim (so identity and contradictions compare alike).
import { valueKey } from '../../domain/records.js';
import type { Database } from '../db/database.js';
import type { Dataset } from '../seed/schema.js';

export async function backfillStoredForm(db: Database, dataset: Pick<Dataset, 'cases' | 'sources'>): Promise<void> {
  await db.writeTransaction(async (run) => {
    await run('migrations/backfill-cases', {
      cases: dataset.cases.map((c) => ({ id: c.id, title: c.title, description: c.description })),
      sources: dataset.sources.map((s) => ({ id: s.id, caseId: s.caseId })),
    });
    const claims = (await run('migrations/claims-without-value-key')).map((r) => ({
      id: String(r.get('id')),
      valueKey: valueKey(String(r.get('value'))),
    }));
    if (claims.length > 0) await run('migrations/set-value-keys', { claims });
  });
}
