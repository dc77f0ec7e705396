// New source documents: what quotes are checked against. Each belongs to a case, so export-case can write it back.
import type { Viewer } from '../auth/tokens.js';
import { sourceProblems, type SourceRecord } from '../../domain/records.js';
import type { Database } from '../db/database.js';
import { throwIfProblems } from '../db/errors.js';
import { recordAudit } from './audit.js';
import type { SourceInput } from '../schema/generated.js';
import { toSource, type Source } from './model.js';

/** With no case given, the database's only case; a database with none starts one called "curated". */
export const DEFAULT_CASE = 'curated';

export async function createSource(db: Database, viewer: Viewer, input: SourceInput): Promise<Source> {
  return db.writeTransaction(async (run) => {
    const cases = (await run('curation/cases')).map((r) => String(r.get('id')));
    if (!input.caseId && cases.length > 1)
      throwIfProblems([`caseId is needed: the database holds the cases ${cases.join(', ')}`], 'input.caseId');
    // A mistyped case id must not start a case by accident: a new case needs its title.
    if (input.caseId && !cases.includes(input.caseId) && !input.caseTitle?.trim())
      throwIfProblems(
        [`there is no case "${input.caseId}" (known: ${cases.join(', ') || 'none'}); give caseTitle to start it`],
        'input.caseId',
      );
    const source: SourceRecord = {
      id: input.id,
      caseId: input.caseId ?? cases[0] ?? DEFAULT_CASE,
      title: input.title,
      publisher: input.publisher ?? null,
      author: input.author ?? null,
      date: input.date ?? null,
      dateNote: input.dateNote ?? null,
      url: input.url ?? null,
      text: input.text,
    };
    throwIfProblems(sourceProblems(source), 'input');
    await run('curation/create-source', { props: source, caseTitle: input.caseTitle?.trim() ?? source.caseId });
    await recordAudit(run, viewer, {
      action: 'createSource',
      targetId: source.id,
      summary: `added the source "${source.title}" to ${source.caseId}`,
      entityIds: [],
      before: null,
      after: { ...source, text: `${source.text.length} characters` },
    });
    return toSource({ ...source });
  });
}
