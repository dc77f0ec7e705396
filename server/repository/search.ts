// Search over entity names and aliases.
import type { Database } from '../db/database.js';
import { toNumber, toStringList } from '../db/values.js';
import { bestMatchingName } from '../search/best-match.js';
import { toLuceneQuery } from '../search/lucene-query.js';
import { findEntitiesByIds } from './entities.js';
import type { Entity } from './model.js';

export interface SearchHit {
  entity: Entity;
  score: number;
  matched: string;
}

export async function searchEntities(db: Database, text: string, kinds: string[] | null, first: number): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (query === null) return [];
  // Lucene's length norms favour short names; candidates are re-ranked by how closely a name or alias matches, and
  // only the chosen are read whole (citations, claims): at scale, projecting every candidate would dominate.
  const candidates = await db.read('search/candidates', { query, kinds, candidates: Math.max(first * 4, 20) });
  const chosen = candidates
    .map((record) => {
      const names = [String(record.get('name')), ...toStringList(record.get('aliases'))];
      const match = bestMatchingName(text, names);
      return { id: String(record.get('id')), score: toNumber(record.get('score')), matched: match.name, distance: match.distance };
    })
    .sort((a, b) => a.distance - b.distance || b.score - a.score)
    .slice(0, first);
  const entities = await findEntitiesByIds(
    db,
    chosen.map((c) => c.id),
  );
  return chosen.flatMap(({ id, score, matched }) => {
    const entity = entities.get(id);
    return entity ? [{ entity, score, matched }] : [];
  });
}
