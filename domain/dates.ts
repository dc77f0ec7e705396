// ISO partial dates ("2017", "2017-01", "2017-01-04") as the interval of days they cover. Pure: the browser uses it too.

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
