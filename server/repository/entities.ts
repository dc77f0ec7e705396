// Entities by id: one, or a chosen few (read whole once a ranking has chosen them).
import type { Database } from '../db/database.js';
import { toEntity, type Entity } from './model.js';

export async function findEntity(db: Database, id: string): Promise<Entity | null> {
  const [record] = await db.read('entities/by-id', { id });
  return record ? toEntity(record.get('entity')) : null;
}

/** The entities with these ids, by id; unknown ids are left out. */
export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, Entity>> {
  if (ids.length === 0) return new Map();
  const records = await db.read('entities/by-ids', { ids });
  return new Map(records.map((record) => toEntity(record.get('entity'))).map((entity) => [entity.id, entity]));
}
