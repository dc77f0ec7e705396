// The report under review is part of the page's address (`report=<source id>`), so a reload or a shared link reopens it.

const KEY = 'report';

export function reportFromQuery(query: string): string | null {
  const value = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query).get(KEY);
  return value && value.trim() ? value : null;
}

/** The view's query with the report under review added (or none); the view's own parameters are left as written. */
export function withReport(viewQuery: string, sourceId: string | null): string {
  if (!sourceId) return viewQuery;
  const part = `${KEY}=${encodeURIComponent(sourceId)}`;
  return viewQuery ? `${viewQuery}&${part}` : part;
}
