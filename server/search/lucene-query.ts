// Turns what a user typed into a Lucene query for the entity_names index. Only [a-z0-9] survive, so nothing needs escaping.
import { skeleton, words } from './normalise.js';

export function toLuceneQuery(text: string): string | null {
  const terms = words(text).slice(0, 8);
  if (terms.length === 0) return null;
  return terms
    .map((word) => {
      const key = skeleton(word);
      const fuzzy = word.length >= 5 ? '~1' : '';
      const parts = [`${word}^4`, `${word}*^2`];
      if (fuzzy) parts.push(`${word}${fuzzy}`);
      if (key.length >= 3 && key !== word) parts.push(`${key}${key.length >= 5 ? '~1' : ''}`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}
