import { describe, expect, it } from 'vitest';
import { graphqlRequest, useAppOverTestDatabase } from './helpers.js';

type Place = {
  entity: { id: string; name: string };
  location: { latitude: number; longitude: number; basis: string } | null;
  dated: { id: string; date: string }[];
  through: { dated: { id: string; date: string }; via: { id: string } }[];
};

// The seeded Kazakhstan case on the map: every place located from installed packages, what happened there linked
// directly or through an entity located there, said so.
describe('mapPlaces over the seeded case', () => {
  const suite = useAppOverTestDatabase();

  it('locates every seeded place and says how', async () => {
    const { body } = await graphqlRequest<{ mapPlaces: Place[] }>(
      suite.app,
      '{ mapPlaces { entity { id name } location { latitude longitude basis } dated { id date } through { dated { id date } via { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    const byId = new Map(body.data!.mapPlaces.map((p) => [p.entity.id, p]));
    expect([...byId.keys()]).toEqual(
      expect.arrayContaining(['place/kazakhstan', 'place/shymkent', 'place/zhanaozen', 'place/karaganda-region']),
    );
    for (const place of byId.values()) expect(place.location, place.entity.id).not.toBeNull();
    expect(byId.get('place/kazakhstan')!.location!.basis).toContain('world-atlas');
    expect(byId.get('place/shymkent')!.location!.basis).toContain('GeoNames');
    expect(byId.get('place/karaganda-region')!.location!.basis).toMatch(/^approximate/);

    // Kharkova's sentence is located in Shymkent by the sources: it is the town's own.
    expect(byId.get('place/shymkent')!.dated.map((d) => d.id)).toContain('event/sentence-of-kharkova');
    // What the KNPRK went through is linked to the KNPRK, which is located in Kazakhstan: through it, never as the
    // country's own, and never twice.
    const kazakhstan = byId.get('place/kazakhstan')!;
    expect(kazakhstan.through.map((t) => t.via.id)).toContain('organisation/knprk');
    const own = new Set(kazakhstan.dated.map((d) => d.id));
    for (const t of kazakhstan.through) expect(own.has(t.dated.id)).toBe(false);
    for (const place of byId.values()) {
      const dates = [...place.dated.map((d) => d.date), ...place.through.map((t) => t.dated.date)];
      expect(dates.slice(0, place.dated.length)).toEqual([...dates.slice(0, place.dated.length)].sort());
    }
  });

  it('refuses a kind that is not a word', async () => {
    const { body } = await graphqlRequest(suite.app, '{ mapPlaces(kind: "place\\u0000") { entity { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
