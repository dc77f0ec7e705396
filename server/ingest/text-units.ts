// Words and sentences with their offsets in the report's text, skipping what cleaning removed, so every quote a
// proposal carries is a verbatim slice of the text.
import type { RemovedSpan } from './clean-text.js';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-/&.][\p{L}\p{N}]+)*(?:[’'](?=\s|$|[,;:.!?)]))?/gu;

export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** Abbreviations a full stop does not end a sentence after. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no nos vs etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec art para ltd inc co corp gen col lt sgt rev jr sr'.split(
    ' ',
  ),
);

function endsSentence(text: string, at: number): boolean {
  // `at` is the index of . ! or ?; the next non-space must start a new sentence.
  const after = text.slice(at + 1);
  const next = /^["”’)\]]*\s+(["“‘(]?)(\S)/u.exec(after);
  if (!next) return /^["”’)\]]*\s*$/u.test(after);
  if (!/[\p{Lu}\p{N}]/u.test(next[2]!)) return false;
  if (text[at] !== '.') return true;
  const before = /([\p{L}.]+)$/u.exec(text.slice(0, at))?.[1] ?? '';
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "N. Nazarbayev"
  return !ABBREVIATIONS.has(before.toLowerCase());
}

/** Sentences of one stretch of text: split at sentence ends and at line breaks. */
function splitStretch(text: string, offset: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) {
      const s = offset + start + lead;
      sentences.push({ text: body, start: s, end: s + body.length, tokens: tokenize(body, s) });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') push(i + 1);
    else if ((ch === '.' || ch === '!' || ch === '?') && endsSentence(text, i)) {
      let end = i + 1;
      while (end < text.length && /["”’)\]]/u.test(text[end]!)) end++;
      push(end);
    }
  }
  push(text.length);
  return sentences;
}

/** The sentences of the text outside the removed spans, in order. */
export function splitSentences(text: string, removed: readonly RemovedSpan[] = []): Sentence[] {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const span of [...sorted, { start: text.length, end: text.length, reason: '' }]) {
    if (span.start > from) sentences.push(...splitStretch(text.slice(from, span.start), from));
    from = Math.max(from, span.end);
  }
  return sentences;
}

/** A headline in Title Case capitalises common words too, so capitals say nothing about names there. */
const TITLE_CASE_SHARE = 0.7;
export function isTitleCase(tokens: readonly Token[], text = ''): boolean {
  // A sentence that ends with a full stop is prose, however many names it holds.
  if (/[.!?]["”’)]*$/u.test(text.trim())) return false;
  const long = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  return long.length >= 3 && long.filter((t) => /^\p{Lu}/u.test(t.text)).length / long.length >= TITLE_CASE_SHARE;
}
