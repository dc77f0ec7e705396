import { describe, expect, it } from 'vitest';
import { timeOrderedLayout, type LayoutNode } from '../../web/src/time-layout.js';

const node = (id: string, kind: string, date: string | null, neighbours: string[] = [], name = id): LayoutNode => ({
  id,
  kind,
  date,
  neighbours,
  name,
});

const KIND_ORDER = ['person', 'organisation', 'instrument', 'place', 'event'];

const NODES: LayoutNode[] = [
  node('e1', 'event', '2016-01-01', ['p1', 'o1']),
  node('e2', 'event', '2017', ['p1', 'i1']),
  node('e2b', 'event', '2017-01-01', ['p2']),
  node('e3', 'event', '2018-01-01', ['pl1']),
  node('o2', 'organisation', '2016-06-01'),
  node('p1', 'person', null, ['e1', 'e2']),
  node('p2', 'person', null, ['e2b']),
  node('p3', 'person', null, ['e2']),
  node('p4', 'person', null),
  node('p5', 'person', null),
  node('o1', 'organisation', null, ['e1']),
  node('i1', 'instrument', null, ['e2']),
  node('pl1', 'place', null, ['e3']),
  node('x1', 'document', null, ['e3']),
];

const { positions, axis } = timeOrderedLayout(NODES, KIND_ORDER);
const at = (id: string) => {
  const p = positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};
const laneOf = (id: string) => axis.lanes.find((l) => at(id).y > l.top && at(id).y < l.bottom)!;

describe('time-ordered layout', () => {
  it('positions every node, no two at the same point', () => {
    expect(positions.size).toBe(NODES.length);
    expect(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size).toBe(NODES.length);
  });

  it('puts dated entities in one lane per kind, in the vocabulary order, and the undated below them in lanes of their own by kind', () => {
    expect(axis.lanes.map((l) => `${l.kind}${l.undated ? ' undated' : ''}`)).toEqual([
      'organisation',
      'event',
      'person undated',
      'organisation undated',
      'instrument undated',
      'place undated',
      'document undated',
    ]);
    expect(laneOf('o2')).toMatchObject({ kind: 'organisation', undated: false });
    for (const id of ['e1', 'e2', 'e2b', 'e3']) expect(laneOf(id)).toMatchObject({ kind: 'event', undated: false });
    for (const id of ['p1', 'p4']) expect(laneOf(id)).toMatchObject({ kind: 'person', undated: true });
    expect(laneOf('o1')).toMatchObject({ kind: 'organisation', undated: true });
    expect(laneOf('x1')).toMatchObject({ kind: 'document', undated: true });
    axis.lanes.slice(1).forEach((lane, i) => expect(axis.lanes[i]!.bottom).toBeLessThan(lane.top));
  });

  it('places dated entities left to right by date on one scale, whatever their kind', () => {
    expect(at('e1').x).toBe(0);
    expect(at('e1').x).toBeLessThan(at('o2').x);
    expect(at('o2').x).toBeLessThan(at('e2').x);
    expect(at('e2').x).toBeLessThan(at('e3').x);
  });

  it('puts two names that would overlap on different rows, and keeps rows inside their lane', () => {
    expect(at('e2').x).toBe(at('e2b').x);
    expect(at('e2').y).not.toBe(at('e2b').y);
    const crowded = timeOrderedLayout(
      [
        ...Array.from({ length: 6 }, (_, i) => node(`n${i}`, 'event', '2017-01-01', [], 'A rather long name for an event')),
        node('later', 'event', '2019-01-01'),
      ],
      [],
    );
    const rows = new Set([...crowded.positions.values()].map((p) => p.y));
    expect(rows.size).toBeGreaterThan(1);
    const [lane] = crowded.axis.lanes;
    for (const p of crowded.positions.values()) expect(p.y > lane!.top && p.y < lane!.bottom).toBe(true);
  });

  it('sets undated entities near the dated ones they link to, and lines up the unlinked from the left', () => {
    expect(at('pl1').x).toBe(at('e3').x);
    expect(at('p1').x).toBeCloseTo((at('e1').x + at('e2').x) / 2);
    expect(at('p4').x).not.toBe(at('p5').x);
  });

  it('gives months room for what happened in them: a busy month is wide, an empty one narrow', () => {
    const x = (label: string, after = 0) => axis.ticks.filter((t) => t.label === label)[after]!.x;
    const busyJanuary2017 = x('Feb', 1) - x('2017');
    const emptyMarch2016 = x('Apr', 0) - x('Mar', 0);
    expect(emptyMarch2016).toBe(8);
    expect(busyJanuary2017).toBeGreaterThan(4 * emptyMarch2016);
  });

  it('draws a tick at each month from the January before the first date to the January after the last', () => {
    const years = axis.ticks.filter((t) => t.major).map((t) => t.label);
    expect(years).toEqual(['2016', '2017', '2018', '2019']);
    expect(axis.ticks).toHaveLength(3 * 12 + 1);
    expect(axis.ticks.find((t) => t.label === '2016')!.x).toBe(at('e1').x);
    expect(axis.ticks.find((t) => t.label === '2018')!.x).toBe(at('e3').x);
    expect(axis.ticks[1]!.label).toBe('Feb');
  });

  it('has no ticks and one lane when nothing is dated', () => {
    const undated = timeOrderedLayout([node('a', 'person', null), node('b', 'person', null)], KIND_ORDER);
    expect(undated.axis.ticks).toEqual([]);
    expect(undated.axis.lanes).toMatchObject([{ kind: 'person', undated: true }]);
  });

  it('is deterministic whatever the input order', () => {
    const reversed = timeOrderedLayout([...NODES].reverse(), KIND_ORDER);
    expect(Object.fromEntries(reversed.positions)).toEqual(Object.fromEntries(positions));
  });
});
