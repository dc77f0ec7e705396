import { describe, expect, it } from 'vitest';
import { findDuplicatePairs } from '../../server/ingest/duplicate-pairs.js';
import type { KnownEntity } from '../../server/ingest/gazetteer.js';

const entity = (id: string, kind: string, names: string[], more: Partial<KnownEntity> = {}): KnownEntity => ({
  id,
  kind,
  subkind: null,
  names,
  label: names[0] ?? id,
  date: null,
  neighbours: [],
  participants: [],
  ...more,
});

const neighbours = (...ids: string[]) => ({ neighbours: ids });
const union = (id: string, name: string) => entity(id, 'organisation', [name]);
const pairsOf = (...entities: KnownEntity[]) => findDuplicatePairs(entities).map((p) => `${p.a}|${p.b}`);

describe('findDuplicatePairs', () => {
  it('pairs Erlan Kushakbayev with the Cyrillic Ерлан Кушакбаев as a transliteration', () => {
    const pairs = findDuplicatePairs([
      entity('person/kushakbayev', 'person', ['Erlan Kushakbayev']),
      entity('person/kushakbaev-ru', 'person', ['Ерлан Кушакбаев']),
      entity('person/other', 'person', ['Larisa Kharkova']),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'person/kushakbaev-ru', b: 'person/kushakbayev' });
    expect(pairs[0]!.score).toBeGreaterThanOrEqual(0.9);
    expect(pairs[0]!.reasons[0]).toMatch(/transliterat/);
  });

  it('pairs Aigul Baimukhanova with Айгуль Баймуханова, where й is written i', () => {
    expect(
      pairsOf(entity('person/aigul', 'person', ['Aigul Baimukhanova']), entity('person/aigul-ru', 'person', ['Айгуль Баймуханова'])),
    ).toEqual(['person/aigul|person/aigul-ru']);
  });

  it('finds a pair through an alias as well as the name', () => {
    const pairs = findDuplicatePairs([
      entity('person/a', 'person', ['Erlan Kushakbayev', 'Yerlan Kushakbaev']),
      entity('person/b', 'person', ['Ерлан Кушакбаев']),
    ]);
    expect(pairs.map((p) => p.b)).toEqual(['person/b']);
  });

  it('pairs an acronym with the full name it stands for', () => {
    const pairs = findDuplicatePairs([
      union('organisation/cituk', 'CITUK'),
      union('organisation/confederation', 'Confederation of Independent Trade Unions of Kazakhstan'),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'organisation/cituk', b: 'organisation/confederation' });
    expect(pairs[0]!.reasons[0]).toMatch(/acronym/);
  });

  it('does not pair two unions when one name adds "of Mangystau"', () => {
    expect(
      pairsOf(union('organisation/oil', 'Union of Oil Workers'), union('organisation/oil-mangystau', 'Union of Oil Workers of Mangystau')),
    ).toEqual([]);
  });

  it('suggests a conflicting pair that shares two neighbours, and says what conflicts', () => {
    const pairs = findDuplicatePairs([
      entity('organisation/oil', 'organisation', ['Union of Oil Workers'], neighbours('person/x', 'place/zhanaozen')),
      entity(
        'organisation/oil-mangystau',
        'organisation',
        ['Union of Oil Workers of Mangystau'],
        neighbours('person/x', 'place/zhanaozen'),
      ),
      entity('person/x', 'person', ['Erlan Kushakbayev']),
      entity('place/zhanaozen', 'place', ['Zhanaozen']),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.reasons).toEqual(expect.arrayContaining(['both linked to Erlan Kushakbayev', 'both linked to Zhanaozen']));
    expect(pairs[0]!.reasons.some((r) => r.startsWith('but ') && r.includes('mangystau'))).toBe(true);
  });

  it('raises the score by 0.05 for each shared neighbour, at most 0.15', () => {
    const lone = findDuplicatePairs([entity('person/a', 'person', ['Erlan Kushakbayev']), entity('person/b', 'person', ['Kushakbayev'])]);
    const linked = findDuplicatePairs([
      entity('person/a', 'person', ['Erlan Kushakbayev'], neighbours('o/1', 'o/2', 'o/3', 'o/4')),
      entity('person/b', 'person', ['Kushakbayev'], neighbours('o/1', 'o/2', 'o/3', 'o/4')),
    ]);
    expect(lone[0]!.score).toBeCloseTo(0.7);
    expect(linked[0]!.score).toBeCloseTo(0.85);
    expect(linked[0]!.reasons).toContain('and to 1 more in common');
  });

  it('does not pair people with the same surname and different given names, even with a shared neighbour', () => {
    expect(
      pairsOf(
        entity('person/a', 'person', ['Erlan Kushakbayev'], neighbours('o/1')),
        entity('person/b', 'person', ['Serik Kushakbayev'], neighbours('o/1')),
      ),
    ).toEqual([]);
  });

  it('compares events only of one subkind and on compatible dates', () => {
    const arrest = (id: string, subkind: string, date: string) => entity(id, 'event', ['Arrest of Erlan Kushakbayev'], { subkind, date });
    expect(pairsOf(arrest('event/a', 'arrest', '2020-05'), arrest('event/b', 'arrest', '2020-05-02'))).toEqual(['event/a|event/b']);
    expect(pairsOf(arrest('event/a', 'arrest', '2020-05'), arrest('event/b', 'trial', '2020-05'))).toEqual([]);
    expect(pairsOf(arrest('event/a', 'arrest', '2020'), arrest('event/b', 'arrest', '2021'))).toEqual([]);
  });

  it('never pairs different kinds, and sorts the best first', () => {
    const pairs = findDuplicatePairs([
      entity('place/almaty', 'place', ['Almaty']),
      entity('organisation/almaty', 'organisation', ['Almaty']),
      entity('person/a', 'person', ['Erlan Kushakbayev']),
      entity('person/b', 'person', ['Kushakbayev']),
      entity('person/c', 'person', ['Serik Zhumabayev']),
      entity('person/d', 'person', ['Серик Жумабаев']),
    ]);
    expect(pairs.map((p) => `${p.a}|${p.b}`)).toEqual(['person/c|person/d', 'person/a|person/b']);
  });
});
