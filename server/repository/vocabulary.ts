// The vocabulary the database holds: seeded from seed/vocabulary.yaml, grown by admins at run time, never redefined.
import type { Viewer } from '../auth/tokens.js';
import { newTerm, type TermInput, type Vocabulary } from '../../domain/vocabulary.js';
import type { Database } from '../db/database.js';
import { domainError, throwIfProblems } from '../db/errors.js';
import { recordAudit } from './audit.js';
import { currentVocabulary, vocabularyOf } from './state.js';

export async function readVocabulary(db: Database): Promise<Vocabulary> {
  return vocabularyOf(await db.read('vocabulary/all'));
}

export async function addVocabularyTerm(db: Database, viewer: Viewer, input: TermInput): Promise<Vocabulary> {
  return db.writeTransaction(async (run) => {
    const { term, problems } = newTerm(await currentVocabulary(run), input, 'curated');
    throwIfProblems(problems, 'input');
    const added = await run('vocabulary/add-term', { term, seq: Date.now() * 1000 });
    if (added.length === 0) throw domainError('CONFLICT', `"${input.name}" was added concurrently`);
    await recordAudit(run, viewer, {
      action: 'addVocabularyTerm',
      targetId: term!.key,
      summary: `added the ${input.group.toLowerCase().replace('_', ' ')} "${term!.name}": ${term!.description}`,
      entityIds: [],
      before: null,
      after: term,
    });
    return currentVocabulary(run);
  });
}
