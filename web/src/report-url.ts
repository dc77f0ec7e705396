// The review screen open is part of the page's address, so a reload or a shared link reopens it: `report=<source id>`
// for a report under review, `reports=duplicates` for the possible duplicates.
import type { ReportsScreen } from './store.js';

const KEY = 'report';
const SCREEN_KEY = 'reports';

const params = (query: string) => new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
const appended = (viewQuery: string, part: string) => (viewQuery ? `${viewQuery}&${part}` : part);

export function reportFromQuery(query: string): string | null {
  const value = params(query).get(KEY);
  return value && value.trim() ? value : null;
}

/** The view's query with the report under review added (or none); the view's own parameters are left as written. */
export function withReport(viewQuery: string, sourceId: string | null): string {
  if (!sourceId) return viewQuery;
  return appended(viewQuery, `${KEY}=${encodeURIComponent(sourceId)}`);
}

/** The screen the address reopens, if any: adding a report and the list are not kept in it. */
export function reportsScreenFromQuery(query: string): ReportsScreen | null {
  const sourceId = reportFromQuery(query);
  if (sourceId) return { screen: 'review', sourceId };
  return params(query).get(SCREEN_KEY) === 'duplicates' ? { screen: 'duplicates' } : null;
}

/** The view's query with the open screen added, when the address keeps it. */
export function withReportsScreen(viewQuery: string, screen: ReportsScreen | null): string {
  if (screen?.screen === 'review') return withReport(viewQuery, screen.sourceId);
  if (screen?.screen === 'duplicates') return appended(viewQuery, `${SCREEN_KEY}=duplicates`);
  return viewQuery;
}
