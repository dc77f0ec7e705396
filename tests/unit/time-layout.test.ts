import { describe, expect, it } from 'vitest';
import { timeOrderedPositions, type LayoutNode } from '../../web/src/time-layout.js';

const node = (id: string, kind: string, date: string | null, neighbours: string[] = []): LayoutNode => ({ id, kind, date, neighbours });

const KIND_ORDER = ['person', 'organisation', 'instrument', 'place', 'event'];

const NODES: LayoutNode[] = [
  node('e1', 'event', '2016-01-01', ['p1', 'o1']),
  node('e2', 'event', '2017', ['p1', 'i1']),
  node('e2b', 'event', '2017-01-01', ['p2']),
  node('e3', 'event', '2018-01-01', ['pl1']),
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

const get = (positions: Map<string, { x: number; y: number }>, id: string): { x: number; y: number } => {
  const p = positions.get(id);
  if (!p) throw new Error(`no position for ${id}`);
  return p;
};

describe('time-ordered layout', () => {
  const positions = timeOrderedPositions(NODES, KIND_ORDER);

  it('positions every node, no two at the same point', () => {
    expect(positions.size).toBe(NODES.length);
    const keys = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(NODES.length);
  });

  it('spreads events left to right by date, earliest at 0 and latest at the width', () => {
    expect(get(positions, 'e1').x).toBe(0);
    expect(get(positions, 'e3').x).toBe(1600);
    expect(get(positions, 'e2').x).toBeCloseTo((366 / 731) * 1600);
    expect(get(positions, 'e1').x).toBeLessThan(get(positions, 'e2').x);
  });

  it('stacks events on the same day 60px apart', () => {
    const a = get(positions, 'e2');
    const b = get(positions, 'e2b');
    expect(a.x).toBe(b.x);
    expect(Math.abs(a.y - b.y)).toBe(60);
  });

  it('places undated nodes at the mean x of their dated neighbours, or grouped at -200', () => {
    expect(get(positions, 'p1').x).toBeCloseTo((0 + get(positions, 'e2').x) / 2);
    expect(get(positions, 'pl1').x).toBe(1600);
    expect(get(positions, 'p4').x).toBe(-200);
    expect(get(positions, 'p5').x).toBe(-200);
    expect(Math.abs(get(positions, 'p4').y - get(positions, 'p5').y)).toBe(60);
  });

  it('puts people above the events, organisations above them, instruments and places below, other kinds lowest', () => {
    const eventYs = ['e1', 'e2', 'e2b', 'e3'].map((id) => get(positions, id).y);
    const personYs = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => get(positions, id).y);
    expect(Math.max(...personYs)).toBeLessThan(Math.min(...eventYs));
    expect(get(positions, 'o1').y).toBeLessThan(Math.min(...personYs));
    expect(get(positions, 'i1').y).toBeGreaterThan(Math.max(...eventYs));
    expect(get(positions, 'pl1').y).toBeGreaterThan(get(positions, 'i1').y);
    expect(get(positions, 'x1').y).toBeGreaterThan(get(positions, 'pl1').y);
  });

  it('centres events at width/2 when all share a date, and honours a custom width', () => {
    const same = timeOrderedPositions([node('a', 'event', '2017'), node('b', 'event', '2017')], [], 800);
    expect(get(same, 'a').x).toBe(400);
    expect(get(same, 'b').x).toBe(400);
    expect(get(same, 'a').y).not.toBe(get(same, 'b').y);
  });

  it('is deterministic whatever the input order', () => {
    const reversed = timeOrderedPositions([...NODES].reverse(), KIND_ORDER);
    expect(Object.fromEntries(reversed)).toEqual(Object.fromEntries(positions));
  });
});
