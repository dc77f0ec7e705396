// Entities that are probably one, suggested from the whole graph, and editors' decisions on them: SAME merges (undoably),
// DIFFERENT keeps a pair from being suggested again, UNSURE keeps it suggested but marked.
import type { Viewer } from '../auth/tokens.js';
import type { Database, Run } from '../db/database.js';
import { notFound, throwIfProblems } from '../db/errors.js';
import { toOptionalString } from '../db/values.js';
import { duplicatePairsIn } from '../ingest/duplicate-pairs.js';
import { recordAudit } from './audit.js';
import { findEntity } from './entities.js';
import { mergeEntities } from './merges.js';
import type { Entity } from './model.js';
import { readGazetteer } from './reports.js';
import { findEntityState, lockEntities } from './state.js';

export type DuplicateDecisionKind = 'SAME' | 'DIFFERENT' | 'UNSURE';

export interface DuplicateDecision {
  /** The pair's ids in order: a < b. */
  a: string;
  b: string;
  decision: DuplicateDecisionKind;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  mergeId: string | null;
}

export interface DuplicateSuggestion {
  a: Entity;
  b: Entity;
  score: number;
  reasons: string[];
  /** An editor looked at the pair and could not tell. */
  unsure: boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const MAX_REASON_LENGTH = 500;
const DEFAULT_MERGE_REASON = 'judged the same in duplicate review';

function toDecision(row: Record<string, unknown>): DuplicateDecision {
  return {
    a: String(row.a),
    b: String(row.b),
    decision: String(row.decision) as DuplicateDecisionKind,
    reason: toOptionalString(row.reason),
    decidedBy: toOptionalString(row.decidedBy),
    decidedAt: toOptionalString(row.decidedAt),
    mergeId: toOptionalString(row.mergeId),
  };
}

/** Decisions by pair key; a SAME decision whose merge was undone no longer stands. */
async function standingDecisions(run: Run): Promise<Map<string, DuplicateDecision>> {
  const decisions = new Map<string, DuplicateDecision>();
  for (const record of await run('duplicates/decisions')) {
    if (record.get('mergeUndone') === true) continue;
    const decision = toDecision(record.toObject());
    decisions.set(pairKey(decision.a, decision.b), decision);
  }
  return decisions;
}

/** The `first` likeliest pairs not yet decided SAME or DIFFERENT, best first. */
export async function suggestDuplicates(db: Database, first: number): Promise<DuplicateSuggestion[]> {
  const run: Run = (key, params) => db.read(key, params);
  const [gazetteer, decisions] = await Promise.all([readGazetteer(run), standingDecisions(run)]);
  const open = duplicatePairsIn(gazetteer)
    .map((pair) => ({ pair, decision: decisions.get(pairKey(pair.a, pair.b)) }))
    .filter(({ decision }) => !decision || decision.decision === 'UNSURE');
  const suggestions: DuplicateSuggestion[] = [];
  for (const { pair, decision } of open) {
    if (suggestions.length >= first) break;
    const [a, b] = await Promise.all([findEntity(db, pair.a), findEntity(db, pair.b)]);
    if (!a || !b) continue; // deleted or merged since the gazetteer was read
    const unsure = decision
      ? [`marked unsure by ${decision.decidedBy ?? 'an editor'}${decision.reason ? `: ${decision.reason}` : ''}`]
      : [];
    suggestions.push({ a, b, score: pair.score, reasons: [...pair.reasons, ...unsure], unsure: decision !== undefined });
  }
  return suggestions;
}

async function writeDecision(
  run: Run,
  viewer: Viewer,
  ids: { keep: string; other: string; names: ReadonlyMap<string, string> },
  decision: DuplicateDecisionKind,
  reason: string | null,
  mergeId: string | null,
): Promise<DuplicateDecision> {
  const [a, b] = [ids.keep, ids.other].sort() as [string, string];
  const [record] = await run('duplicates/record-decision', {
    pair: pairKey(a, b),
    a,
    b,
    decision,
    reason,
    decidedBy: viewer.name,
    decidedAt: new Date().toISOString(),
    mergeId,
  });
  const before = record!.get('before') as Record<string, unknown>;
  const after = toDecision(record!.get('after') as Record<string, unknown>);
  const name = (id: string) => `${ids.names.get(id) ?? id} (${id})`;
  const verdict = { SAME: 'the same, merged into the first', DIFFERENT: 'different', UNSURE: 'unsure' }[decision];
  await recordAudit(run, viewer, {
    action: 'decideDuplicate',
    targetId: ids.keep,
    summary: `judged ${name(ids.keep)} and ${name(ids.other)} ${verdict}${reason ? `: ${reason}` : ''}`,
    entityIds: [ids.keep, ids.other],
    before: before.decision === undefined ? null : toDecision(before),
    after,
  });
  return after;
}

/** Both entities' names, or NOT_FOUND naming the argument of the first that does not exist. */
async function namesOf(run: Run, keep: string, other: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const [id, argument] of [
    [keep, 'keep'],
    [other, 'other'],
  ] as const) {
    const state = await findEntityState(run, id);
    if (!state) throw notFound('entity', id, argument);
    names.set(id, String(state.name));
  }
  return names;
}

/**
 * Records an editor's decision on a pair. SAME merges `other` into `keep` (undo with undoMerge, after which the pair may
 * be suggested again); DIFFERENT and UNSURE only record. Every decision is audited.
 */
export async function decideDuplicate(
  db: Database,
  viewer: Viewer,
  keep: string,
  other: string,
  decision: DuplicateDecisionKind,
  reason: string | null,
): Promise<DuplicateDecision> {
  const said = reason?.trim() || null;
  throwIfProblems([
    ...(keep === other ? ['keep and other must be two different entities'] : []),
    ...(said && said.length > MAX_REASON_LENGTH ? [`reason must be at most ${MAX_REASON_LENGTH} characters`] : []),
  ]);
  if (decision === 'SAME') {
    const names = await namesOf((key, params) => db.read(key, params), keep, other);
    const merge = await mergeEntities(db, viewer, keep, other, said && said.length >= 3 ? said : DEFAULT_MERGE_REASON);
    // The merge is its own transaction (and audited there); the decision follows it. Should this write fail, the pair
    // has gone with the merge all the same.
    return db.writeTransaction((run) => writeDecision(run, viewer, { keep, other, names }, 'SAME', said, merge.id));
  }
  return db.writeTransaction(async (run) => {
    const names = await lockEntities(run, [keep, other], (id) => (id === keep ? 'keep' : 'other'));
    return writeDecision(run, viewer, { keep, other, names }, decision, said, null);
  });
}
