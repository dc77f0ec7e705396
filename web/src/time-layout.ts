// Positions for the time-ordered layout: dated nodes (of any kind) left to right by date, undated nodes in lanes by
// kind, the vocabulary's first kinds above the dated band and the rest below.
import { anchorDay, isPartialDate } from './time-range.js';

export interface LayoutNode {
  id: string;
  kind: string;
  date: string | null;
  neighbours: string[];
}

type Point = { x: number; y: number };

const ROW = 60; // vertical distance between stacked nodes
const MIN_DX = 60; // nodes closer than this horizontally would overlap, so they go on different rows
const LANE_GAP = 120;
const UNANCHORED_X = -200;

function dayNumber(text: string): number {
  const [year, month, day] = anchorDay(text).split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

/** Greedy row packing: each node takes the first row whose last node is far enough to its left. */
function packRows(items: readonly { id: string; x: number }[]): { id: string; x: number; row: number }[] {
  const sorted = [...items].sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lastX: number[] = [];
  return sorted.map(({ id, x }) => {
    let row = lastX.findIndex((last) => x - last >= MIN_DX);
    if (row < 0) row = lastX.push(x) - 1;
    else lastX[row] = x;
    return { id, x, row };
  });
}

function rowCount(rows: readonly { row: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.row + 1), 0);
}

/** Kinds of the undated nodes in vocabulary order (unknown kinds last, alphabetically), split into lanes above and below. */
function lanes(kinds: readonly string[], kindOrder: readonly string[]): { above: string[]; below: string[] } {
  const rank = (k: string) => (kindOrder.includes(k) ? kindOrder.indexOf(k) : kindOrder.length);
  const sorted = [...new Set(kinds)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const split = Math.floor(sorted.length / 2);
  return { above: sorted.slice(0, split), below: sorted.slice(split) };
}

export function timeOrderedPositions(nodes: readonly LayoutNode[], kindOrder: readonly string[] = [], width = 1600): Map<string, Point> {
  const positions = new Map<string, Point>();
  const dated = nodes.filter((n): n is LayoutNode & { date: string } => n.date !== null && isPartialDate(n.date));
  const days = new Map(dated.map((n) => [n.id, dayNumber(n.date)]));
  const allDays = [...days.values()];
  const minDay = Math.min(...allDays);
  const span = Math.max(...allDays) - minDay;
  const xOf = (day: number): number => (span === 0 ? width / 2 : ((day - minDay) / span) * width);

  const events = packRows(dated.map((n) => ({ id: n.id, x: xOf(days.get(n.id) ?? minDay) })));
  const eventRows = rowCount(events);
  for (const e of events) positions.set(e.id, { x: e.x, y: (e.row - (eventRows - 1) / 2) * ROW });
  const bandHalf = (Math.max(eventRows, 1) - 1) * (ROW / 2);

  const undated = nodes.filter((n) => !days.has(n.id));
  const anchorX = (n: LayoutNode): number => {
    const xs = n.neighbours.flatMap((id) => {
      const day = days.get(id);
      return day === undefined ? [] : [xOf(day)];
    });
    return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : UNANCHORED_X;
  };
  const { above, below } = lanes(
    undated.map((n) => n.kind),
    kindOrder,
  );

  const placeLanes = (kinds: readonly string[], direction: -1 | 1): void => {
    let edge = bandHalf; // distance from the band centre to the outer edge of what is already placed
    for (const kind of kinds) {
      const lane = packRows(undated.filter((n) => n.kind === kind).map((n) => ({ id: n.id, x: anchorX(n) })));
      if (lane.length === 0) continue;
      const start = edge + LANE_GAP;
      for (const r of lane) positions.set(r.id, { x: r.x, y: direction * (start + r.row * ROW) });
      edge = start + (rowCount(lane) - 1) * ROW;
    }
  };
  placeLanes(above, -1);
  placeLanes(below, 1);
  return positions;
}
