// Editors' changes to links. A link is a fact: creating one that exists (same type, ends and role, dates that do not
// conflict) corroborates it, and an edit may not turn one link into a copy of another. Both ends are locked first, so
// two editors adding the same fact at once make one link with both citations.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import { narrowerDate } from '../../domain/dates.js';
import {
  citationProblems,
  mergeCitations,
  relationshipFromStored,
  relationshipProblems,
  findSameLink,
  storedRelationship,
  type RelationshipRecord,
} from '../../domain/records.js';
import type { Database, Run } from '../db/database.js';
import { domainError, throwIfProblems } from '../db/errors.js';
import { recordAudit } from './audit.js';
import type { RelationshipInput, RelationshipPatch } from '../schema/generated.js';
import type { Relationship } from './model.js';
import { citedSources, currentVocabulary, lockEntities, readLocked, relationshipById, relationshipState, type Props } from './state.js';

/** "Larisa Kharkova LEADS (president) KNPRK": a link as a person reads it, by its ends' names. */
const describe = (r: Pick<RelationshipRecord, 'type' | 'from' | 'to' | 'role'>, names: ReadonlyMap<string, string>) =>
  `${names.get(r.from) ?? r.from} ${r.type}${r.role ? ` (${r.role})` : ''} ${names.get(r.to) ?? r.to}`;

async function linksBetween(run: Run, link: Pick<RelationshipRecord, 'from' | 'to' | 'type' | 'role'>): Promise<RelationshipRecord[]> {
  const records = await run('curation/links-between', { from: link.from, to: link.to, type: link.type, role: link.role ?? null });
  return records.map((r) => relationshipFromStored(r.get('props') as Props, link.from, link.to));
}

/** Locks a link's two ends and reads it again; CONFLICT if a concurrent merge moved it meanwhile. */
export async function lockRelationship(run: Run, id: string, argument = 'id') {
  const { state, names } = await readLocked(
    run,
    id,
    () => relationshipState(run, id, argument),
    (s) => [s.from, s.to],
  );
  const record = relationshipFromStored(state.props, state.from, state.to);
  return { ...state, record, described: describe(record, names), names };
}

export async function saveRelationship(run: Run, record: RelationshipRecord, caseId: unknown): Promise<Props> {
  const props = storedRelationship(record, (caseId as string | null) ?? null);
  await run('curation/write-relationship', { props });
  return props;
}

/** Creates a link, or corroborates the same fact when it exists, and returns the link that holds the citations. */
export async function createRelationship(db: Database, viewer: Viewer, input: RelationshipInput): Promise<Relationship> {
  const record: RelationshipRecord = {
    id: input.id ?? `rel/${randomUUID()}`,
    type: input.type,
    from: input.from,
    to: input.to,
    role: input.role ?? null,
    date: input.date ?? null,
    dateInferred: input.dateInferred ?? null,
    citations: input.citations,
  };
  return db.writeTransaction(async (run) => {
    const sources = await citedSources(run, input.citations);
    throwIfProblems(
      [...relationshipProblems(record, await currentVocabulary(run)), ...citationProblems(record.citations, sources.texts)],
      'input',
    );
    const names = await lockEntities(run, [record.from, record.to], (id) => (id === record.from ? 'input.from' : 'input.to'));
    const twin = findSameLink(await linksBetween(run, record), record);
    if (twin) {
      const date = narrowerDate(twin.date, record.date);
      const citations = mergeCitations(twin.citations, record.citations);
      // Nothing new: the same citations and no more precise date. Return the fact as it is, with nothing to audit.
      if (citations.length === twin.citations.length && date === twin.date) return relationshipById(run, twin.id);
      const [state] = await run('curation/relationship-state', { id: twin.id });
      const before = state?.get('props') as Props;
      const after = await saveRelationship(
        run,
        { ...twin, citations, date, dateInferred: date === twin.date ? twin.dateInferred : record.dateInferred },
        before.caseId,
      );
      await recordAudit(run, viewer, {
        action: 'corroborateRelationship',
        targetId: twin.id,
        summary:
          `corroborated ${describe(twin, names)} with ${citations.length - twin.citations.length} new citation(s)` +
          (date !== twin.date ? `; its date is now ${date}` : ''),
        entityIds: [twin.from, twin.to],
        before,
        after,
      });
      return relationshipById(run, twin.id);
    }
    const props = storedRelationship(record, sources.caseOf(record.citations[0]!.sourceId));
    await run('curation/create-relationship', { from: record.from, to: record.to, props });
    await recordAudit(run, viewer, {
      action: 'createRelationship',
      targetId: record.id,
      summary: `linked ${describe(record, names)}`,
      entityIds: [record.from, record.to],
      before: null,
      after: { ...props, from: record.from, to: record.to },
    });
    return relationshipById(run, record.id);
  });
}

export async function updateRelationship(db: Database, viewer: Viewer, id: string, patch: RelationshipPatch): Promise<Relationship> {
  const problems: string[] = [];
  if ('type' in patch && patch.type == null) problems.push('type cannot be cleared');
  if (Object.keys(patch).length === 0) problems.push('the patch changes nothing');
  throwIfProblems(problems, 'patch');
  return db.writeTransaction(async (run) => {
    const { props: before, record, names } = await lockRelationship(run, id);
    const next: RelationshipRecord = { ...record, ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? null])) };
    throwIfProblems(relationshipProblems(next, await currentVocabulary(run)), 'patch');
    const twin = findSameLink(
      (await linksBetween(run, next)).filter((link) => link.id !== id),
      next,
    );
    if (twin) throw domainError('CONFLICT', `That would make ${id} a copy of ${twin.id}; add its citations there instead`, { id: twin.id });
    const after = await saveRelationship(run, next, before.caseId);
    await recordAudit(run, viewer, {
      action: 'updateRelationship',
      targetId: id,
      summary: `changed ${Object.keys(patch).join(', ')} of ${describe(next, names)}`,
      entityIds: [next.from, next.to],
      before,
      after,
    });
    return relationshipById(run, id);
  });
}

export async function deleteRelationship(db: Database, viewer: Viewer, id: string): Promise<boolean> {
  return db.writeTransaction(async (run) => {
    const { props, record, described } = await lockRelationship(run, id);
    await run('curation/delete-relationship', { id });
    await recordAudit(run, viewer, {
      action: 'deleteRelationship',
      targetId: id,
      summary: `deleted the link ${described}`,
      entityIds: [record.from, record.to],
      before: { ...props, from: record.from, to: record.to },
      after: null,
    });
    return true;
  });
}
