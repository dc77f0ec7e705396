// Editors' changes to claims: cited values of an entity's attributes. Adding a claim that exists (same subject,
// attribute and value) corroborates it; two values of a single-valued attribute are a contradiction, and both stay.
// Every write locks the claim's subject first.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import {
  citationProblems,
  claimFromStored,
  claimIdentity,
  claimProblems,
  mergeCitations,
  storedClaim,
  type ClaimRecord,
} from '../../domain/records.js';
import { isMultiValued } from '../../domain/vocabulary.js';
import type { Database, Run } from '../db/database.js';
import { domainError, throwIfProblems } from '../db/errors.js';
import { recordAudit } from './audit.js';
import type { ClaimInput, ClaimPatch } from '../schema/generated.js';
import type { Claim } from './model.js';
import { citedSources, claimById, claimState, currentVocabulary, lockEntities, readLocked, type Props } from './state.js';

/** 'prison term of Sentence of Nurbek Kushakbayev: "2 years"': a claim as a person reads it. */
const describe = (c: Pick<ClaimRecord, 'subject' | 'attribute' | 'value'>, names: ReadonlyMap<string, string>) =>
  `${c.attribute} of ${names.get(c.subject) ?? c.subject}: "${c.value}"`;

async function claimsAbout(run: Run, subject: string): Promise<ClaimRecord[]> {
  return (await run('curation/claims-about', { subject })).map((r) => claimFromStored(r.get('props') as Props, subject));
}

/** Locks a claim's subject and reads the claim again. */
export async function lockClaim(run: Run, id: string, argument = 'id') {
  const { state, names } = await readLocked(
    run,
    id,
    () => claimState(run, id, argument),
    (s) => [s.subject],
  );
  const record = claimFromStored(state.props, state.subject);
  return { ...state, record, described: describe(record, names), names };
}

/** Writes a claim's new state over its old one (`create`: a new claim, about its subject). */
export async function saveClaim(run: Run, record: ClaimRecord, caseId: unknown, create = false): Promise<Props> {
  const props = storedClaim(record, (caseId as string | null) ?? null);
  await run(create ? 'curation/create-claim' : 'curation/write-claim', { subject: record.subject, props });
  return props;
}

async function audit(run: Run, viewer: Viewer, action: string, record: ClaimRecord, summary: string, before: unknown, after: unknown) {
  await recordAudit(run, viewer, { action, targetId: record.id, summary, entityIds: [record.subject], before, after });
}

export async function createClaim(db: Database, viewer: Viewer, input: ClaimInput): Promise<Claim> {
  const record: ClaimRecord = {
    id: input.id ?? `claim/${randomUUID()}`,
    subject: input.subject,
    attribute: input.attribute.trim(),
    value: input.value,
    preferred: false,
    preferredReason: null,
    citations: input.citations,
  };
  return db.writeTransaction(async (run) => {
    const sources = await citedSources(run, input.citations);
    throwIfProblems(
      [...claimProblems(record, await currentVocabulary(run)), ...citationProblems(record.citations, sources.texts)],
      'input',
    );
    const names = await lockEntities(run, [record.subject], () => 'input.subject');
    const twin = (await claimsAbout(run, record.subject)).find((c) => claimIdentity(c) === claimIdentity(record));
    if (twin) {
      const before = (await claimState(run, twin.id)).props;
      const citations = mergeCitations(twin.citations, record.citations);
      if (citations.length === twin.citations.length) return claimById(run, twin.id);
      const after = await saveClaim(run, { ...twin, citations }, before.caseId);
      await audit(
        run,
        viewer,
        'corroborateClaim',
        twin,
        `corroborated ${describe(twin, names)} with ${citations.length - twin.citations.length} new citation(s)`,
        before,
        after,
      );
      return claimById(run, twin.id);
    }
    const after = await saveClaim(run, record, sources.caseOf(record.citations[0]!.sourceId), true);
    await audit(run, viewer, 'createClaim', record, `stated ${describe(record, names)}`, null, { ...after, subject: record.subject });
    return claimById(run, record.id);
  });
}

export async function updateClaim(db: Database, viewer: Viewer, id: string, patch: ClaimPatch): Promise<Claim> {
  const problems = Object.entries(patch).flatMap(([k, v]) => (v == null ? [`${k} cannot be cleared`] : []));
  if (Object.keys(patch).length === 0) problems.push('the patch changes nothing');
  throwIfProblems(problems, 'patch');
  return db.writeTransaction(async (run) => {
    const { props: before, record, described } = await lockClaim(run, id);
    const next: ClaimRecord = { ...record, attribute: patch.attribute?.trim() ?? record.attribute, value: patch.value ?? record.value };
    // A preference was given to a value among others; once the value or attribute changes, it no longer holds.
    if (claimIdentity(next) !== claimIdentity(record)) Object.assign(next, { preferred: false, preferredReason: null });
    throwIfProblems(claimProblems(next, await currentVocabulary(run)), 'patch');
    const twin = (await claimsAbout(run, next.subject)).find((c) => c.id !== id && claimIdentity(c) === claimIdentity(next));
    if (twin) throw domainError('CONFLICT', `That would make ${id} a copy of ${twin.id}; add its citations there instead`, { id: twin.id });
    const after = await saveClaim(run, next, before.caseId);
    await audit(run, viewer, 'updateClaim', next, `changed ${described} to "${next.value}"`, before, after);
    return claimById(run, id);
  });
}

export async function deleteClaim(db: Database, viewer: Viewer, id: string): Promise<boolean> {
  return db.writeTransaction(async (run) => {
    const { props, record, described } = await lockClaim(run, id);
    await run('curation/delete-claim', { id });
    await audit(run, viewer, 'deleteClaim', record, `deleted ${described}`, { ...props, subject: record.subject }, null);
    return true;
  });
}

/** Ranks a claim above the other values of its attribute (with a reason), or clears that; no claim is hidden. */
export async function rankClaim(db: Database, viewer: Viewer, id: string, preferred: boolean, reason: string | null): Promise<Claim> {
  if (preferred && !(reason && reason.trim().length >= 3))
    throwIfProblems(['a preference needs its reason (at least 3 characters)'], 'reason');
  return db.writeTransaction(async (run) => {
    const { props: before, record, described, names } = await lockClaim(run, id);
    if (preferred && isMultiValued(await currentVocabulary(run), record.attribute))
      throwIfProblems([`"${record.attribute}" adds values up rather than choosing one: no value of it is preferred over another`], 'id');
    if (preferred) {
      // One preferred value per attribute: ranking this one clears the others' rank, each change audited.
      for (const other of await claimsAbout(run, record.subject)) {
        if (other.id !== id && other.attribute === record.attribute && other.preferred) {
          const otherBefore = (await claimState(run, other.id)).props;
          const otherAfter = await saveClaim(run, { ...other, preferred: false, preferredReason: null }, otherBefore.caseId);
          await audit(run, viewer, 'rankClaim', other, `cleared the preference for ${describe(other, names)}`, otherBefore, otherAfter);
        }
      }
    }
    const next = { ...record, preferred, preferredReason: preferred ? reason!.trim() : null };
    const after = await saveClaim(run, next, before.caseId);
    const summary = preferred ? `ranked ${described} preferred: ${next.preferredReason}` : `cleared the preference for ${described}`;
    await audit(run, viewer, 'rankClaim', record, summary, before, after);
    return claimById(run, id);
  });
}
