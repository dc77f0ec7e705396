// Dates as sources give them: ISO partial dates ("2017", "2017-01", "2017-01-04") and ranges of them in the EDTF
// interval form ("2015/2017", "2015-03/..", "../2017": an open end is ".."), each as the interval of days it covers.
// Pure: the server, the seed loader and the browser share it.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Computed by hand rather than with Date.UTC, which maps years 0–99 onto 1900–1999.
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The first and last day a partial date covers, as YYYY-MM-DD strings (which sort as dates). */
export function dateRange(partial: string): { start: string; end: string } {
  const match = PARTIAL_DATE.exec(partial);
  if (!match || !isPartialDate(partial)) throw new RangeError(`"${partial}" is not an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [, year, month, day] = match;
  if (day !== undefined) return { start: partial, end: partial };
  if (month !== undefined)
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** What an open end of a range stands for, so ranges compare as strings like any other interval. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';
const OPEN = '..';

export const DATE_FORMAT_HINT = 'an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD) or a range of them (2015/2017, 2015/.., ../2017)';

/** A partial date or a range of two (either end may be open, not both; the start not after the end). */
export function isDate(text: string): boolean {
  if (isPartialDate(text)) return true;
  const parts = text.split('/');
  if (parts.length !== 2) return false;
  const [start, end] = parts as [string, string];
  if (start === OPEN && end === OPEN) return false;
  if (start !== OPEN && !isPartialDate(start)) return false;
  if (end !== OPEN && !isPartialDate(end)) return false;
  return start === OPEN || end === OPEN || dateRange(start).start <= dateRange(end).end;
}

/** The first and last day a date or range covers; an open end is OPEN_START or OPEN_END. */
export function dateInterval(text: string): { start: string; end: string } {
  if (isPartialDate(text)) return dateRange(text);
  if (!isDate(text)) throw new RangeError(`"${text}" is not ${DATE_FORMAT_HINT}`);
  const [start, end] = text.split('/') as [string, string];
  return { start: start === OPEN ? OPEN_START : dateRange(start).start, end: end === OPEN ? OPEN_END : dateRange(end).end };
}

/** Whether two dates can describe the same fact: either is unknown, or the days they cover overlap. */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  const x = dateInterval(a);
  const y = dateInterval(b);
  return x.start <= y.end && y.start <= x.end;
}

/** How much time a date leaves open, in milliseconds; an unknown date leaves all of it. */
export function dateWidth(date: string | null | undefined): number {
  if (!date) return Number.POSITIVE_INFINITY;
  const { start, end } = dateInterval(date);
  return Date.parse(end) - Date.parse(start === OPEN_START ? '0001-01-01' : start);
}

/** Chronological order: by the first day covered, the more precise first on a tie; unknown dates last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  const [x, y] = [dateInterval(a).start, dateInterval(b).start];
  return x < y ? -1 : x > y ? 1 : dateWidth(a) - dateWidth(b);
}

/** Of two compatible dates, the more precise one (the narrower interval); the known one when only one is. */
export function narrowerDate(a: string | null | undefined, b: string | null | undefined): string | null {
  return dateWidth(b) < dateWidth(a) ? (b ?? null) : (a ?? null);
}

/** The stored form of a date: the text and the interval it covers, so filters and sorting need no parsing in Cypher. */
export function storedDate(date: string | null | undefined) {
  const range = date ? dateInterval(date) : null;
  return { date: date ?? null, dateStart: range?.start ?? null, dateEnd: range?.end ?? null };
}
