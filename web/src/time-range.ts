// Date filtering and time stepping for the timeline slider, over ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and
// ranges of them (2015/2017, 2015/.., ../2017). Dates themselves are domain/dates.ts, shared with the API.

import { OPEN_START, dateInterval as dateBounds } from '../../domain/dates.js';

export interface Dated {
  id: string;
  date: string | null;
}

export { isDate as isPartialDate, dateInterval as dateBounds } from '../../domain/dates.js';

/** A date as a reader says it: `2015 – 2017`, `from 2015-03`, `until 2017`; a partial date as it is. */
export function describeDate(date: string): string {
  const [start, end] = date.split('/');
  if (end === undefined) return date;
  if (start === '..') return `until ${end}`;
  if (end === '..') return `from ${start}`;
  return `${start} – ${end}`;
}

/** The day a date is placed at on a time axis: where it starts, or where it ends when its start is open. */
export function anchorDay(date: string): string {
  const { start, end } = dateBounds(date);
  return start === OPEN_START ? end : start;
}

/** The month a date is placed at on a time axis. */
export function anchorMonth(date: string): string {
  return anchorDay(date).slice(0, 7);
}

/** Overlap rather than containment, so an event dated only '2017' still shows when the range is March 2017. */
export function isWithin(date: string | null, from: string | null, to: string | null): boolean {
  if (date === null) return true;
  const { start, end } = dateBounds(date);
  if (from !== null && end < dateBounds(from).start) return false;
  if (to !== null && start > dateBounds(to).end) return false;
  return true;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the earliest to the latest dated item, gaps included, so the slider moves at an even pace. */
export function monthSteps(items: readonly Dated[]): string[] {
  const months = items.flatMap((item) => (item.date === null ? [] : [anchorMonth(item.date)])).sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const steps: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) steps.push(month);
  return steps;
}

/** By interval start then end, so a coarse date ('2017') precedes the finer dates inside it; undated last; stable. */
export function sortByDate<T extends Dated>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({ item, bounds: item.date === null ? null : dateBounds(item.date) }));
  keyed.sort((a, b) => {
    if (a.bounds === null || b.bounds === null) return (a.bounds === null ? 1 : 0) - (b.bounds === null ? 1 : 0);
    if (a.bounds.start !== b.bounds.start) return a.bounds.start < b.bounds.start ? -1 : 1;
    if (a.bounds.end !== b.bounds.end) return a.bounds.end < b.bounds.end ? -1 : 1;
    return 0;
  });
  return keyed.map((k) => k.item);
}
