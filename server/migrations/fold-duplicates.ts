// Folds copies of one fact into one record that keeps every citation: links with the same type, ends and role whose
// dates do not conflict, and claims with the same subject, attribute and value. Written before corroboration existed,
// such copies made corroborated facts look single-sourced. Idempotent; run at every start and after every seed.
import { narrowerDate } from '../../domain/dates.js';
import {
  claimFromStored,
  claimIdentity,
  mergeCitations,
  relationshipFromStored,
  sameLink,
  type ClaimRecord,
  type RelationshipRecord,
} from '../../domain/records.js';
import type { Viewer } from '../auth/tokens.js';
import type { Database, Run } from '../db/database.js';
import { recordAudit } from '../repository/audit.js';
import { saveClaim } from '../repository/claim-curation.js';
import { saveRelationship } from '../repository/relationship-curation.js';
import { lockInOrder, type Props } from '../repository/state.js';

const MIGRATION: Viewer = { id: 'migration', name: 'migration: fold duplicate facts', role: 'admin' };

/**
 * Splits records into clusters of one fact each (first-come keeper); only clusters of two or more are returned. A record
 * joins a cluster only when it is the same fact as every member: "the same" is not transitive (an undated link is
 * compatible with one of 2010 and one of 2015, which are not the same fact).
 */
export function clusters<T>(records: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const record of records) {
    const group = groups.find((g) => g.every((member) => same(member, record)));
    if (group) group.push(record);
    else groups.push([record]);
  }
  return groups.filter((g) => g.length > 1);
}

/** Keepers come first: a chosen id (a seed record's) before a generated one (`rel/<uuid>`), then in id order. */
const GENERATED_ID = /^(rel|claim)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const keepersFirst = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => Number(GENERATED_ID.test(a.id)) - Number(GENERATED_ID.test(b.id)) || a.id.localeCompare(b.id));

async function foldLinks(run: Run): Promise<number> {
  let folded = 0;
  for (const row of await run('curation/duplicate-links')) {
    const stored = row.get('links') as Props[];
    const records = keepersFirst(stored.map((p) => relationshipFromStored(p, String(row.get('from')), String(row.get('to')))));
    for (const group of clusters<RelationshipRecord>(records, sameLink)) {
      const [keeper, ...copies] = group as [RelationshipRecord, ...RelationshipRecord[]];
      const merged = copies.reduce(
        (acc, copy) => ({
          ...acc,
          citations: mergeCitations(acc.citations, copy.citations),
          date: narrowerDate(acc.date, copy.date),
          dateInferred: acc.dateInferred ?? copy.dateInferred,
        }),
        keeper,
      );
      for (const copy of copies) await run('curation/delete-relationship', { id: copy.id });
      const before = stored.find((p) => p.id === keeper.id)!;
      const after = await saveRelationship(run, merged, before.caseId);
      await recordAudit(run, MIGRATION, {
        action: 'foldDuplicates',
        targetId: keeper.id,
        summary: `folded ${copies.map((c) => c.id).join(', ')} into ${keeper.id}, keeping every citation`,
        entityIds: [keeper.from, keeper.to],
        before: stored.filter((p) => group.some((g) => g.id === p.id)),
        after,
      });
      folded += copies.length;
    }
  }
  return folded;
}

async function foldClaims(run: Run): Promise<number> {
  let folded = 0;
  for (const row of await run('curation/duplicate-claims')) {
    const stored = row.get('claims') as Props[];
    const records = keepersFirst(stored.map((p) => claimFromStored(p, String(row.get('subject')))));
    for (const group of clusters<ClaimRecord>(records, (a, b) => claimIdentity(a) === claimIdentity(b))) {
      const [keeper, ...copies] = group as [ClaimRecord, ...ClaimRecord[]];
      const citations = copies.reduce((acc, copy) => mergeCitations(acc, copy.citations), keeper.citations);
      const preferred = group.find((c) => c.preferred);
      for (const copy of copies) await run('curation/delete-claim', { id: copy.id });
      const before = stored.find((p) => p.id === keeper.id)!;
      const after = await saveClaim(
        run,
        { ...keeper, citations, preferred: preferred !== undefined, preferredReason: preferred?.preferredReason ?? null },
        before.caseId,
      );
      await recordAudit(run, MIGRATION, {
        action: 'foldDuplicates',
        targetId: keeper.id,
        summary: `folded ${copies.map((c) => c.id).join(', ')} into ${keeper.id}, keeping every citation`,
        entityIds: [keeper.subject],
        before: stored.filter((p) => group.some((g) => g.id === p.id)),
        after,
      });
      folded += copies.length;
    }
  }
  return folded;
}

/**
 * Folds every duplicate link and claim in one transaction; returns how many copies were folded. The entities involved
 * are locked first and the groups read again, so an editor's concurrent change to a copy is not lost.
 */
export async function foldDuplicates(db: Database): Promise<{ links: number; claims: number }> {
  return db.writeTransaction(async (run) => {
    const links = await run('curation/duplicate-links');
    const claims = await run('curation/duplicate-claims');
    const ids = [...links.flatMap((r) => [String(r.get('from')), String(r.get('to'))]), ...claims.map((r) => String(r.get('subject')))];
    if (ids.length === 0) return { links: 0, claims: 0 };
    await lockInOrder(run, ids);
    return { links: await foldLinks(run), claims: await foldClaims(run) };
  });
}
