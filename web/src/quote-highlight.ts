// Locates a citation's quote inside its source's text, so the panel can show the quote in context.

export interface Segment {
  text: string;
  highlighted: boolean;
}

// Curated quotes are often retyped, so straight and curly quotation marks are treated as the same character.
const SINGLE_QUOTES = "'‘’‛′";
const DOUBLE_QUOTES = '"“”‟″';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tokenPattern(token: string): string {
  return Array.from(token)
    .map((ch) => {
      if (SINGLE_QUOTES.includes(ch)) return `[${escapeRegExp(SINGLE_QUOTES)}]`;
      if (DOUBLE_QUOTES.includes(ch)) return `[${escapeRegExp(DOUBLE_QUOTES)}]`;
      return escapeRegExp(ch);
    })
    .join('');
}

/** Segments that concatenate back to exactly sourceText, with every occurrence of the quote highlighted. */
export function highlightQuote(sourceText: string, quote: string): Segment[] {
  const tokens = quote
    .trim()
    .split(/\s+/)
    .filter((t) => t.length > 0);
  if (tokens.length === 0 || sourceText.length === 0) return [{ text: sourceText, highlighted: false }];
  // Any run of whitespace in the quote matches any run in the source (line breaks, double spaces, tabs).
  const pattern = new RegExp(tokens.map(tokenPattern).join('\\s+'), 'gu');
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of sourceText.matchAll(pattern)) {
    const start = match.index;
    if (start > cursor) segments.push({ text: sourceText.slice(cursor, start), highlighted: false });
    segments.push({ text: match[0], highlighted: true });
    cursor = start + match[0].length;
  }
  if (cursor < sourceText.length) segments.push({ text: sourceText.slice(cursor), highlighted: false });
  return segments.length > 0 ? segments : [{ text: sourceText, highlighted: false }];
}
