// A report's title, byline and date as HTML meta tags and PDF document info give them, made uniform.

/** White space folded and trimmed, NFC; undefined when nothing is left. */
export function metadataText(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim().normalize('NFC');
  return cleaned || undefined;
}

/** YYYY-MM-DD from an ISO date or date-time, in the time zone it was written in; undefined unless a real date. */
export function isoDate(value: string | null | undefined): string | undefined {
  return calendarDate(/^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? ''));
}

/** YYYY-MM-DD from a match whose groups are year, month and day; undefined unless they make a real date. */
export function calendarDate(match: RegExpExecArray | null): string | undefined {
  return match && isRealDate(match[1], match[2], match[3]) ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function isRealDate(year = '', month = '', day = ''): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}
