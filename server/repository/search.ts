// Search over entity names and aliases.
import type { Database } from '../db/database.js';
import { toNumber } from '../db/values.js';
import { bestMatchingName } from '../search/best-match.js';
import { toLuceneQuery } from '../search/lucene-query.js';
import { toEntity, type Entity } from './model.js';

export interface SearchHit {
  entity: Entity;
  score: number;
  matched: string;
}

export async function searchEntities(db: Database, text: string, kinds: string[] | null, first: number): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (query === null) return [];
  const records = await db.read('search/entities', { query, kinds, first });
  return records.map((record) => {
    const entity = toEntity(record.get('entity'));
    return { entity, score: toNumber(record.get('score')), matched: bestMatchingName(text, [entity.name, ...entity.aliases]) };
  });
}
