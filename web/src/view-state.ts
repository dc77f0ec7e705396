// The view encoded in the URL, so a shared link reopens exactly what its sender saw.
import { isPartialDate } from './time-range.js';

/** How the view is drawn: a graph layout, or the map of places. */
export type LayoutName = 'fcose' | 'concentric' | 'hierarchical' | 'timeline' | 'map';
export type SizeBy = 'none' | 'degree' | 'betweenness';
/** What the time range does with entities and links that have no date: keep them in every range, or leave them out once a range is set. */
export type UndatedMode = 'keep' | 'leave-out';

export interface ViewState {
  roots: string[];
  hidden: string[];
  pinned: string[];
  selected: string | null;
  kinds: string[];
  types: string[];
  from: string | null;
  to: string | null;
  layout: LayoutName;
  sizeBy: SizeBy;
  /** Entities outside the date range are hidden when true, faded when false. */
  hideOutside: boolean;
  undated: UndatedMode;
  trace: { from: string; to: string; first: number; maxHops: number } | null;
}

/** The part of the view undo records: what is drawn and how. Selection and the time range are not steps. */
export type GraphState = Omit<ViewState, 'selected' | 'from' | 'to' | 'hideOutside' | 'undated'>;

export function graphStateOf(view: ViewState): GraphState {
  const { roots, hidden, pinned, kinds, types, layout, sizeBy, trace } = view;
  return { roots, hidden, pinned, kinds, types, layout, sizeBy, trace };
}

export const DEFAULT_VIEW: ViewState = {
  roots: [],
  hidden: [],
  pinned: [],
  selected: null,
  kinds: [],
  types: [],
  from: null,
  to: null,
  layout: 'fcose',
  sizeBy: 'none',
  hideOutside: false,
  undated: 'keep',
  trace: null,
};

const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'hierarchical', 'timeline', 'map'];
const SIZE_BYS: readonly SizeBy[] = ['none', 'degree', 'betweenness'];
const LIST_KEYS = ['roots', 'hidden', 'pinned', 'kinds', 'types'] as const;

// encodeURIComponent leaves '~' alone, but '~' separates the parts of a trace.
function enc(text: string): string {
  return encodeURIComponent(text).replace(/~/g, '%7E');
}

function dec(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Only non-default fields, in a fixed order, so equal views always give identical links. */
export function encodeView(view: ViewState): string {
  const parts: string[] = [];
  const list = (key: string, items: readonly string[]): void => {
    if (items.length > 0) parts.push(`${key}=${items.map(enc).join(',')}`);
  };
  list('roots', view.roots);
  list('hidden', view.hidden);
  list('pinned', view.pinned);
  if (view.selected !== null) parts.push(`selected=${enc(view.selected)}`);
  list('kinds', view.kinds);
  list('types', view.types);
  if (view.from !== null) parts.push(`from=${enc(view.from)}`);
  if (view.to !== null) parts.push(`to=${enc(view.to)}`);
  if (view.layout !== DEFAULT_VIEW.layout) parts.push(`layout=${view.layout}`);
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) parts.push(`sizeBy=${view.sizeBy}`);
  if (view.hideOutside) parts.push('hideOutside=1');
  if (view.undated !== DEFAULT_VIEW.undated) parts.push(`undated=${view.undated}`);
  if (view.trace !== null) parts.push(`trace=${enc(view.trace.from)}~${enc(view.trace.to)}~${view.trace.first}~${view.trace.maxHops}`);
  return parts.join('&');
}

function decodeList(value: string): string[] | null {
  if (value === '') return [];
  const items = value.split(',').map(dec);
  return items.every((item): item is string => item !== null) ? items : null;
}

function decodeDate(value: string): string | null {
  const date = dec(value);
  return date !== null && isPartialDate(date) ? date : null;
}

function bounded(text: string | undefined, fallback: number, max: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

function decodeTrace(value: string): ViewState['trace'] {
  const [rawFrom, rawTo, first, maxHops, ...rest] = value.split('~');
  if (rawFrom === undefined || rawTo === undefined || rest.length > 0) return null;
  const from = dec(rawFrom);
  const to = dec(rawTo);
  return from && to ? { from, to, first: bounded(first, 3, 10), maxHops: bounded(maxHops, 4, 6) } : null;
}

/** Links are hand-edited and outlive releases, so anything unreadable falls back to its default instead of failing. */
export function decodeView(query: string): ViewState {
  const view: ViewState = { ...DEFAULT_VIEW, roots: [], hidden: [], pinned: [], kinds: [], types: [] };
  const text = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      view[key as (typeof LIST_KEYS)[number]] = decodeList(value) ?? [];
    } else if (key === 'selected') {
      view.selected = dec(value) || null;
    } else if (key === 'from' || key === 'to') {
      view[key] = decodeDate(value);
    } else if (key === 'layout') {
      view.layout = LAYOUTS.find((l) => l === value) ?? DEFAULT_VIEW.layout;
    } else if (key === 'sizeBy') {
      view.sizeBy = SIZE_BYS.find((s) => s === value) ?? DEFAULT_VIEW.sizeBy;
    } else if (key === 'hideOutside') {
      view.hideOutside = value === '1';
    } else if (key === 'undated') {
      view.undated = value === 'leave-out' ? 'leave-out' : 'keep';
    } else if (key === 'trace') {
      view.trace = decodeTrace(value);
    }
  }
  return view;
}
