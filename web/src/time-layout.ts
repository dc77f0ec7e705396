// The time-ordered layout: one lane per kind (in the vocabulary's order), dated entities placed left to right by date
// within their lane (on a scale that gives busy months room and quiet ones little); below them the undated ones, in labelled lanes of their own by kind (near the dated entities they
// link to), never among the dated; rows packed so that no two names overlap; with the axis to draw behind them (year
// and month ticks, lane labels).
import { anchorDay, isPartialDate } from './time-range.js';

export interface LayoutNode {
  id: string;
  kind: string;
  date: string | null;
  neighbours: string[];
  /** The name drawn under the node: its length sets how much room the node needs. */
  name?: string;
}

type Point = { x: number; y: number };

export interface TimeAxis {
  /** The first of each month in the span, in layout coordinates; `major` at each 1 January. */
  ticks: { x: number; label: string; major: boolean }[];
  /** Horizontal bands, top to bottom: one per kind with dated entities, then one per kind with undated ones. */
  lanes: { kind: string; undated: boolean; top: number; bottom: number }[];
}

export interface TimeLayout {
  positions: Map<string, Point>;
  axis: TimeAxis;
}

const NODE_ROOM = 40; // a node and the space above its name
const LINE = 14; // one line of a name (11px type)
const LANE_GAP = 36;
const GAP = 14; // horizontal room between two names on one row
const UNDATED_DRIFT = 300; // how far right an undated entity may move from its anchor to stay on a row
const MIN_WIDTH = 56;
const MAX_LABEL = 130; // names wrap at this width (graph-style.ts)
const PX_PER_CHAR = 6.2;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

function dayNumber(text: string): number {
  const [year, month, day] = anchorDay(text).split('-').map(Number) as [number, number, number];
  return dayOf(year, month, day);
}

/** How wide a node's name is drawn, at most the wrap width. */
function widthOf(node: LayoutNode): number {
  return Math.max(MIN_WIDTH, Math.min(MAX_LABEL, (node.name ?? node.id).length * PX_PER_CHAR));
}

