// Positions for large views: a force-directed layout (links pull, entities push each other away through a Barnes–Hut
// quadtree, as d3-force does) over typed arrays, with a fixed number of steps, so thousands of entities are placed in
// a second where fcose takes a minute. Multilevel: neighbours are merged into ever smaller graphs, the smallest laid
// out first and each finer one started from it, so the view has its overall shape (its communities apart) before the
// steps are spent on detail. Deterministic: the same graph gets the same drawing.

export interface ForceEdge {
  source: string;
  target: string;
}

export interface ForceOptions {
  /** Steps of the simulation; the layout cools to rest over them. */
  iterations: number;
  /** The length links settle at (model units). */
  linkLength?: number;
  /** Where entities are drawn now: the layout then moves them less (an expanded view keeps its shape). */
  start?: ReadonlyMap<string, Point> | undefined;
}

import { Quadtree } from './quadtree.js';

type Point = { x: number; y: number };

const THETA2 = 1.44; // Barnes–Hut: a cell this far away (its size over its distance below 1.2) acts as one body
const VELOCITY_KEEP = 0.6;
const GRAVITY = 0.03; // pulls loose parts of the view towards the middle instead of letting them drift off
const ALPHA_MIN = 0.001;
const ALPHA_FROM_START = 0.3;
/** Each finer level starts warm enough to untangle what merging hid, not to lose the shape. */
const LEVEL_ALPHA = 0.5;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Links by index, and each entity's neighbours. */
interface Graph {
  count: number;
  sources: number[];
  targets: number[];
  adjacency: number[][];
}

function graphOf(count: number, pairs: Iterable<readonly [number, number]>): Graph {
  const graph: Graph = { count, sources: [], targets: [], adjacency: Array.from({ length: count }, () => []) };
  for (const [s, t] of pairs) {
    if (s === t) continue;
    graph.sources.push(s);
    graph.targets.push(t);
    graph.adjacency[s]?.push(t);
    graph.adjacency[t]?.push(s);
  }
  return graph;
}

/** Entities in breadth-first order from the best-linked one, so the starting spiral keeps neighbours close. */
function breadthFirstOrder({ count, adjacency }: Graph): number[] {
  const byDegree = [...Array(count).keys()].sort((a, b) => (adjacency[b]?.length ?? 0) - (adjacency[a]?.length ?? 0) || a - b);
  const seen = new Uint8Array(count);
  const order: number[] = [];
  for (const start of byDegree) {
    if (seen[start]) continue;
    seen[start] = 1;
    order.push(start);
    for (let head = order.length - 1; head < order.length; head++) {
      for (const next of adjacency[order[head] ?? 0] ?? []) {
        if (seen[next]) continue;
        seen[next] = 1;
        order.push(next);
      }
    }
  }
  return order;
}

/**
 * A coarser graph for the multilevel start: each entity merged with an unmerged neighbour (the least linked), those
 * left over with a neighbour's group. Null when that would not shrink the graph by a quarter.
 */
function coarsen(graph: Graph): { coarse: Graph; parent: Int32Array } | null {
  const { count, adjacency } = graph;
  const parent = new Int32Array(count).fill(-1);
  let groups = 0;
  const degree = (n: number) => adjacency[n]?.length ?? 0;
  for (let u = 0; u < count; u++) {
    if (parent[u] !== -1) continue;
    let partner = -1;
    for (const v of adjacency[u] ?? []) if (parent[v] === -1 && v !== u && (partner === -1 || degree(v) < degree(partner))) partner = v;
    if (partner === -1) continue;
    parent[u] = parent[partner] = groups++;
  }
  for (let u = 0; u < count; u++) {
    if (parent[u] !== -1) continue;
    const joined = (adjacency[u] ?? []).find((v) => (parent[v] ?? -1) >= 0);
    parent[u] = joined === undefined ? groups++ : (parent[joined] ?? 0);
  }
  if (groups > count * 0.75) return null;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let k = 0; k < graph.sources.length; k++) {
    const s = parent[graph.sources[k] ?? 0] ?? 0;
    const t = parent[graph.targets[k] ?? 0] ?? 0;
    const key = Math.min(s, t) * groups + Math.max(s, t);
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    pairs.push([s, t]);
  }
  return { coarse: graphOf(groups, pairs), parent };
}

