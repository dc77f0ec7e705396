// The map: places and what happened in them, drawn offline (country outlines from world-atlas, projected with d3-geo;
// locations from the server's gazetteer). A place's marker grows with the dated entities linked to it inside the time
// range; clicking one (or Enter on it) opens its evidence. Places no gazetteer entry matches are listed, not guessed.
import { geoGraticule10, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EntityData } from './api-types.js';
import { isWithin } from './time-range.js';
import type { UndatedMode } from './view-state.js';

export interface MapPlaceData {
  entity: EntityData;
  location: { latitude: number; longitude: number; basis: string } | null;
  /** Linked to the place itself. */
  dated: EntityData[];
  /** Linked to an entity located in the place: shown as through it. */
  through: { dated: EntityData; via: { id: string; name: string } }[];
}

export interface MapRange {
  from: string | null;
  to: string | null;
  undated: UndatedMode;
}

const SVG = 'http://www.w3.org/2000/svg';
/** The least the map shows around its places, in degrees: a single town still has its country around it. */
const MIN_SPAN = 14;

function svgNode<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

let outlines: Promise<GeoPermissibleObjects[]> | null = null;
/** The country outlines, loaded once, only when a map is first drawn (they are a separate file of the build). */
function countryOutlines(): Promise<GeoPermissibleObjects[]> {
  outlines ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = (module.default ?? module) as unknown as Topology;
    return feature(topology, topology.objects.countries as GeometryCollection).features;
  });
  return outlines;
}

/** What the range shows of a place: its own dated entities, and those through an entity located there. */
function inRange(place: MapPlaceData, range: MapRange): Pick<MapPlaceData, 'dated' | 'through'> {
  const within = (e: EntityData) => isWithin(e.date ?? null, range.from, range.to);
  return { dated: place.dated.filter(within), through: place.through.filter((t) => within(t.dated)) };
}

/** The events of a place that the range shows: its own, then those through an entity located there. */
export function eventsInRange(place: MapPlaceData, range: MapRange): EntityData[] {
  const { dated, through } = inRange(place, range);
  return [...dated, ...through.map((t) => t.dated)];
}

/** What a marker says: the place, its events in the range, and which came through something located there. */
export function placeLabel(place: MapPlaceData, range: MapRange): { short: string; long: string } {
  const { dated: own, through } = inRange(place, range);
  const count = own.length + through.length;
  const short = `${place.entity.name}${count > 0 ? ` · ${count}` : ''}`;
  const lines = [
    ...own.map((e) => `${e.date ?? ''} ${e.name}`.trim()),
    ...through.map((t) => `${t.dated.date ?? ''} ${t.dated.name} (through ${t.via.name}, located here)`.trim()),
  ];
  const name = place.entity.name;
  return {
    short,
    long: lines.length > 0 ? `${name}: ${count} dated in the range: ${lines.join('; ')}` : `${name}: nothing dated in the range`,
  };
}