/** How many lines a node's name wraps to (words do not break, so a line holds a little less than it could). */
function linesOf(node: LayoutNode): number {
  return Math.max(1, Math.ceil(((node.name ?? node.id).length * PX_PER_CHAR * 1.15) / MAX_LABEL));
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Greedy interval packing: each item takes the first row where it starts right of the last one's end, moved right by
 * at most `drift` if that lets it stay on the row (0 for dated items: their place is their date).
 */
function packRows(items: readonly { id: string; x: number; width: number }[], drift = 0): { id: string; x: number; row: number }[] {
  const sorted = [...items].sort((a, b) => a.x - b.x || byId(a, b));
  const rowEnds: number[] = [];
  return sorted.map(({ id, x, width }) => {
    const shiftOn = (end: number) => Math.max(0, end + GAP - (x - width / 2));
    let row = rowEnds.findIndex((end) => shiftOn(end) <= drift);
    if (row < 0) row = rowEnds.push(-Infinity) - 1;
    const placed = x + shiftOn(rowEnds[row]!);
    rowEnds[row] = placed + width / 2;
    return { id, x: placed, row };
  });
}

function kindRank(kindOrder: readonly string[]) {
  const rank = (k: string) => (kindOrder.includes(k) ? kindOrder.indexOf(k) : kindOrder.length);
  return (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const EMPTY_MONTH = 8; // an empty month is drawn this wide: long quiet years do not push the busy months apart
const BUSY_MONTH = 30;
const PER_ENTITY = 45;
const MAX_MONTH = 700;

const monthOf = (day: number): number => {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};
const firstDayOf = (month: number): number => dayOf(Math.floor(month / 12), (month % 12) + 1, 1);

/**
 * A time scale with room where things happened: from the January before the first date to the January after the
 * last, each month as wide as the entities dated in it need, an empty one narrow. Returns where a day is, and a tick
 * at the start of every month.
 */
function monthScale(days: readonly number[]): { xOf: (day: number) => number; ticks: TimeAxis['ticks'] } {
  if (days.length === 0) return { xOf: () => 0, ticks: [] };
  const counts = new Map<number, number>();
  for (const day of days) counts.set(monthOf(day), (counts.get(monthOf(day)) ?? 0) + 1);
  const first = Math.floor(Math.min(...counts.keys()) / 12) * 12;
  const last = (Math.floor(Math.max(...counts.keys()) / 12) + 1) * 12;
  const starts = new Map<number, number>();
  let x = 0;
  for (let month = first; month <= last; month += 1) {
    starts.set(month, x);
    const count = counts.get(month) ?? 0;
    x += count === 0 ? EMPTY_MONTH : Math.min(MAX_MONTH, BUSY_MONTH + PER_ENTITY * count);
  }
  const xOf = (day: number): number => {
    const month = monthOf(day);
    const start = starts.get(month)!;
    const width = (starts.get(month + 1) ?? start) - start;
    return start + ((day - firstDayOf(month)) / (firstDayOf(month + 1) - firstDayOf(month))) * width;
  };
  const ticks = [...starts].map(([month, at]) => ({
    x: at,
    label: month % 12 === 0 ? String(month / 12) : MONTHS[month % 12]!,
    major: month % 12 === 0,
  }));
  return { xOf, ticks };
}

export function timeOrderedLayout(nodes: readonly LayoutNode[], kindOrder: readonly string[] = []): TimeLayout {
  const positions = new Map<string, Point>();
  const lanes: TimeAxis['lanes'] = [];
  const dated = nodes.filter((n): n is LayoutNode & { date: string } => n.date !== null && isPartialDate(n.date));
  const days = new Map(dated.map((n) => [n.id, dayNumber(n.date)]));
  const { xOf, ticks } = monthScale([...days.values()]);
  const compare = kindRank(kindOrder);

  let top = 0;
  const byNode = new Map(nodes.map((n) => [n.id, n]));
  const placeLane = (kind: string, undated: boolean, items: { id: string; x: number; width: number }[]) => {
    if (items.length === 0) return;
    const rows = packRows(items, undated ? UNDATED_DRIFT : 0);
    const count = rows.reduce((max, r) => Math.max(max, r.row + 1), 0);
    // Rows as tall as the longest name in the lane needs.
    const row = NODE_ROOM + LINE * Math.max(...items.map((i) => linesOf(byNode.get(i.id)!)));
    for (const r of rows) positions.set(r.id, { x: r.x, y: top + NODE_ROOM / 2 + r.row * row });
    lanes.push({ kind, undated, top, bottom: top + count * row });
    top += count * row + LANE_GAP;
  };

  const datedKinds = [...new Set(dated.map((n) => n.kind))].sort(compare);
  for (const kind of datedKinds)
    placeLane(
      kind,
      false,
      dated.filter((n) => n.kind === kind).map((n) => ({ id: n.id, x: xOf(days.get(n.id)!), width: widthOf(n) })),
    );

  // Undated entities sit near the dated ones they link to; those linked to none are spread along the axis (or lined up
  // from the left when nothing is dated), kind by kind.
  const undated = nodes.filter((n) => !days.has(n.id)).sort((a, b) => compare(a.kind, b.kind) || byId(a, b));
  const span = ticks.at(-1)?.x ?? 0;
  for (const kind of [...new Set(undated.map((n) => n.kind))]) {
    const ofKind = undated.filter((n) => n.kind === kind);
    const unanchored = ofKind.filter((n) => !n.neighbours.some((id) => days.has(id)));
    let nextFree = 0;
    const items = ofKind.map((n) => {
      const xs = n.neighbours.flatMap((id) => {
        const day = days.get(id);
        return day === undefined ? [] : [xOf(day)];
      });
      const width = widthOf(n);
      if (xs.length > 0) return { id: n.id, x: xs.reduce((a, b) => a + b, 0) / xs.length, width };
      if (span > 0) return { id: n.id, x: ((unanchored.indexOf(n) + 0.5) / unanchored.length) * span, width };
      nextFree += width + GAP;
      return { id: n.id, x: nextFree - GAP - width / 2, width };
    });
    placeLane(kind, true, items);
  }

  return { positions, axis: { ticks, lanes } };
}
