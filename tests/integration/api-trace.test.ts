import { describe, expect, it } from 'vitest';
import { graphqlRequest, useAppOverTestDatabase } from './helpers.js';

interface PathData {
  length: number;
  nodes: { id: string; kind: string }[];
  edges: { type: string; source: { id: string }; target: { id: string }; citations: { quote: string }[] }[];
}

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $filter: GraphFilter, $avoid: [String!], $through: [String!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, filter: $filter, avoidKinds: $avoid, throughKinds: $through) {
    length nodes { id kind } edges { type source { id } target { id } citations { quote } } } }`;

const TECHNO = 'organisation/techno-trading-ltd';
const ILO87 = 'instrument/ilo-convention-87';

describe('tracing and timelines over the seed dataset', () => {
  const suite = useAppOverTestDatabase();

  async function paths(variables: Record<string, unknown>) {
    const { body } = await graphqlRequest<{ paths: PathData[] }>(suite.app, PATHS, variables);
    expect(body.errors).toBeUndefined();
    return body.data!.paths;
  }

  it('finds the shortest paths from Techno Trading Ltd to ILO Convention 87, each step cited', async () => {
    const found = await paths({ from: TECHNO, to: ILO87, maxHops: 4, first: 3 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    for (const path of found) {
      expect(path.nodes[0]?.id).toBe(TECHNO);
      expect(path.nodes.at(-1)?.id).toBe(ILO87);
      expect(path.edges).toHaveLength(path.length);
      path.edges.forEach((edge, i) => {
        const ends = [edge.source.id, edge.target.id].sort();
        expect(ends).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
        expect(edge.citations.length).toBeGreaterThan(0);
      });
    }
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('keeps to maxHops, and can avoid or require kinds of entity on the way', async () => {
    expect(await paths({ from: TECHNO, to: ILO87, maxHops: 1 })).toEqual([]);
    const avoiding = await paths({ from: TECHNO, to: 'person/larisa-kharkova', maxHops: 6, first: 5, avoid: ['organisation'] });
    expect(avoiding.length).toBeGreaterThan(0);
    for (const path of avoiding) expect(path.nodes.slice(1, -1).some((n) => n.kind === 'organisation')).toBe(false);
    const through = await paths({ from: TECHNO, to: ILO87, maxHops: 6, first: 5, through: ['person'] });
    expect(through.length).toBeGreaterThan(0);
    for (const path of through) expect(path.nodes.slice(1, -1).some((n) => n.kind === 'person')).toBe(true);
  });

  it('follows only the relationship types in the filter', async () => {
    const found = await paths({
      from: TECHNO,
      to: ILO87,
      maxHops: 6,
      first: 5,
      filter: { types: ['PARTICIPANT_IN', 'VIOLATES', 'PART_OF'] },
    });
    expect(found.length).toBeGreaterThan(0);
    for (const path of found) for (const edge of path.edges) expect(['PARTICIPANT_IN', 'VIOLATES', 'PART_OF']).toContain(edge.type);
  });

  it('refuses a trace from an entity to itself', async () => {
    const { body } = await graphqlRequest(suite.app, PATHS, { from: TECHNO, to: TECHNO });
    expect(body.errors?.[0]).toMatchObject({
      message: 'from and to must be two different entities',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses maxHops beyond the cap', async () => {
    const { body } = await graphqlRequest(suite.app, PATHS, { from: TECHNO, to: ILO87, maxHops: 40 });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('orders an entity’s events by date, a year before a day within it', async () => {
    const { body } = await graphqlRequest<{ timeline: { id: string; date: string }[] }>(
      suite.app,
      `{ timeline(entityId: "person/nurbek-kushakbayev") { id date } }`,
    );
    const events = body.data!.timeline;
    expect(events.map((e) => e.id)).toEqual(expect.arrayContaining(['event/arrest-of-kushakbayev', 'event/sentence-of-kushakbayev']));
    const ids = events.map((e) => e.id);
    expect(ids.indexOf('event/arrest-of-kushakbayev')).toBeLessThan(ids.indexOf('event/sentence-of-kushakbayev'));
    const dates = events.map((e) => e.date);
    expect(dates.every((d) => d !== null)).toBe(true);
  });

  it('limits the timeline to a date range, partial dates included by overlap', async () => {
    const { body } = await graphqlRequest<{ timeline: { id: string; date: string }[] }>(
      suite.app,
      `{ timeline(from: "2017-01", to: "2017-01") { id date } }`,
    );
    const events = body.data!.timeline;
    expect(events.map((e) => e.id)).toContain('event/dissolution-of-knprk');
    expect(events.map((e) => e.id)).not.toContain('event/sentence-of-kharkova');
    for (const event of events) expect(event.date.startsWith('2017-01') || event.date === '2017').toBe(true);
  });

  it('neighbourhood leaves out edges and events outside the date range', async () => {
    const { body } = await graphqlRequest<{ neighbourhood: { nodes: { id: string }[] } }>(
      suite.app,
      `{ neighbourhood(id: "person/larisa-kharkova", filter: { from: "2017-01", to: "2017-03" }) { nodes { id } } }`,
    );
    const ids = body.data!.neighbourhood.nodes.map((n) => n.id);
    expect(ids).toContain('event/investigation-of-kharkova');
    expect(ids).not.toContain('event/sentence-of-kharkova');
  });
});
