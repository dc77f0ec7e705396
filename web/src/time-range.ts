// Date filtering and time stepping for the timeline slider, over ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD).
// Kept separate from server/model/partial-date.ts so the browser bundle never pulls in server code.

export interface Dated {
  id: string;
  date: string | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Computed by hand rather than with Date.UTC, which maps years 0–99 onto 1900–1999.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The first and last day a partial date covers, as YYYY-MM-DD strings (which sort as dates). Throws on malformed input. */
export function dateBounds(partial: string): { start: string; end: string } {
  const match = PARTIAL_DATE.exec(partial);
  if (!match || !isPartialDate(partial)) throw new RangeError(`"${partial}" is not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, year, month, day] = match;
  if (day !== undefined) return { start: partial, end: partial };
  if (month !== undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${last}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Overlap rather than containment, so an event dated only '2017' still shows when the range is March 2017. */
export function isWithin(date: string | null, from: string | null, to: string | null): boolean {
  if (date === null) return true;
  const { start, end } = dateBounds(date);
  if (from !== null && end < dateBounds(from).start) return false;
  if (to !== null && start > dateBounds(to).end) return false;
  return true;
}

export function outsideRange(items: readonly Dated[], from: string | null, to: string | null): string[] {
  return items.filter((item) => !isWithin(item.date, from, to)).map((item) => item.id);
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the earliest to the latest dated item, gaps included, so the slider moves at an even pace. */
export function monthSteps(items: readonly Dated[]): string[] {
  const months = items.flatMap((item) => (item.date === null ? [] : [dateBounds(item.date).start.slice(0, 7)])).sort();
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