export class MapView {
  private svgElement: SVGSVGElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onPick: (place: MapPlaceData) => void,
  ) {}

  /** The map as drawn now, as an SVG document (for slide images). */
  svg(): string {
    return this.svgElement ? new XMLSerializer().serializeToString(this.svgElement) : '<svg xmlns="http://www.w3.org/2000/svg"/>';
  }

  hide(): void {
    this.container.hidden = true;
  }

  async show(places: readonly MapPlaceData[], range: MapRange, large: boolean): Promise<void> {
    const countries = await countryOutlines();
    this.container.hidden = false;
    const width = Math.max(300, this.container.clientWidth);
    const height = Math.max(200, this.container.clientHeight);
    const located = places.filter((p): p is MapPlaceData & { location: NonNullable<MapPlaceData['location']> } => p.location !== null);
    const lons = located.map((p) => p.location.longitude);
    const lats = located.map((p) => p.location.latitude);
    const [west, east] = lons.length ? [Math.min(...lons), Math.max(...lons)] : [-170, 170];
    const [south, north] = lats.length ? [Math.min(...lats), Math.max(...lats)] : [-60, 75];
    const padLon = Math.max(MIN_SPAN - (east - west), 0) / 2 + 2;
    const padLat = Math.max(MIN_SPAN / 2 - (north - south), 0) / 2 + 2;
    const box: GeoPermissibleObjects = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [west - padLon, Math.max(-80, south - padLat)],
          [east + padLon, Math.min(84, north + padLat)],
        ],
      },
    };
    const unplaced = places.filter((p) => p.location === null).map((p) => p.entity.name);
    const notes = [
      'Circle: a location; larger with more dated entities in the time range, the number beside it; dashed: placed approximately.',
      ...(unplaced.length > 0 ? [`Not on the map (no gazetteer entry matches): ${unplaced.join(', ')}.`] : []),
      'Outlines: Natural Earth via world-atlas. Towns: GeoNames (CC BY 4.0).',
    ];
    // Type in proportion to the room: readable on a laptop and from the back of a room alike.
    const type = Math.round(Math.max(large ? 20 : 13, Math.min(24, width / 95)));
    // The notes have a strip of their own below the map: they never cover a place.
    const notesHeight = notes.length * (type + 4) + 12;
    // The places, and the whole of every country among them.
    const named = new Set(located.filter((p) => p.entity.subkind === 'country').map((p) => p.entity.name));
    const nameOf = (country: GeoPermissibleObjects) => (country as { properties?: { name?: string } }).properties?.name ?? '';
    const framed: GeoPermissibleObjects = {
      type: 'FeatureCollection',
      features: [box, ...countries.filter((c) => named.has(nameOf(c)))] as never,
    };
    const projection = geoMercator().fitExtent(
      [
        [20, 20],
        [width - 20, height - notesHeight - 20],
      ],
      framed,
    );
    const path = geoPath(projection);
    const svg = svgNode('svg', { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'group' });
    svg.setAttribute('aria-label', `Map: ${located.length} located, ${unplaced.length} not found`);
    svg.append(
      svgNode('rect', { width, height, fill: '#eaf2f8' }),
      svgNode('path', { d: path(geoGraticule10()) ?? '', fill: 'none', stroke: '#d3dde6', 'stroke-width': 0.6 }),
    );
    for (const country of countries) {
      const name = nameOf(country);
      svg.append(
        svgNode('path', {
          d: path(country) ?? '',
          fill: named.has(name) ? '#fdf6e3' : '#f7f7f2',
          stroke: named.has(name) ? '#555' : '#aaa',
          'stroke-width': named.has(name) ? 1.6 : 0.6,
        }),
      );
    }
    const counts = new Map(located.map((p) => [p, eventsInRange(p, range).length]));
    const sorted = [...located].sort((a, b) => counts.get(b)! - counts.get(a)!);
    for (const place of sorted) {
      const [x, y] = projection([place.location.longitude, place.location.latitude]) ?? [0, 0];
      const count = counts.get(place)!;
      const r = (large ? 9 : 6) + (large ? 6 : 4) * Math.sqrt(count);
      const { short: label, long } = placeLabel(place, range);
      const marker = svgNode('g', {
        class: count > 0 ? 'map-marker' : 'map-marker quiet',
        tabindex: 0,
        role: 'button',
        'data-id': place.entity.id,
      });
      marker.setAttribute('aria-label', `${long}. Located by ${place.location.basis}. Open its evidence.`);
      const title = svgNode('title', {}, `${long}\nLocated by ${place.location.basis}`);
      marker.append(
        title,
        svgNode('circle', {
          cx: x,
          cy: y,
          r,
          fill: count > 0 ? '#D55E00' : '#ffffff',
          'fill-opacity': count > 0 ? 0.85 : 1,
          stroke: '#333',
          'stroke-width': 1.5,
          'stroke-dasharray': place.location.basis.startsWith('approximate') ? '4 3' : '',
        }),
        svgNode(
          'text',
          {
            x: x + r + 4,
            y: y + type * 0.35,
            'font-size': type,
            'font-family': 'system-ui, sans-serif',
            fill: '#111',
            stroke: '#fff',
            'stroke-width': 3,
            'paint-order': 'stroke',
          },
          label,
        ),
      );
      const pick = () => this.onPick(place);
      marker.addEventListener('click', pick);
      marker.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          pick();
        }
      });
      svg.append(marker);
    }
    svg.append(svgNode('rect', { x: 0, y: height - notesHeight, width, height: notesHeight, fill: '#ffffff', stroke: '#ccc' }));
    notes.forEach((note, i) =>
      svg.append(
        svgNode(
          'text',
          {
            x: 12,
            y: height - 12 - (notes.length - 1 - i) * (type + 4),
            'font-size': type * 0.85,
            'font-family': 'system-ui, sans-serif',
            fill: '#222',
          },
          note,
        ),
      ),
    );
    this.container.replaceChildren(svg);
    this.svgElement = svg;
  }
}
