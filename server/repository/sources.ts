// Source documents: who reported what, and what only one source says.
import type { Database } from '../db/database.js';
import { toEntity, toRelationship, toSource, type Relationship, type Source } from './model.js';

export async function listSources(db: Database): Promise<Source[]> {
  const records = await db.read('sources/all');
  return records.map((r) =>
    toSource(r.get('source'), { relationshipCount: r.get('relationshipCount'), exclusiveCount: r.get('exclusiveCount') }),
  );
}

export async function findSource(db: Database, id: string): Promise<Source | null> {
  const [record] = await db.read('sources/by-id', { id });
  return record ? toSource(record.get('source')) : null;
}

export async function findFactsOnlyIn(db: Database, sourceId: string, first: number): Promise<Relationship[]> {
  const records = await db.read('sources/facts-only-in', { sourceId, first });
  return records.map((r) => toRelationship(r.get('relationship'), toEntity(r.get('from')), toEntity(r.get('to'))));
}
