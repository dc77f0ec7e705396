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
    place: record.get('place') as { id: string; name: string; subkind: string | null; aliases: unknown },
    events: toStringList(record.get('events')),
    through: record.get('through') as { event: string; via: string }[],
  }));
  const ids = rows.flatMap((r) => [r.place.id, ...r.events, ...r.through.flatMap((t) => [t.event, t.via])]);
  const entities = await findEntitiesByIds(db, [...new Set(ids)]);
  const locations = gazetteer.locate(
    rows.map(({ place }) => ({ name: place.name, subkind: place.subkind ?? null, aliases: toStringList(place.aliases) })),
  );
  return rows.flatMap((row, i) => {
    const entity = entities.get(row.place.id);
    if (!entity) return [];
    const events = row.events.flatMap((id) => entities.get(id) ?? []).sort((a, b) => compareDates(a.date, b.date));
    const through = row.through
      .flatMap(({ event, via }) => {
        const [e, v] = [entities.get(event), entities.get(via)];
        return e && v ? [{ dated: e, via: v }] : [];
      })
      .sort((a, b) => compareDates(a.dated.date, b.dated.date));
    return [{ entity, location: locations[i] ?? null, dated: events, through }];
  });
}
