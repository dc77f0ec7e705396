import { describe, expect, it } from 'vitest';
import { buildGazetteer, knownEntities, type KnownEntity } from '../../server/ingest/gazetteer.js';
import { linkNames } from '../../server/ingest/link-names.js';
import type { NameSpan } from '../../server/ingest/find-names.js';
import { fitName } from '../../server/ingest/name-match.js';

const entity = (id: string, kind: string, subkind: string | null, name: string, aliases: string[] = []) => ({
  id,
  kind,
  subkind,
  name,
  descriptiveName: false,
  aliases: aliases.map((a) => ({ name: a })),
  date: null,
});

const known = knownEntities(
  [
    entity('person/nurbek-kushakbayev', 'person', null, 'Nurbek Kushakbayev'),
    entity('person/larisa-kharkova', 'person', null, 'Larisa Kharkova'),
    entity('person/erlan-baltabai', 'person', null, 'Erlan Baltabai'),
    entity('organisation/knprk', 'organisation', 'union-federation', 'Confederation of Independent Trade Unions of Kazakhstan', ['KNPRK']),
    entity('organisation/ituc', 'organisation', 'ngo', 'ITUC'),
    entity('organisation/ilo', 'organisation', 'international-organisation', 'International Labour Organisation', ['ILO']),
    entity('organisation/fuel-union', 'organisation', 'trade-union', 'Fuel and Energy Workers’ Union'),
    entity('organisation/techno', 'organisation', 'company', 'Techno Trading Ltd'),
  ],
  [{ from: 'person/nurbek-kushakbayev', to: 'organisation/knprk', role: 'vice-president' }],
);
const gazetteer = buildGazetteer(known);
const get = (id: string) => known.find((e) => e.id === id) as KnownEntity;

const span = (text: string, kind: string | null = null, sentence = 0): NameSpan => ({
  text,
  start: 0,
  end: text.length,
  sentence,
  kind,
  subkind: null,
  kindReason: 'test',
  gazetteer: [],
});

describe('how well a name fits an entity', () => {
  it('finds Latin and Cyrillic spellings of one person the same, and says how', () => {
    for (const spelling of ['Nurbek Kushakbaev', 'Nurbek Kushakpaev', 'Нурбек Кушакбаев']) {
      const fit = fitName(spelling, 'person', get('person/nurbek-kushakbayev'));
      expect(fit.score, spelling).toBeGreaterThanOrEqual(0.85);
      expect(fit.conflict).toBeNull();
    }
    expect(fitName('Нурбек Кушакбаев', 'person', get('person/nurbek-kushakbayev')).reasons).toContain('Cyrillic transliterated');
    expect(fitName('Larisa Harkova', 'person', get('person/larisa-kharkova')).reasons).toContain('transliteration');
    expect(fitName('Erlan Baltabay', 'person', get('person/erlan-baltabai')).score).toBeGreaterThanOrEqual(0.9);
  });

  it('does not take another given name with the same surname for the same person', () => {
    const fit = fitName('Aigerim Kharkova', 'person', get('person/larisa-kharkova'));
    expect(fit.conflict).toMatch(/given name/);
  });

  it('reads an acronym as its spelled-out name and the reverse', () => {
    expect(fitName('CITUK', 'organisation', get('organisation/knprk')).reasons[0]).toMatch(/acronym/);
    expect(fitName('International Trade Union Confederation', 'organisation', get('organisation/ituc')).reasons[0]).toMatch(/spelled out/);
  });

  it('takes American spelling and a missing legal form as the same name', () => {
    expect(fitName('International Labor Organization', 'organisation', get('organisation/ilo')).score).toBeGreaterThanOrEqual(0.85);
    expect(fitName('Techno Trading', 'organisation', get('organisation/techno')).score).toBe(1);
  });

  it('sees words a report adds to a known name as a conflict: a regional union is not the national one', () => {
    const fit = fitName('Fuel and Energy Workers’ Union of Mangystau', 'organisation', get('organisation/fuel-union'));
    expect(fit.conflict).toMatch(/mangystau/);
    expect(fit.score).toBeLessThan(0.75);
  });

  it('never fits a person to an organisation', () => {
    expect(fitName('ITUC', 'person', get('organisation/ituc')).score).toBe(0);
  });
});

describe('linking the names of one report', () => {
  it('links a surname alone once the report has given the full name, and says so', () => {
    const [full, surname] = linkNames([span('Nurbek Kushakpaev', 'person'), span('Kushakpaev', null, 1)], gazetteer);
    expect(full!.link.entityId).toBe('person/nurbek-kushakbayev');
    expect(surname!.link.entityId).toBe('person/nurbek-kushakbayev');
    expect(surname!.link.reasons.join(' ')).toMatch(/earlier in the report/);
  });

  it('leaves a surname alone unlinked when the report never gave the full name', () => {
    const [alone] = linkNames([span('Kushakpaev', 'person')], gazetteer);
    expect(alone!.link.entityId).toBeNull();
    expect(alone!.link.reasons[0]).toMatch(/closest is Nurbek Kushakbayev/);
  });

  it('keeps a similar but longer organisation name unlinked, naming the closest and why', () => {
    const [regional] = linkNames([span('Fuel and Energy Workers’ Union of Mangystau', 'organisation')], gazetteer);
    expect(regional!.link.entityId).toBeNull();
    expect(regional!.link.reasons[0]).toMatch(/Fuel and Energy Workers’ Union .*adds "mangystau"/);
  });

  it('drops a capitalised word neither the words nor the graph can place', () => {
    expect(linkNames([span('Takes Case')], gazetteer)).toEqual([]);
  });

  it('adds shared context to the reasons when a linked neighbour is also named', () => {
    const [, person] = linkNames([span('KNPRK', 'organisation'), span('Nurbek Kushakbayev', 'person')], gazetteer);
    expect(person!.link.reasons.join(' ')).toMatch(/shared context: linked to Confederation/);
  });
});
