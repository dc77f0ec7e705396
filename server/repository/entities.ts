// Entities one at a time.
import type { Database } from '../db/database.js';
import { toEntity, type Entity } from './model.js';

export async function findEntity(db: Database, id: string): Promise<Entity | null> {
  const [record] = await db.read('entities/by-id', { id });
  return record ? toEntity(record.get('entity')) : null;
}
