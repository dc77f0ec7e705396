// Claims about entities, and where they contradict each other (an editor's preferred side named, every side kept).
import type { Database } from '../db/database.js';
import { toClaim, toEntity, type Contradiction } from './model.js';

export async function findContradictions(db: Database, entityId: string | null): Promise<Contradiction[]> {
  const records = entityId === null ? await db.read('claims/contradictions') : await db.read('claims/contradictions-of', { entityId });
  return records.map((record) => {
    const claims = (record.get('claims') as Record<string, unknown>[]).map(toClaim);
    return {
      subject: toEntity(record.get('subject')),
      attribute: String(record.get('attribute')),
      claims,
      preferred: claims.find((c) => c.preferred) ?? null,
    };
  });
}
