// The audit trail: one record per successful change, written in the change's own transaction.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import type { Database, Run } from '../db/database.js';
import { toOptionalString, toStringList } from '../db/values.js';

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  targetId: string;
  entityIds: string[];
  summary: string;
  before: string | null;
  after: string | null;
}

export interface AuditEntry {
  action: string;
  targetId: string;
  /** One line a person can read. */
  summary: string;
  /** The entities the change touched (a link's ends, a claim's subject); the target itself when it is one. */
  entityIds: readonly string[];
  before: unknown;
  after: unknown;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function recordAudit(run: Run, viewer: Viewer, entry: AuditEntry): Promise<void> {
  await run('audit/write', {
    id: randomUUID(),
    at: new Date().toISOString(),
    actor: viewer.name,
    role: viewer.role,
    action: entry.action,
    targetId: entry.targetId,
    summary: entry.summary,
    entityIds: [...new Set(entry.entityIds)],
    before: json(entry.before),
    after: json(entry.after),
  });
}

function toAuditRecord(row: Record<string, unknown>): AuditRecord {
  return {
    id: String(row.id),
    at: String(row.at),
    actor: String(row.actor),
    role: String(row.role),
    action: String(row.action),
    targetId: String(row.targetId),
    entityIds: toStringList(row.entityIds),
    summary: toOptionalString(row.summary) ?? String(row.action),
    before: toOptionalString(row.before),
    after: toOptionalString(row.after),
  };
}

export async function listAudit(db: Database, targetId: string | null, first: number): Promise<AuditRecord[]> {
  return (await db.read('audit/list', { targetId, first })).map((r) => toAuditRecord(r.get('record')));
}

export async function entityHistory(db: Database, id: string, first: number): Promise<AuditRecord[]> {
  return (await db.read('audit/history', { id, first })).map((r) => toAuditRecord(r.get('record')));
}
