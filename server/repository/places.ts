// Places for the map: each place entity, where the gazetteer puts it, and the dated entities linked to it.
import { compareDates } from '../../domain/dates.js';
import type { Database } from '../db/database.js';
import { toStringList } from '../db/values.js';
import { Gazetteer, type Location } from '../geo/gazetteer.js';
import { findEntitiesByIds } from './entities.js';
import type { Entity } from './model.js';

export interface MapPlace {
  entity: Entity;
  location: Location | null;
  dated: Entity[];
  through: { dated: Entity; via: Entity }[];
}

/** The relationship type that puts an organisation or an event in a place (seed/vocabulary.yaml). */
const LOCATED_IN = 'LOCATED_IN';

const gazetteer = new Gazetteer();

export async function findPlaces(db: Database, kind: string, first: number): Promise<MapPlace[]> {
  const rows = (await db.read('places/all', { kind, first, locatedIn: LOCATED_IN })).map((record) => ({
    place: String(record.get('place')),
    dated: toStringList(record.get('dated')),
    through: record.get('through') as { event: string; via: string }[],
  }));
  const ids = rows.flatMap((r) => [r.place, ...r.dated, ...r.through.flatMap((t) => [t.event, t.via])]);
  const entities = await findEntitiesByIds(db, [...new Set(ids)]);
  const places = rows.flatMap((row) => {
    const entity = entities.get(row.place);
    return entity ? [{ ...row, entity }] : [];
  });
  const locations = gazetteer.locate(places.map(({ entity }) => entity));
  return places.map((place, i) => ({
    entity: place.entity,
    location: locations[i] ?? null,
    dated: place.dated.flatMap((id) => entities.get(id) ?? []).sort((a, b) => compareDates(a.date, b.date)),
    through: place.through
      .flatMap(({ event, via }) => {
        const [e, v] = [entities.get(event), entities.get(via)];
        return e && v ? [{ dated: e, via: v }] : [];
      })
      .sort((a, b) => compareDates(a.dated.date, b.dated.date)),
  }));
}
