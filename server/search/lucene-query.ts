// Turns what a user typed into a Lucene query for the entity_names index. Only [a-z0-9] survive, so nothing needs escaping.
import { skeleton, words } from '../../domain/names.js';

// The standard analyzer drops these English stop words from the index, so requiring them would match nothing.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

export function toLuceneQuery(text: string): string | null {
  const all = words(text);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w) && w.length > 1);
  const terms = (meaningful.length > 0 ? meaningful : all).slice(0, 8);
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
