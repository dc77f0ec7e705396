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
  // Lucene's length norms favour short names; candidates are re-ranked by how closely a name or alias matches.
  const records = await db.read('search/entities', { query, kinds, candidates: Math.max(first * 4, 20) });
  return records
    .map((record) => {
      const entity = toEntity(record.get('entity'));
      const match = bestMatchingName(text, [entity.name, ...entity.aliases]);
      return { entity, score: toNumber(record.get('score')), matched: match.name, distance: match.distance };
    })
    .sort((a, b) => a.distance - b.distance || b.score - a.score)
    .slice(0, first)
    .map(({ entity, score, matched }) => ({ entity, score, matched }));
}
