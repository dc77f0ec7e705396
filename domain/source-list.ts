// Quotes numbered against one list of their sources, in the order first cited: what a dossier, a slide and a handout
// print under what they show.
import type { ExportCitation } from './export/graph-data.js';

export interface NumberedSource {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
}

/** A quote with the number of its source in the list. */
export interface NumberedQuote {
  quote: string;
  sourceNumber: number;
}

/** `quotes` numbers citations as it meets them; `sources` is the list the numbers point into (1-based). */
export function sourceNumbering(): {
  sources: NumberedSource[];
  quotes: (citations: readonly ExportCitation[] | undefined) => NumberedQuote[];
} {
  const sources: NumberedSource[] = [];
  const numbers = new Map<string, number>();
  const quotes = (citations: readonly ExportCitation[] | undefined): NumberedQuote[] =>
    (citations ?? []).map(({ quote, source }) => {
      if (!numbers.has(source.id)) {
        sources.push({
          id: source.id,
          title: source.title ?? null,
          publisher: source.publisher ?? null,
          date: source.date ?? null,
          url: source.url ?? null,
        });
        numbers.set(source.id, sources.length);
      }
      return { quote, sourceNumber: numbers.get(source.id)! };
    });
  return { sources, quotes };
}
