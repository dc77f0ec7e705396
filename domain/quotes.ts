// The quote check every citation passes, in the seed loader, the API and the ingestion alike: the quote must be in its
// source's text. Typography may differ (curly or straight quotes, dashes, soft hyphens, spacing); words may not.
// When a quote is not found, the nearest passage of the source is named, so the fix is a glance away.
import { MAX_QUOTE_LENGTH, fieldProblem } from './input-rules.js';

export { MAX_QUOTE_LENGTH };
/**
 * A quote identifies a passage: one word ("Kazakhstan") would match wherever it stands, so it cannot cite anything.
 * Two words of twelve characters or more can (a full name, "Serik Zhumabayev", cites the person it names).
 */
export const MIN_QUOTE_LENGTH = 12;
export const MIN_QUOTE_WORDS = 2;

const TYPOGRAPHY: [RegExp, string][] = [
  [/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, ''], // soft hyphen, zero-width characters
  [/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  [/\u2026/g, '...'],
];

/** The text as quotes are compared: typographic variants folded, runs of white space one space. */
export function normaliseForQuote(text: string): string {
  let result = text.normalize('NFC');
  for (const [pattern, replacement] of TYPOGRAPHY) result = result.replace(pattern, replacement);
  return result.replace(/\s+/g, ' ').trim();
}

/** Whether `quote` appears in `text`, typography aside. */
export function containsQuote(text: string, quote: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle.length > 0 && normaliseForQuote(text).includes(needle);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

// In scripts written without spaces between words each character counts as a word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** How many words a quote has, as MIN_QUOTE_WORDS counts them. */
export function quoteWordCount(quote: string): number {
  const unspaced = quote.match(UNSPACED)?.length ?? 0;
  return words(quote.replace(UNSPACED, ' ')).length + unspaced;
}

/** Why a quote could not cite any text (too short to identify a passage, too long, a forbidden character), or null. */
export function quoteShapeProblem(quote: string): string | null {
  const character = fieldProblem('the quote', quote, 'quote');
  if (character) return character;
  const length = normaliseForQuote(quote).length;
  if (length < MIN_QUOTE_LENGTH || quoteWordCount(quote) < MIN_QUOTE_WORDS)
    return `the quote must have at least ${MIN_QUOTE_WORDS} words and ${MIN_QUOTE_LENGTH} characters, enough to identify a passage`;
  if (length > MAX_QUOTE_LENGTH) return `the quote must be at most ${MAX_QUOTE_LENGTH} characters`;
  return null;
}

/**
 * The passage of `text` (as many words as the quote, in the source's own spelling) that shares the most words with
 * the quote, or null when none shares any. One pass over the text, plus a bounded tie-break.
 */
export function nearestPassage(text: string, quote: string): string | null {
  const wanted = words(quote);
  if (wanted.length === 0) return null;
  const tokens = [...normaliseForQuote(text).matchAll(/[\p{L}\p{N}]+/gu)];
  if (tokens.length === 0) return null;
  const need = new Map<string, number>();
  for (const w of wanted) need.set(w, (need.get(w) ?? 0) + 1);
  const window = Math.min(wanted.length, tokens.length);
  const have = new Map<string, number>();
  let shared = 0;
  const add = (w: string, delta: 1 | -1) => {
    const before = have.get(w) ?? 0;
    const after = before + delta;
    have.set(w, after);
    const cap = need.get(w) ?? 0;
    shared += Math.min(after, cap) - Math.min(before, cap);
  };
  // Ties go to the window whose words stand where the quote has them ("the union was dissolved" for "the union was
  // disbanded", not "silent. The union was").
  // The tie-break costs the quote's length per tie; past a bound (a long quote in a long text) ties go to the first.
  const alignTies = tokens.length * window <= 5_000_000;
  const aligned = (start: number) => (alignTies ? wanted.filter((w, k) => tokens[start + k]?.[0].toLowerCase() === w).length : 0);
  let best = { shared: 0, aligned: 0, start: 0 };
  tokens.forEach((token, i) => {
    add(token[0].toLowerCase(), 1);
    if (i >= window) add(tokens[i - window]![0].toLowerCase(), -1);
    if (i < window - 1 || shared === 0 || shared < best.shared) return;
    const start = i - window + 1;
    const inPlace = aligned(start);
    if (shared > best.shared || inPlace > best.aligned) best = { shared, aligned: inPlace, start };
  });
  if (best.shared === 0) return null;
  const normalised = normaliseForQuote(text);
  const first = tokens[best.start]!;
  const last = tokens[best.start + window - 1]!;
  return normalised.slice(first.index, last.index + last[0].length);
}

/** Why a quote cannot cite this text, or null when it can. */
export function quoteProblem(text: string, quote: string): string | null {
  const shape = quoteShapeProblem(quote);
  if (shape) return shape;
  if (containsQuote(text, quote)) return null;
  const nearest = nearestPassage(text, quote);
  return `the quote "${clip(quote)}" is not in the source's text${nearest ? `; the nearest passage is "${clip(nearest)}"` : ''}`;
}

function clip(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
