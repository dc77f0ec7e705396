// Picks which of an entity's names a query matched, for showing "matched: Kushakbaev".
import { editDistance, foldName, skeleton, words } from '../../domain/names.js';

/** Lower is better: how far each query word is from the closest word of the name. */
function distance(queryWords: string[], name: string): number {
  const nameWords = words(name);
  if (nameWords.length === 0) return Infinity;
  return queryWords.reduce((sum, q) => {
    const best = Math.min(
      ...nameWords.map((w) => {
        if (w === q) return 0;
        if (w.startsWith(q)) return 0.5;
        return Math.min(editDistance(q, w), editDistance(skeleton(q), skeleton(w)) + 0.25);
      }),
    );
    return sum + best;
  }, 0);
}

export interface NameMatch {
  name: string;
  /** 0 or less is an exact match of the whole name; higher is looser. */
  distance: number;
}

export function bestMatchingName(query: string, names: readonly string[]): NameMatch {
  const queryWords = words(query);
  let best: NameMatch = { name: names[0] ?? '', distance: Infinity };
  for (const name of names) {
    const exact = foldName(name) === foldName(query) ? -1 : 0;
    const score = distance(queryWords, name) + exact;
    if (score < best.distance) best = { name, distance: score };
  }
  return best;
}
