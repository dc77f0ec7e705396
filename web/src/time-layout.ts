// The time-ordered layout: one lane per kind (in the vocabulary's order), dated entities placed left to right by date
// within their lane; below them the undated ones, in labelled lanes of their own by kind (near the dated entities they
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

/** Greedy interval packing: each item takes the first row where it starts right of the last one's end. */
function packRows(items: readonly { id: string; x: number; width: number }[]): { id: string; x: number; row: number }[] {
  const sorted = [...items].sort((a, b) => a.x - b.x || byId(a, b));
  const rowEnds: number[] = [];
  return sorted.map(({ id, x, width }) => {
    const left = x - width / 2;
    let row = rowEnds.findIndex((end) => left >= end + GAP);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = x + width / 2;
    return { id, x, row };
  });
}

function kindRank(kindOrder: readonly string[]) {
  const rank = (k: string) => (kindOrder.includes(k) ? kindOrder.indexOf(k) : kindOrder.length);
  return (a: string, b: string) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The first of every month from the January before the first date to the January after the last. */
function ticksBetween(firstDay: number, lastDay: number, xOf: (day: number) => number): TimeAxis['ticks'] {
  const firstYear = new Date(firstDay * 86_400_000).getUTCFullYear();
  const lastYear = new Date(lastDay * 86_400_000).getUTCFullYear();
  const ticks: TimeAxis['ticks'] = [];
  for (let year = firstYear; year <= lastYear; year += 1)
    MONTHS.forEach((name, i) => ticks.push({ x: xOf(dayOf(year, i + 1, 1)), label: i === 0 ? String(year) : name, major: i === 0 }));
  ticks.push({ x: xOf(dayOf(lastYear + 1, 1, 1)), label: String(lastYear + 1), major: true });
  return ticks;
}

export function timeOrderedLayout(nodes: readonly LayoutNode[], kindOrder: readonly string[] = []): TimeLayout {
  const positions = new Map<string, Point>();
  const lanes: TimeAxis['lanes'] = [];
  const dated = nodes.filter((n): n is LayoutNode & { date: string } => n.date !== null && isPartialDate(n.date));
  const days = new Map(dated.map((n) => [n.id, dayNumber(n.date)]));
  const allDays = [...days.values()];
  const minDay = allDays.length > 0 ? Math.min(...allDays) : 0;
  const span = allDays.length > 0 ? Math.max(...allDays) - minDay : 0;
  // Room in proportion to how many dated entities share the span, within bounds a screen can show.
  const width = Math.min(8000, Math.max(1200, dated.length * 70));
  const xOf = (day: number): number => (span === 0 ? width / 2 : ((day - minDay) / span) * width);
  const compare = kindRank(kindOrder);

  let top = 0;
  const byNode = new Map(nodes.map((n) => [n.id, n]));
  const placeLane = (kind: string, undated: boolean, items: { id: string; x: number; width: number }[]) => {
    if (items.length === 0) return;
    const rows = packRows(items);
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

  // Undated entities sit near the dated ones they link to; those linked to none are lined up from the left.
  const undated = nodes.filter((n) => !days.has(n.id)).sort((a, b) => compare(a.kind, b.kind) || byId(a, b));
  let nextFree = 0;
  const anchored = undated.map((n) => {
    const xs = n.neighbours.flatMap((id) => {
      const day = days.get(id);
      return day === undefined ? [] : [xOf(day)];
    });
    const w = widthOf(n);
    if (xs.length > 0) return { id: n.id, x: xs.reduce((a, b) => a + b, 0) / xs.length, width: w };
    const x = nextFree + w / 2;
    nextFree += w + GAP;
    return { id: n.id, x, width: w };
  });
  for (const kind of [...new Set(undated.map((n) => n.kind))])
    placeLane(
      kind,
      true,
      anchored.filter((_, i) => undated[i]!.kind === kind),
    );

  const ticks = allDays.length > 0 ? ticksBetween(minDay, minDay + span, xOf) : [];
  return { positions, axis: { ticks, lanes } };
}
