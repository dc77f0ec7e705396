// Events in date order.
import type { Database } from '../db/database.js';
import { toEntity, type Entity } from './model.js';

export interface TimelineQuery {
  entityId: string | null;
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  first: number;
}

export async function findTimeline(db: Database, query: TimelineQuery): Promise<Entity[]> {
  const { entityId, ...rest } = query;
  const records = entityId === null ? await db.read('timeline/events', rest) : await db.read('timeline/events-of', { entityId, ...rest });
  return records.map((record) => toEntity(record.get('entity')));
}
