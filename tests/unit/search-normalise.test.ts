import { describe, expect, it } from 'vitest';
import { bestMatchingName } from '../../server/search/best-match.js';
import { toLuceneQuery } from '../../server/search/lucene-query.js';
import { foldName, searchTextFor, skeleton } from '../../domain/names.js';

describe('name normalisation', () => {
  it('collapses the transliteration variants of the seed names to one skeleton', () => {
    expect(skeleton('Yeleusinov')).toBe(skeleton('Eleusinov'));
    expect(skeleton('Kushakbaev')).toBe(skeleton('Kushakbayev'));
    expect(skeleton('Харькова')).toBe(skeleton('Kharkova'));
  });

  it('transliterates Cyrillic and removes accents', () => {
    expect(foldName('Харькова')).toBe('kharkova');
    expect(foldName('Tōkyō Café')).toBe('tokyo cafe');
  });

  it('indexes names with their skeleton words', () => {
    expect(searchTextFor(['Amin Eleusinov', 'Amin Yeleusinov'])).toBe('Amin Eleusinov | Amin Yeleusinov | amin eleusinov');
  });
});

describe('toLuceneQuery', () => {
  it('keeps only letters and digits, so Lucene syntax in the input cannot change the query', () => {
    expect(toLuceneQuery('KNPRK) AND *:*')).toBe('(knprk^4 OR knprk*^2 OR knprk~1)');
  });

  it('leaves out the stop words the index does not hold', () => {
    expect(toLuceneQuery('Court of the Shymkent')).toBe(
      '(court^4 OR court*^2 OR court~1) AND (shymkent^4 OR shymkent*^2 OR shymkent~1 OR shmkent~1)',
    );
  });

  it('returns null for input with no searchable word', () => {
    expect(toLuceneQuery('  ?! ')).toBeNull();
  });

  it('adds the skeleton of a Cyrillic word', () => {
    expect(toLuceneQuery('Харькова')).toContain('harkova~1');
  });
});

describe('bestMatchingName', () => {
  it('reports the alias closest to what was typed', () => {
    expect(bestMatchingName('Kushakbaev', ['Nurbek Kushakbayev', 'Kushakbaev']).name).toBe('Kushakbaev');
    expect(bestMatchingName('CITUK', ['Confederation of Independent Trade Unions of Kazakhstan', 'KNPRK', 'CITUK']).name).toBe('CITUK');
    expect(bestMatchingName('Yeleusinov', ['Amin Eleusinov', 'Amin Yeleusinov']).name).toBe('Amin Yeleusinov');
  });
});
