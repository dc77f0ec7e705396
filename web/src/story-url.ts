// The open story is part of the page's address (`story=<id>`), so that a shared link opens it for anyone who may read.

const KEY = 'story';

const params = (query: string) => new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);

/** The story a link opens; `showSlide` when the link names nothing else, so its first slide is drawn. */
export function storyFromQuery(query: string): { id: string; showSlide: boolean } | null {
  const all = params(query);
  const id = all.get(KEY);
  if (!id || !id.trim()) return null;
  return { id, showSlide: [...all.keys()].every((key) => key === KEY) };
}

/** The query with the story added (or none). */
export function withStory(query: string, id: string | null): string {
  if (!id) return query;
  const part = `${KEY}=${encodeURIComponent(id)}`;
  return query ? `${query}&${part}` : part;
}
