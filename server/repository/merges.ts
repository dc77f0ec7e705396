// Merging two entities that are one, and undoing it: every merge is recorded with what it changed.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import { domainError, throwIfProblems } from '../db/errors.js';
import { toStringList } from '../db/values.js';
import { entityFromStored, mergeCitations, storedEntity } from '../../domain/records.js';
import { recordAudit } from './audit.js';
import { entityById, findEntityState, lockEntities, type Props } from './state.js';
import type { Entity } from './model.js';

interface LinkSnapshot {
  id: string;
  props: Props;
  outgoing: boolean;
  otherId: string;
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: string;
  at: string;
  by: string;
  undone: boolean;
}

/** Property maps compared regardless of key order; a null value is an absent property, as Neo4j stores it. */
const canonical = (props: Props) =>
  JSON.stringify(
    Object.keys(props)
      .filter((key) => props[key] !== null && props[key] !== undefined)
      .sort()
      .map((key) => [key, props[key]]),
  );

/** The survivor's stored form after taking in the merged entity's names and citations, each once. */
export function mergedNames(survivor: Props, merged: Props, reason: string) {
  const into = entityFromStored(survivor);
  const from = entityFromStored(merged);
  const taken = new Set([into.name, ...into.aliases.map((a) => a.name)]);
  const aliases = [...into.aliases];
  for (const alias of [{ name: from.name, reason: `merged: ${reason}` }, ...from.aliases]) {
    if (taken.has(alias.name)) continue;
    taken.add(alias.name);
    aliases.push({ name: alias.name, reason: alias.reason || `merged: ${reason}` });
  }
  const record = { ...into, aliases, citations: mergeCitations(into.citations, from.citations) };
  return storedEntity(record, (survivor.caseId as string | null) ?? null);
}

export async function mergeEntities(
  db: Database,
  viewer: Viewer,
  survivorId: string,
  mergedId: string,
  reason: string,
): Promise<MergeRecord> {
  const problems: string[] = [];
  if (survivorId === mergedId) problems.push('an entity cannot be merged into itself');
  if (reason.trim().length < 3) problems.push('reason must say why the two are one (at least 3 characters)');
  throwIfProblems(problems);
  return db.writeTransaction(async (run) => {
    // Both locked: no link or claim can be added to either while the merge reads and moves them.
    await lockEntities(run, [survivorId, mergedId], (id) => (id === survivorId ? 'survivorId' : 'mergedId'));
    const [state] = await run('curation/merge-read', { survivorId, mergedId });
    if (!state) throw domainError('NOT_FOUND', `No entity has id "${survivorId}" or "${mergedId}"`);
    const survivor = state.get('survivor') as Props;
    const merged = state.get('merged') as Props;
    if (survivor.kind !== merged.kind) {
      throw domainError(
        'BAD_USER_INPUT',
        `Only entities of one kind can be merged: ${survivorId} is a ${survivor.kind}, ${mergedId} a ${merged.kind}`,
      );
    }
    const links = state.get('relationships') as LinkSnapshot[];
    const between = links.filter((l) => l.otherId === survivorId || l.otherId === mergedId);
    const moved = links.filter((l) => !between.includes(l));
    const record: MergeRecord = {
      id: `merge/${randomUUID()}`,
      survivorId,
      mergedId,
      reason,
      at: new Date().toISOString(),
      by: viewer.name,
      undone: false,
    };
    const survivorPatch = mergedNames(survivor, merged, reason);
    const merge = {
      ...record,
      survivorBefore: JSON.stringify(survivor),
      survivorAfter: canonical({ ...survivor, ...survivorPatch }),
      mergedSnapshot: JSON.stringify(merged),
      outgoingIds: moved.filter((l) => l.outgoing).map((l) => l.id),
      incomingIds: moved.filter((l) => !l.outgoing).map((l) => l.id),
      between: JSON.stringify(between.filter((l) => l.otherId === survivorId).map((l) => ({ props: l.props, outgoing: l.outgoing }))),
      claimIds: toStringList(state.get('claimIds')),
    };
    await run('curation/merge-write', { survivorId, mergedId, survivorPatch, merge });
    await recordAudit(run, viewer, {
      action: 'mergeEntities',
      targetId: survivorId,
      summary: `merged ${String(merged.name)} (${mergedId}) into ${String(survivor.name)}: ${reason}`,
      entityIds: [survivorId, mergedId],
      before: { survivor, merged },
      after: { survivor: await findEntityState(run, survivorId), mergeId: record.id },
    });
    // A second record under the merged id, so its history does not end without saying where it went.
    await recordAudit(run, viewer, {
      action: 'mergedInto',
      targetId: mergedId,
      summary: `merged into ${survivorId}: ${reason}`,
      entityIds: [mergedId],
      before: merged,
      after: { survivorId, mergeId: record.id },
    });
    return record;
  });
}

export async function undoMerge(db: Database, viewer: Viewer, mergeId: string): Promise<Entity> {
  return db.writeTransaction(async (run) => {
    const [seen] = await run('curation/undo-merge-read', { mergeId });
    if (!seen) throw domainError('NOT_FOUND', `No merge has id "${mergeId}"`, { argument: 'mergeId' });
    // Lock the survivor, then read the merge again: a concurrent undo of the same merge has committed by then.
    await lockEntities(run, [String((seen.get('merge') as Props).survivorId)]).catch(() => undefined);
    const [state] = await run('curation/undo-merge-read', { mergeId });
    const merge = state!.get('merge') as Props;
    if (merge.undone === true) throw domainError('CONFLICT', `Merge ${mergeId} was already undone`);
    if (state!.get('survivorExists') !== true) throw domainError('CONFLICT', `The survivor ${String(merge.survivorId)} no longer exists`);
    if (state!.get('mergedIdTaken') === true) throw domainError('CONFLICT', `An entity with id ${String(merge.mergedId)} exists again`);
    const before = await findEntityState(run, String(merge.survivorId));
    // Undo restores the survivor as it was before the merge; refuse rather than silently drop later changes to it.
    if (before && canonical(before) !== String(merge.survivorAfter)) {
      throw domainError('CONFLICT', `${String(merge.survivorId)} changed after merge ${mergeId}; undo those changes first`);
    }
    const [restored] = await run('curation/undo-merge-write', {
      mergeId,
      mergedProps: JSON.parse(String(merge.mergedSnapshot)),
      survivorProps: JSON.parse(String(merge.survivorBefore)),
      outgoingIds: toStringList(merge.outgoingIds),
      incomingIds: toStringList(merge.incomingIds),
      between: JSON.parse(String(merge.between)),
      claimIds: toStringList(merge.claimIds),
      undoneAt: new Date().toISOString(),
      undoneBy: viewer.name,
    });
    const id = String(restored?.get('id'));
    const restoredState = await findEntityState(run, id);
    const survivorAfterUndo = await findEntityState(run, String(merge.survivorId));
    await recordAudit(run, viewer, {
      action: 'undoMerge',
      targetId: String(merge.survivorId),
      summary: `undid the merge of ${id} into ${String(merge.survivorId)}`,
      entityIds: [String(merge.survivorId), id],
      before: { survivor: before },
      after: { survivor: survivorAfterUndo, restored: restoredState, mergeId },
    });
    await recordAudit(run, viewer, {
      action: 'restoredByUndo',
      targetId: id,
      summary: `restored by undoing merge ${mergeId}`,
      entityIds: [id],
      before: null,
      after: { restored: restoredState, mergeId },
    });
    return entityById(run, id);
  });
}