/** Moves x, y for `steps` steps of the simulation, cooling from `alpha` to rest. */
function simulate(graph: Graph, x: Float64Array, y: Float64Array, steps: number, startAlpha: number, linkLength: number): void {
  const { count, sources, targets, adjacency } = graph;
  const charge = -(linkLength * linkLength) / 30; // as d3-force's -30 with links of 30, scaled
  const minDistance2 = (linkLength / 10) ** 2;
  const degree = adjacency.map((a) => a.length);
  const vx = new Float64Array(count);
  const vy = new Float64Array(count);
  const tree = new Quadtree(Math.max(16, count * 4));
  const stack = new Int32Array(Math.max(64, count * 4));
  const decay = 1 - ALPHA_MIN ** (1 / Math.max(1, steps));
  let alpha = startAlpha;
  for (let step = 0; step < steps; step++) {
    alpha += (0 - alpha) * decay;
    // Links: each pulls its ends towards the link length, the less-linked end moving more.
    for (let k = 0; k < sources.length; k++) {
      const s = sources[k] ?? 0;
      const t = targets[k] ?? 0;
      let dx = (x[t] ?? 0) + (vx[t] ?? 0) - (x[s] ?? 0) - (vx[s] ?? 0);
      let dy = (y[t] ?? 0) + (vy[t] ?? 0) - (y[s] ?? 0) - (vy[s] ?? 0);
      const length = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const ds = degree[s] ?? 1;
      const dt = degree[t] ?? 1;
      const pull = ((length - linkLength) / length) * alpha * (1 / Math.min(ds, dt));
      dx *= pull;
      dy *= pull;
      const bias = ds / (ds + dt);
      vx[t] = (vx[t] ?? 0) - dx * bias;
      vy[t] = (vy[t] ?? 0) - dy * bias;
      vx[s] = (vx[s] ?? 0) + dx * (1 - bias);
      vy[s] = (vy[s] ?? 0) + dy * (1 - bias);
    }
    // Repulsion through the quadtree.
    tree.build(x, y);
    const { mass: masses, body: bodies, sumX, sumY, cellSize, children } = tree;
    for (let i = 0; i < count; i++) {
      const xi = x[i] ?? 0;
      const yi = y[i] ?? 0;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const cell = stack[--top] ?? 0;
        const mass = masses[cell] ?? 0;
        if (mass === 0) continue;
        const body = bodies[cell] ?? -1;
        if (body === i && mass === 1) continue;
        const dx = (sumX[cell] ?? 0) / mass - xi;
        const dy = (sumY[cell] ?? 0) / mass - yi;
        let d2 = dx * dx + dy * dy;
        const size = cellSize[cell] ?? 0;
        if (body === -2 && (size * size) / d2 >= THETA2) {
          for (let q = 0; q < 4; q++) {
            const child = children[cell * 4 + q] ?? 0;
            if (child !== 0) stack[top++] = child;
          }
          continue;
        }
        // A leaf holding this body with others at the same spot pushes them apart a little, deterministically.
        if (d2 === 0) {
          fx += (((i * 7919) % 13) - 6) * 0.01;
          fy += (((i * 104729) % 11) - 5) * 0.01;
          continue;
        }
        if (d2 < minDistance2) d2 = Math.sqrt(minDistance2 * d2);
        const push = (charge * alpha * (body === i ? mass - 1 : mass)) / d2;
        fx += dx * push;
        fy += dy * push;
      }
      vx[i] = (vx[i] ?? 0) + fx - xi * GRAVITY * alpha;
      vy[i] = (vy[i] ?? 0) + fy - yi * GRAVITY * alpha;
    }
    for (let i = 0; i < count; i++) {
      vx[i] = (vx[i] ?? 0) * VELOCITY_KEEP;
      vy[i] = (vy[i] ?? 0) * VELOCITY_KEEP;
      x[i] = (x[i] ?? 0) + (vx[i] ?? 0);
      y[i] = (y[i] ?? 0) + (vy[i] ?? 0);
    }
  }
}

const COARSEST = 60;
const JITTER = 0.25; // of the link length: where an entity starts beside the group it was merged into

function spiral(graph: Graph, x: Float64Array, y: Float64Array, linkLength: number, placed?: (node: number) => Point | undefined): void {
  breadthFirstOrder(graph).forEach((node, rank) => {
    const at = placed?.(node);
    const radius = linkLength * 0.6 * Math.sqrt(0.5 + rank);
    x[node] = at ? at.x : radius * Math.cos(rank * GOLDEN_ANGLE);
    y[node] = at ? at.y : radius * Math.sin(rank * GOLDEN_ANGLE);
  });
}

export function forcePositions(ids: readonly string[], edges: readonly ForceEdge[], options: ForceOptions): Map<string, Point> {
  const linkLength = options.linkLength ?? 60;
  const index = new Map(ids.map((id, i) => [id, i]));
  const graph = graphOf(
    ids.length,
    edges.flatMap((e) => {
      const [s, t] = [index.get(e.source), index.get(e.target)];
      return s === undefined || t === undefined ? [] : [[s, t] as const];
    }),
  );
  let x = new Float64Array(graph.count);
  let y = new Float64Array(graph.count);
  const { start } = options;
  if (start) {
    // Entities not yet placed start on the spiral; the rest where they are, moved less.
    spiral(graph, x, y, linkLength, (node) => start.get(ids[node] ?? ''));
    simulate(graph, x, y, options.iterations, ALPHA_FROM_START, linkLength);
  } else {
    // Multilevel: lay out a much smaller graph of merged neighbours first, then each finer one from where its groups
    // were, so the whole has its shape before the details are worked out.
    const levels: { fine: Graph; parent: Int32Array }[] = [];
    let coarsest = graph;
    while (coarsest.count > COARSEST) {
      const next = coarsen(coarsest);
      if (!next) break;
      levels.push({ fine: coarsest, parent: next.parent });
      coarsest = next.coarse;
    }
    x = new Float64Array(coarsest.count);
    y = new Float64Array(coarsest.count);
    spiral(coarsest, x, y, linkLength);
    simulate(coarsest, x, y, Math.max(options.iterations, 300), 1, linkLength);
    for (const { fine, parent } of [...levels].reverse()) {
      const fx = new Float64Array(fine.count);
      const fy = new Float64Array(fine.count);
      for (let i = 0; i < fine.count; i++) {
        const p = parent[i] ?? 0;
        fx[i] = (x[p] ?? 0) + linkLength * JITTER * Math.cos(i * GOLDEN_ANGLE);
        fy[i] = (y[p] ?? 0) + linkLength * JITTER * Math.sin(i * GOLDEN_ANGLE);
      }
      simulate(fine, fx, fy, options.iterations, LEVEL_ALPHA, linkLength);
      x = fx;
      y = fy;
    }
  }
  return new Map(ids.map((id, i) => [id, { x: x[i] ?? 0, y: y[i] ?? 0 }]));
}
