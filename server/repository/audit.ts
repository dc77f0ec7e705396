// The audit trail: one record per successful change, written in the change's own transaction.
import { randomUUID } from 'node:crypto';
import type { Database, Run } from '../db/database.js';
import type { Viewer } from '../auth/tokens.js';
import { toOptionalString } from '../db/values.js';

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  targetId: string;
  before: string | null;
  after: string | null;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export async function recordAudit(
  run: Run,
  viewer: Viewer,
  action: string,
  targetId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await run('audit/write', {
    id: randomUUID(),
    at: new Date().toISOString(),
    actor: viewer.name,
    role: viewer.role,
    action,
    targetId,
    before: json(before),
    after: json(after),
  });
}

export async function listAudit(db: Database, targetId: string | null, first: number): Promise<AuditRecord[]> {
  const records = await db.read('audit/list', { targetId, first });
  return records.map((r) => {
    const row = r.get('record') as Record<string, unknown>;
    return {
      id: String(row.id),
      at: String(row.at),
      actor: String(row.actor),
      role: String(row.role),
      action: String(row.action),
      targetId: String(row.targetId),
      before: toOptionalString(row.before),
      after: toOptionalString(row.after),
    };
  });
}
