// A report's text cut into the pieces the review shows differently: lines cleaning removed (with why), the names,
// dates and sums found, and the quote of the proposal being looked at. Offsets are UTF-16 code units into the
// source's text, end exclusive, as the API gives them.
import type { MentionData, RemovedSpan } from './report-types.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextSegment extends Span {
  text: string;
  /** The removed line this piece lies in (clamped to the text), or null. */
  removed: RemovedSpan | null;
  /** The index (in the mentions given) of the mention this piece lies in; the earliest given wins an overlap. */
  mention: number | null;
  /** Inside the highlighted quote. */
  quote: boolean;
}

interface Marks {
  removed: readonly RemovedSpan[];
  mentions: readonly Pick<MentionData, 'start' | 'end'>[];
  quote: Span | null;
}

const clamp = (n: number, length: number) => Math.min(Math.max(Math.trunc(n), 0), length);

/** Spans inside the text and not empty; offsets past the end are cut, not trusted. */
function usable<T extends Span>(spans: readonly T[], length: number): { span: T; index: number }[] {
  return spans
    .map((span, index) => ({ span: { ...span, start: clamp(span.start, length), end: clamp(span.end, length) }, index }))
    .filter(({ span }) => span.start < span.end);
}

/** Sweeps the boundaries once, keeping which spans are open: linear in the text's marks, not their product. */
function openAt<T extends Span>(spans: { span: T; index: number }[], boundaries: number[]): ({ span: T; index: number } | null)[] {
  const starts = [...spans].sort((a, b) => a.span.start - b.span.start);
  const open: { span: T; index: number }[] = [];
  let next = 0;
  return boundaries.slice(0, -1).map((at) => {
    while (next < starts.length && starts[next]!.span.start <= at) open.push(starts[next++]!);
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.span.end <= at) open.splice(i, 1);
    return open.reduce<{ span: T; index: number } | null>((best, s) => (best === null || s.index < best.index ? s : best), null);
  });
}

/** Pieces that concatenate back to exactly `text`; neighbours with the same marks are one piece. */
export function reportSegments(text: string, marks: Marks): TextSegment[] {
  const length = text.length;
  if (length === 0) return [];
  const removed = usable(marks.removed, length);
  const mentions = usable(marks.mentions, length);
  const quote = marks.quote ? usable([marks.quote], length)[0]?.span : undefined;
  const points = new Set([0, length]);
  for (const { span } of [...removed, ...mentions, ...(quote ? [{ span: quote }] : [])]) points.add(span.start).add(span.end);
  const boundaries = [...points].sort((a, b) => a - b);
  const removedAt = openAt(removed, boundaries);
  const mentionAt = openAt(mentions, boundaries);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    const piece = {
      start,
      end,
      removed: removedAt[i]?.span ?? null,
      mention: mentionAt[i]?.index ?? null,
      quote: quote !== undefined && quote.start <= start && end <= quote.end,
    };
    const last = segments[segments.length - 1];
    if (last && last.removed === piece.removed && last.mention === piece.mention && last.quote === piece.quote) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ ...piece, text: text.slice(start, end) });
    }
  }
  return segments;
}

/** Kinds of mention that are values, not names: they are never linked to an entity. */
export const VALUE_KINDS: readonly string[] = ['date', 'money', 'duration'];

/** What hovering or focusing a mention says: the entity it was linked to and how well, or why none. */
export function mentionNote(mention: Omit<MentionData, 'start' | 'end'>): string {
  const why = mention.reasons.length > 0 ? ` (${mention.reasons.join('; ')})` : '';
  if (VALUE_KINDS.includes(mention.kind))
    return `${mention.kind}${mention.value && mention.value !== mention.text ? `: ${mention.value}` : ''}`;
  const kind = mention.subkind ? `${mention.kind}, ${mention.subkind}` : mention.kind;
  if (mention.entity) return `${mention.entity.name} · ${kind} · score ${(mention.score ?? 0).toFixed(2)}${why}`;
  return `${kind} · not linked${why}`;
}
