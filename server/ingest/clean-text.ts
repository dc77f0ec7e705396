// Finds the parts of a scraped report that are not the report: page controls, share and comment widgets, cookie and
// login prompts, calls to action, link lists, footers, a heading printed twice and keyword-salad spam. Spans are
// whole lines, so the text keeps its offsets and quotes taken from it stay verbatim. The rules are deliberately
// conservative: chrome left in costs a little noise, an article sentence cut out costs a fact.
import { classifyInContext } from './boilerplate-context.js';
import { isLinkLine, matchRules, splitLines, type Line, type Reason } from './boilerplate-lines.js';
import { isKeywordSalad, markWrappedSalad } from './spam-paragraphs.js';

export interface RemovedSpan {
  start: number;
  end: number;
  reason: string;
}

function classifyLine(line: Line): Reason | undefined {
  if (line.words === 0) return undefined;
  if (isKeywordSalad(line.text)) return 'spam paragraph';
  if (isLinkLine(line.text)) return 'link list';
  return matchRules(line.text, line.words);
}

/** The boilerplate in `text`: sorted, non-overlapping spans of whole lines (without their line breaks). */
export function findBoilerplate(text: string): RemovedSpan[] {
  const lines = splitLines(text);
  const reasons = lines.map(classifyLine);
  markWrappedSalad(lines, reasons);
  classifyInContext(lines, reasons);
  return lines.flatMap((line, i) => {
    const reason = reasons[i];
    return reason ? [{ start: line.start, end: line.end, reason }] : [];
  });
}

/** The text without the removed spans, blank lines collapsed: for display and logs, not for offsets. */
export function keptText(text: string, removed: readonly RemovedSpan[]): string {
  let kept = '';
  let at = 0;
  for (const span of [...removed].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    kept += text.slice(at, span.start);
    const lineBreak = /^\r?\n/.exec(text.slice(span.end, span.end + 2));
    const atLineStart = span.start === 0 || text[span.start - 1] === '\n';
    at = span.end + (atLineStart && lineBreak ? lineBreak[0].length : 0);
  }
  kept += text.slice(at);
  return kept
    .replace(/\n[ \t\r]*(?=\n)/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, text.endsWith('\n') ? '\n' : '');
}

/** Whether [start, end) overlaps a removed span (an empty range: whether its position lies inside one). */
export function isRemoved(removed: readonly RemovedSpan[], start: number, end: number): boolean {
  return removed.some((span) => (end > start ? span.start < end && start < span.end : span.start <= start && start < span.end));
}
