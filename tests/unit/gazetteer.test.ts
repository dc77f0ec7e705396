import { describe, expect, it } from 'vitest';
import { foldName, Gazetteer } from '../../server/geo/gazetteer.js';

// The gazetteer reads installed packages only: world-atlas's outlines and GeoNames' towns.
describe('the gazetteer', () => {
  const gazetteer = new Gazetteer();
  const place = (name: string, subkind: string | null, aliases: string[] = []) => ({ name, subkind, aliases });
  const [kazakhstan, shymkent, region, nowhere, zhanaozen] = gazetteer.locate([
    place('Kazakhstan', 'country'),
    place('Shymkent', 'city'),
    place('Karaganda Region', 'region', ['Qaraghandy Region']),
    place('Nowhere-in-particular', 'city'),
    place('Zhanaozen', 'city'),
  ]);

  it('places a country at the centre of its outline', () => {
    expect(kazakhstan).not.toBeNull();
    expect(kazakhstan!.latitude).toBeGreaterThan(40);
    expect(kazakhstan!.latitude).toBeLessThan(55);
    expect(kazakhstan!.longitude).toBeGreaterThan(55);
    expect(kazakhstan!.longitude).toBeLessThan(80);
    expect(kazakhstan!.basis).toContain('world-atlas');
  });

  it('finds towns in GeoNames, the one nearest the countries named beside them', () => {
    expect(shymkent!.latitude).toBeCloseTo(42.3, 0);
    expect(shymkent!.longitude).toBeCloseTo(69.6, 0);
    expect(shymkent!.basis).toContain('GeoNames');
    expect(zhanaozen!.latitude).toBeCloseTo(43.3, 0);
  });

  it('places a region at the town it is named after, and says it is approximate', () => {
    expect(region).not.toBeNull();
    expect(region!.basis).toMatch(/^approximate/);
    expect(region!.latitude).toBeGreaterThan(45);
    expect(region!.latitude).toBeLessThan(52);
  });

  it('leaves a place it cannot find unplaced rather than guessing', () => {
    expect(nowhere).toBeNull();
  });

  it('folds names so that spellings meet', () => {
    expect(foldName('Şymkent')).toBe(foldName('Symkent'));
    expect(foldName('Karaganda Region')).toBe('karagandaregion');
  });
});
