// The map as a screen of the page: the places read once (again after an edit), drawn when the view asks for the map,
// and what it shows as a slide and to the time bar.
import type { EntityData } from './api-types.js';
import { eventsInRange, MapView, type MapPlaceData, type MapRange } from './map-view.js';
import type { Drawn } from './slide-capture.js';

export class MapScreen {
  private readonly view: MapView;
  private loaded: Promise<MapPlaceData[]> | null = null;
  private places: MapPlaceData[] = [];

  constructor(
    container: HTMLElement,
    private readonly load: () => Promise<MapPlaceData[]>,
    onPick: (place: MapPlaceData) => void,
  ) {
    this.view = new MapView(container, onPick);
  }

  /** Forgets the places read: an edit may have added or moved one. */
  clear(): void {
    this.loaded = null;
  }

  /** Draws the map when `shown`, hides it otherwise. */
  async draw(shown: boolean, range: MapRange, large: boolean): Promise<void> {
    if (!shown) return this.view.hide();
    this.loaded ??= this.load().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    this.places = await this.loaded;
    await this.view.show(this.places, range, large);
  }

  /** Every dated entity the map counts, for the time bar. */
  datedEntities(): EntityData[] {
    const all = this.places.flatMap((p) => [...p.dated, ...p.through.map((t) => t.dated)]);
    return [...new Map(all.map((e) => [e.id, e])).values()];
  }

  /** The map as a slide: the located places and their events in the range, and the picture. */
  drawn(range: MapRange): Drawn {
    const located = this.places.flatMap((p) => (p.location ? [{ ...p, location: p.location }] : []));
    const events = [...new Map(located.flatMap((p) => eventsInRange(p, range)).map((e) => [e.id, e])).values()];
    return {
      graph: { nodes: [...located.map((p) => p.entity), ...events], edges: [] },
      svg: () => this.view.svg(),
      data: () => ({
        nodes: located.map((p) => ({
          id: p.entity.id,
          name: p.entity.name,
          kind: p.entity.kind,
          x: p.location.longitude,
          y: p.location.latitude,
        })),
        edges: [],
      }),
    };
  }
}
