import { describe, expect, it } from 'vitest';
import { forcePositions, type ForceEdge } from '../../web/src/force-layout.js';

/** Two groups of six, everyone linked within a group, the groups joined by one link. */
const ids = [...'abcdef'].map((c) => `a${c}`).concat([...'abcdef'].map((c) => `b${c}`));
const clique = (group: string[]): ForceEdge[] => group.flatMap((s, i) => group.slice(i + 1).map((t) => ({ source: s, target: t })));
const edges = [...clique(ids.slice(0, 6)), ...clique(ids.slice(6)), { source: 'aa', target: 'ba' }];

const distance = (p: Map<string, { x: number; y: number }>, a: string, b: string) => {
  const [u, v] = [p.get(a), p.get(b)];
  if (!u || !v) throw new Error(`no position for ${a} or ${b}`);
  return Math.hypot(u.x - v.x, u.y - v.y);
};
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe('the quick force layout for large views', () => {
  it('places every entity somewhere of its own', () => {
    const positions = forcePositions(ids, edges, { iterations: 200 });
    expect([...positions.keys()]).toEqual(ids);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set([...positions.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(ids.length);
  });

  it('keeps a group together and apart from another group it has one link to', () => {
    const positions = forcePositions(ids, edges, { iterations: 200 });
    const within = ids.flatMap((a) => ids.filter((b) => a < b && a[0] === b[0]).map((b) => distance(positions, a, b)));
    const across = ids.flatMap((a) => ids.filter((b) => a[0] === 'a' && b[0] === 'b').map((b) => distance(positions, a, b)));
    expect(mean(within) * 2).toBeLessThan(mean(across));
  });

  it('keeps communities apart in a view large enough to be laid out level by level', () => {
    // Twelve communities of twelve, each a ring with chords, joined in a chain by one link each.
    const community = (c: number) => Array.from({ length: 12 }, (_, i) => `c${c}-${i}`);
    const many = Array.from({ length: 12 }, (_, c) => community(c));
    const links = many.flatMap((members, c) => [
      ...members.map((m, i) => ({ source: m, target: members[(i + 1) % 12] ?? m })),
      ...members.map((m, i) => ({ source: m, target: members[(i + 5) % 12] ?? m })),
      ...(c > 0 ? [{ source: members[0] ?? '', target: many[c - 1]?.[6] ?? '' }] : []),
    ]);
    const positions = forcePositions(many.flat(), links, { iterations: 60 });
    const within = many.flatMap((members) => members.slice(1).map((m) => distance(positions, members[0] ?? '', m)));
    const across = many.slice(1).map((members, c) => distance(positions, members[3] ?? '', many[c]?.[9] ?? ''));
    expect(mean(within) * 1.5).toBeLessThan(mean(across));
  });

  it('draws the same graph the same way every time', () => {
    expect(forcePositions(ids, edges, { iterations: 50 })).toEqual(forcePositions(ids, edges, { iterations: 50 }));
  });

  it('starts from where entities are drawn, so an expanded view keeps its shape', () => {
    const before = forcePositions(ids, edges, { iterations: 200 });
    const again = forcePositions(ids, edges, { iterations: 100, start: before });
    const moved = ids.map((id) =>
      Math.hypot((again.get(id)?.x ?? 0) - (before.get(id)?.x ?? 0), (again.get(id)?.y ?? 0) - (before.get(id)?.y ?? 0)),
    );
    expect(Math.max(...moved)).toBeLessThan(30);
  });

  it('ignores links to entities it was not given and links of an entity to itself', () => {
    const positions = forcePositions(
      ['x', 'y'],
      [
        { source: 'x', target: 'x' },
        { source: 'x', target: 'gone' },
        { source: 'x', target: 'y' },
      ],
      {
        iterations: 50,
      },
    );
    expect(positions.size).toBe(2);
    expect(distance(positions, 'x', 'y')).toBeGreaterThan(0);
  });

  it('copes with nothing to place', () => {
    expect(forcePositions([], [], { iterations: 10 }).size).toBe(0);
  });
});
