// Editors decide on proposals. Accepting one makes an ordinary cited fact through the curation functions (so it
// corroborates a fact the graph holds instead of copying it, and is audited); rejecting one is remembered by what it
// states, so it is not proposed again. A link to a proposed entity accepts that entity first.
import type { Viewer } from '../auth/tokens.js';
import { ENTITY_ID } from '../../domain/records.js';
import type { Database, Run } from '../db/database.js';
import { domainError, notFound, throwIfProblems } from '../db/errors.js';
import type { ClaimProposal, EndRef, EntityProposal, RelationshipProposal, ReviewItem } from '../ingest/proposals.js';
import { recordAudit } from './audit.js';
import { changeCitation } from './citation-curation.js';
import { createClaim } from './claim-curation.js';
import { createEntity } from './entity-curation.js';
import { createRelationship } from './relationship-curation.js';
import type { Props } from './state.js';

/** What an editor may change before accepting. `entityId` on an entity proposal: it is that entity, not a new one. */
export interface ProposalEdit {
  entityId?: string | null;
  name?: string | null;
  kind?: string | null;
  subkind?: string | null;
  date?: string | null;
  type?: string | null;
  role?: string | null;
  attribute?: string | null;
  value?: string | null;
}

export function reviewItemFromStored(props: Props): ReviewItem {
  return {
    id: props.id as string,
    sourceId: props.sourceId as string,
    seq: Number(props.seq),
    kind: props.kind as ReviewItem['kind'],
    status: props.status as ReviewItem['status'],
    confidence: Number(props.confidence),
    signature: props.signature as string,
    proposal: JSON.parse(props.payload as string) as ReviewItem['proposal'],
    corroborates: (props.corroborates as string | null) ?? null,
    contradicts: (props.contradicts as string[] | null) ?? [],
    resultId: (props.resultId as string | null) ?? null,
    decidedBy: (props.decidedBy as string | null) ?? null,
    decidedAt: (props.decidedAt as string | null) ?? null,
    reason: (props.reason as string | null) ?? null,
  };
}

export async function listProposals(db: Database, sourceId: string): Promise<ReviewItem[]> {
  return (await db.read('ingest/proposals', { sourceId })).map((r) => reviewItemFromStored(r.get('proposal') as Props));
}

async function findItem(db: Database, id: string): Promise<ReviewItem> {
  const [row] = await db.read('ingest/proposal', { id });
  if (!row) throw notFound('proposal', id, 'id');
  return reviewItemFromStored(row.get('proposal') as Props);
}

/** Locks the proposal and checks it is in the status expected; CONFLICT naming who has it otherwise. */
async function lockIn(run: Run, id: string, expected: ReviewItem['status']): Promise<ReviewItem> {
  const [row] = await run('ingest/lock-proposal', { id });
  if (!row) throw notFound('proposal', id, 'id');
  const current = reviewItemFromStored(row.get('proposal') as Props);
  if (current.status !== expected) {
    const state = current.status === 'ACCEPTING' ? 'being accepted' : `already ${current.status.toLowerCase()}`;
    throw domainError('CONFLICT', `${id} is ${state}${current.decidedBy ? ` (by ${current.decidedBy})` : ''}`, { id });
  }
  return current;
}

/** Claims a pending proposal for accepting, so a second editor (or a bulk accept) cannot make its fact twice. */
async function claim(db: Database, viewer: Viewer, id: string): Promise<ReviewItem> {
  return db.writeTransaction(async (run) => {
    const item = await lockIn(run, id, 'PENDING');
    await run('ingest/mark-proposal', { id, status: 'ACCEPTING', by: viewer.name });
    return item;
  });
}

/** Gives a claimed proposal back when its fact could not be made. */
async function release(db: Database, id: string): Promise<void> {
  await db.writeTransaction(async (run) => {
    await lockIn(run, id, 'ACCEPTING');
    await run('ingest/mark-proposal', { id, status: 'PENDING', by: null });
  });
}

async function decide(
  db: Database,
  viewer: Viewer,
  item: ReviewItem,
  status: 'ACCEPTED' | 'REJECTED',
  resultId: string | null,
  reason: string | null,
) {
  return db.writeTransaction(async (run) => {
    await lockIn(run, item.id, status === 'ACCEPTED' ? 'ACCEPTING' : 'PENDING');
    const [saved] = await run('ingest/decide-proposal', {
      id: item.id,
      decision: {
        status,
        resultId,
        reason,
        decidedBy: viewer.name,
        decidedAt: new Date().toISOString(),
        payload: JSON.stringify(item.proposal),
      },
    });
    await recordAudit(run, viewer, {
      action: status === 'ACCEPTED' ? 'acceptProposal' : 'rejectProposal',
      targetId: item.id,
      summary: `${status === 'ACCEPTED' ? 'accepted' : 'rejected'} a proposed ${item.kind.toLowerCase()} from ${item.sourceId}${resultId ? ` as ${resultId}` : ''}${reason ? `: ${reason}` : ''}`,
      entityIds: resultId && !resultId.startsWith('rel/') && !resultId.startsWith('claim/') ? [resultId] : [],
      before: null,
      after: { status, resultId, reason },
    });
    return reviewItemFromStored(saved!.get('proposal') as Props);
  });
}

