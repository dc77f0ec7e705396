import { describe, expect, it } from 'vitest';
import { betweennessCentrality, degreeCentrality } from '../../domain/centrality.js';

const star = {
  nodes: ['hub', 'a', 'b', 'c'],
  edges: [
    { source: 'hub', target: 'a' },
    { source: 'b', target: 'hub' },
    { source: 'hub', target: 'c' },
  ],
};
const line = {
  nodes: ['a', 'b', 'c', 'd'],
  edges: [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
    { source: 'c', target: 'd' },
  ],
};

describe('centrality', () => {
  it('counts the links at each node', () => {
    expect(Object.fromEntries(degreeCentrality(star))).toEqual({ hub: 3, a: 1, b: 1, c: 1 });
  });

  it('puts the hub of a star on every shortest path between the others', () => {
    const scores = betweennessCentrality(star);
    expect(scores.get('hub')).toBeCloseTo(1);
    expect(scores.get('a')).toBe(0);
  });

  it('gives the inner nodes of a line their share of the pairs', () => {
    const scores = betweennessCentrality(line);
    // b lies between a–c and a–d: 2 of the 3 pairs not involving b.
    expect(scores.get('b')).toBeCloseTo(2 / 3);
    expect(scores.get('c')).toBeCloseTo(2 / 3);
    expect(scores.get('a')).toBe(0);
  });

  it('splits credit between equally short routes', () => {
    const square = {
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'd' },
        { source: 'a', target: 'c' },
        { source: 'c', target: 'd' },
      ],
    };
    const scores = betweennessCentrality(square);
    expect(scores.get('b')).toBeCloseTo(0.5 / 3);
  });
});
