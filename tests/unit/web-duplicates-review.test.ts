import { describe, expect, it } from 'vitest';
import {
  countsLine,
  differences,
  keepAndOther,
  kindLabel,
  listItems,
  pairKey,
  sampleCitations,
  scoreLabel,
  sharedSources,
  sideSummary,
  suggestedKeep,
  type MergedPair,
} from '../../web/src/duplicate-review.js';
import type { DuplicateCitation, DuplicateEntity, DuplicateSuggestionData } from '../../web/src/duplicate-types.js';

const cite = (sourceId: string, quote: string, date: string | null = null): DuplicateCitation => ({
  quote,
  source: { id: sourceId, title: `Title of ${sourceId}`, date },
});

const person = (id: string, name: string, more: Partial<DuplicateEntity> = {}): DuplicateEntity => ({
  id,
  kind: 'person',
  subkind: null,
  name,
  aliases: [],
  description: null,
  date: null,
  citations: [cite('s1', `${name} was detained.`)],
  ...more,
});

const galym = person('person/galym-temirbekov', 'Galym Temirbekov');
const galymRu = person('person/galym-temirbekov-ru', 'Галым Темирбеков');
const pair = (a: DuplicateEntity, b: DuplicateEntity, unsure = false): DuplicateSuggestionData => ({
  a,
  b,
  score: 0.93,
  reasons: ['"Galym Temirbekov" and "Галым Темирбеков": transliteration'],
  unsure,
});

describe('a side of a suggested pair, summed up', () => {
  it('labels the kind with its subkind and leaves the name out of the other names', () => {
    expect(kindLabel({ kind: 'organisation', subkind: 'trade-union' })).toBe('Organisation · Trade union');
    expect(kindLabel({ kind: 'person', subkind: null })).toBe('Person');
    expect(sideSummary({ ...galym, aliases: ['Galym Temirbekov', 'G. Temirbekov'] }).aliases).toEqual(['G. Temirbekov']);
  });

  it('shows a few quotes, one per source first, each with its source title and date, and counts the rest', () => {
    const citations = [cite('s1', 'one'), cite('s1', 'two'), cite('s2', 'three', '2017-05-02'), cite('s3', 'four')];
    expect(sampleCitations(citations, 3).map((c) => c.quote)).toEqual(['one', 'three', 'four']);
    const summary = sideSummary({ ...galym, citations }, 3);
    expect(summary.quotes[1]).toEqual({ quote: 'three', source: 'Title of s2 (2017-05-02)', sourceId: 's2' });
    expect(summary.moreQuotes).toBe(1);
    expect(sideSummary(galym).moreQuotes).toBe(0);
  });

  it('says 0.93 as 93%', () => {
    expect(scoreLabel(0.934)).toBe('93%');
    expect(scoreLabel(1.2)).toBe('100%');
  });
});

describe('what tells the two apart', () => {
  it('finds the fields held differently, a value only one holds included, ignoring case and spacing', () => {
    const a = { ...galym, date: '1975', description: 'Oil worker in  Zhanaozen' };
    const b = { ...galymRu, subkind: 'activist', description: 'oil worker in Zhanaozen' };
    expect(differences(a, b)).toEqual([
      { field: 'subkind', label: 'subkind', a: null, b: 'activist' },
      { field: 'date', label: 'date', a: '1975', b: null },
    ]);
    expect(differences(galym, galymRu)).toEqual([]);
  });

  it('names the sources both are cited from, once each', () => {
    const a = { ...galym, citations: [cite('s1', 'x'), cite('s1', 'y'), cite('s2', 'z')] };
    const b = { ...galymRu, citations: [cite('s1', 'w'), cite('s3', 'v')] };
    expect(sharedSources(a, b)).toEqual(['Title of s1']);
    expect(sharedSources(a, { ...galymRu, citations: [cite('s9', 'q')] })).toEqual([]);
  });
});

describe('which one to keep', () => {
  it('keeps the better documented one, then the one with more names, then the one named in Latin script', () => {
    const cited = { ...galymRu, citations: [cite('s1', 'a'), cite('s2', 'b')] };
    expect(suggestedKeep(galym, cited)).toBe(galymRu.id);
    expect(suggestedKeep({ ...galymRu, aliases: ['Galym T.'] }, galym)).toBe(galymRu.id);
    expect(suggestedKeep(galymRu, galym)).toBe(galym.id);
    expect(suggestedKeep(galym, { ...galym, id: 'person/z' })).toBe(galym.id);
  });

  it('reads the choice as keep and other', () => {
    const s = pair(galym, galymRu);
    expect(keepAndOther(s, galymRu.id)).toEqual({ keep: galymRu, other: galym });
    expect(keepAndOther(s, galym.id)).toEqual({ keep: galym, other: galymRu });
  });
});

describe('the list as drawn', () => {
  const serik = person('person/serik', 'Serik Zhumabayev');
  const serikRu = person('person/serik-ru', 'Серик Жумабаев');
  const third = person('person/serik-2', 'Serik Zhumabaev');
  const merged: MergedPair = {
    key: pairKey(pair(galym, galymRu)),
    mergeId: 'merge/1',
    kept: { id: galym.id, name: galym.name },
    merged: { id: galymRu.id, name: galymRu.name },
    at: 1,
  };

  it('keeps a pair merged here at its place, and leaves out pairs naming the entity merged away', () => {
    const open = [pair(serik, serikRu), pair(galymRu, third), pair(serik, third)];
    const items = listItems(open, [merged]);
    expect(items.map((i) => (i.type === 'pair' ? pairKey(i.suggestion) : `merged ${i.merged.mergeId}`))).toEqual([
      'person/serik|person/serik-ru',
      'merged merge/1',
      'person/serik|person/serik-2',
    ]);
  });

  it('puts a merged pair last when the list has grown shorter than its place', () => {
    expect(listItems([], [{ ...merged, at: 4 }]).map((i) => i.type)).toEqual(['merged']);
  });

  it('counts the pairs to judge and those marked unsure', () => {
    expect(countsLine([pair(galym, galymRu), pair(serik, serikRu, true)])).toBe('2 pairs to judge, 1 marked unsure');
    expect(countsLine([pair(galym, galymRu)])).toBe('1 pair to judge');
  });
});