/** The entity an end stands for, accepting the proposed entity it names when that is still pending. */
async function resolveEnd(db: Database, viewer: Viewer, sourceId: string, ref: EndRef, argument: string): Promise<string> {
  if ('entityId' in ref) return ref.entityId;
  const items = await listProposals(db, sourceId);
  const entity = items.find((i) => i.kind === 'ENTITY' && (i.proposal as EntityProposal).key === ref.key);
  if (!entity) throw notFound('proposed entity', ref.key, argument);
  if (entity.status === 'ACCEPTED') return entity.resultId!;
  if (entity.status === 'REJECTED')
    throw domainError(
      'CONFLICT',
      `the proposed ${(entity.proposal as EntityProposal).name} (${entity.id}) was rejected; accept it or link it to an entity first`,
      {
        id: entity.id,
        argument,
      },
    );
  return (await acceptProposal(db, viewer, entity.id, {})).resultId!;
}

export async function acceptProposal(db: Database, viewer: Viewer, id: string, edit: ProposalEdit): Promise<ReviewItem> {
  const item = await claim(db, viewer, id);
  let resultId: string;
  try {
    resultId = await makeFact(db, viewer, item, edit);
  } catch (error) {
    await release(db, id);
    throw error;
  }
  return decide(db, viewer, item, 'ACCEPTED', resultId, null);
}

/** Makes the proposed fact through the curation functions (corroborating one the graph holds); returns its id. */
async function makeFact(db: Database, viewer: Viewer, item: ReviewItem, edit: ProposalEdit): Promise<string> {
  const citation = { sourceId: item.sourceId, quote: item.proposal.quote };
  if (item.kind === 'ENTITY') {
    const p = { ...(item.proposal as EntityProposal) };
    item.proposal = p;
    if (edit.entityId) {
      throwIfProblems(ENTITY_ID.test(edit.entityId) ? [] : [`entityId "${edit.entityId}" is not an entity's id`], 'edit.entityId');
      return (await changeCitation(db, viewer, edit.entityId, citation, true)).id;
    }
    Object.assign(p, pickText(edit, ['name', 'kind']), pickOptional(edit, ['subkind', 'date']));
    return (await createEntity(db, viewer, { kind: p.kind, subkind: p.subkind, name: p.name, date: p.date, citations: [citation] })).id;
  }
  if (item.kind === 'RELATIONSHIP') {
    const p = { ...(item.proposal as RelationshipProposal), ...pickText(edit, ['type']), ...pickOptional(edit, ['role', 'date']) };
    item.proposal = p;
    const from = await resolveEnd(db, viewer, item.sourceId, p.from, 'from');
    const to = await resolveEnd(db, viewer, item.sourceId, p.to, 'to');
    return (await createRelationship(db, viewer, { type: p.type, from, to, role: p.role, date: p.date, citations: [citation] })).id;
  }
  const p = { ...(item.proposal as ClaimProposal), ...pickText(edit, ['attribute', 'value']) };
  item.proposal = p;
  const subject = await resolveEnd(db, viewer, item.sourceId, p.subject, 'subject');
  return (await createClaim(db, viewer, { subject, attribute: p.attribute, value: p.value, citations: [citation] })).id;
}

/** The edits given as text: a non-empty string replaces the proposed value. */
function pickText<K extends keyof ProposalEdit>(edit: ProposalEdit, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = edit[k];
    if (typeof v === 'string' && v.trim().length > 0) out[k] = v.trim();
  }
  return out;
}

/** Edits of fields that may be empty (subkind, date, role): null given clears the proposed value. */
function pickOptional<K extends 'subkind' | 'date' | 'role'>(edit: ProposalEdit, keys: readonly K[]): Partial<Record<K, string | null>> {
  const out: Partial<Record<K, string | null>> = pickText(edit, keys);
  for (const k of keys) if (k in edit && edit[k] === null) out[k] = null;
  return out;
}

export async function rejectProposal(db: Database, viewer: Viewer, id: string, reason: string | null): Promise<ReviewItem> {
  return decide(db, viewer, await findItem(db, id), 'REJECTED', null, reason?.trim() || null);
}

export interface BulkOutcome {
  accepted: ReviewItem[];
  failed: { id: string; message: string }[];
}

/** Accepts every pending proposal of a report at or above a confidence; one that fails is said and stays pending. */
export async function acceptAbove(db: Database, viewer: Viewer, sourceId: string, minConfidence: number): Promise<BulkOutcome> {
  throwIfProblems(
    minConfidence >= 0 && minConfidence <= 1 ? [] : [`minConfidence must be from 0 to 1, got ${minConfidence}`],
    'minConfidence',
  );
  const outcome: BulkOutcome = { accepted: [], failed: [] };
  const items = await listProposals(db, sourceId);
  if (items.length === 0) throw notFound('report with proposals', sourceId, 'sourceId');
  for (const item of items.filter((i) => i.confidence >= minConfidence)) {
    if ((await findItem(db, item.id)).status !== 'PENDING') continue; // accepted along the way as a link's end
    try {
      outcome.accepted.push(await acceptProposal(db, viewer, item.id, {}));
    } catch (error) {
      outcome.failed.push({ id: item.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}
