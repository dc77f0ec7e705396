// Rules that need a line's neighbours: a header followed by links, a heading or paragraph printed twice, a menu
// confirmed by its place, the labels inside a widget, the titles under a "Related articles" header.
import { forMatching, isLinkLine, RELATED_HEADERS, type Line, type Reason } from './boilerplate-lines.js';

/** A header that is chrome only when links follow it ("For further information:"). */
const LINK_HEADER =
  /^(for (further|more) (information|info|details)|further (information|reading)|more (information|info)|useful links|links|sources?|references|see also)$/;
/** Lines after a "Related articles" header are titles: short and without a closing full stop. */
const MAX_WORDS_OF_LINKED_TITLE = 15;
/** A repeated line this short is a heading; longer, a paragraph. */
const MAX_WORDS_OF_HEADING = 20;
/** Short lines without digits between two lines of the same widget are its labels ("Google photo"). */
const MAX_WORDS_OF_WIDGET_LABEL = 3;
const MAX_LINES_OF_WIDGET_LABELS = 2;

const comparable = (text: string) => text.toLowerCase();
const hasLetters = (text: string) => (text.match(/\p{L}/gu)?.length ?? 0) >= 2;
const nonBlank = (lines: readonly Line[]) => lines.map((_, i) => i).filter((i) => lines[i]?.words !== 0);

/** Marks in `reasons` the lines their neighbours show to be chrome; a menu found inside the article is unmarked again. */
export function classifyInContext(lines: readonly Line[], reasons: (Reason | undefined)[]): void {
  const order = nonBlank(lines);
  order.forEach((index, k) => {
    const line = lines[index];
    const next = lines[order[k + 1] ?? -1];
    const previous = lines[order[k - 1] ?? -1];
    if (!line || reasons[index]) return;
    if (next && LINK_HEADER.test(forMatching(line.text)) && isLinkLine(next.text)) reasons[index] = 'link list';
    else if (previous && hasLetters(line.text) && comparable(previous.text) === comparable(line.text))
      reasons[index] = line.words <= MAX_WORDS_OF_HEADING ? 'repeated heading' : 'repeated paragraph';
  });
  confirmMenus(order, reasons);
  absorbWidgetLabels(lines, order, reasons);
  absorbRelatedTitles(lines, order, reasons);
}

/** A menu stands at the top or bottom of the page or beside other chrome; pipe-separated lines inside the article stay. */
function confirmMenus(order: readonly number[], reasons: (Reason | undefined)[]): void {
  const isChrome = (k: number) => {
    if (k < 0 || k >= order.length) return true; // the top or the bottom of the page
    const reason = reasons[order[k] ?? -1];
    return reason !== undefined && reason !== 'navigation';
  };
  let k = 0;
  while (k < order.length) {
    if (reasons[order[k] ?? -1] !== 'navigation') {
      k++;
      continue;
    }
    let end = k;
    while (reasons[order[end + 1] ?? -1] === 'navigation') end++;
    if (!isChrome(k - 1) && !isChrome(end + 1)) for (let j = k; j <= end; j++) reasons[order[j] ?? -1] = undefined;
    k = end + 1;
  }
}

const isWidgetLabel = (line: Line) => line.words <= MAX_WORDS_OF_WIDGET_LABEL && !/[\d.!?]/.test(line.text);

function absorbWidgetLabels(lines: readonly Line[], order: readonly number[], reasons: (Reason | undefined)[]): void {
  for (let k = 1; k < order.length; k++) {
    let last = k;
    while (last < order.length && last - k < MAX_LINES_OF_WIDGET_LABELS) {
      const index = order[last] ?? -1;
      const line = lines[index];
      if (!line || reasons[index] || !isWidgetLabel(line)) break;
      last++;
    }
    const before = reasons[order[k - 1] ?? -1];
    const after = reasons[order[last] ?? -1];
    if (last === k || !before || before !== after || before.startsWith('repeated') || before === 'spam paragraph') continue;
    for (let j = k; j < last; j++) reasons[order[j] ?? -1] = before;
  }
}

/** Titles under a "Related articles" header, as long as nothing but titles and chrome follows to the end. */
function absorbRelatedTitles(lines: readonly Line[], order: readonly number[], reasons: (Reason | undefined)[]): void {
  const header = order.findLastIndex((i) => RELATED_HEADERS.some((p) => p.test(forMatching(lines[i]?.text ?? ''))));
  if (header === -1) return;
  const rest = order.slice(header + 1);
  const isTitle = (i: number) => {
    const line = lines[i];
    return line !== undefined && line.words <= MAX_WORDS_OF_LINKED_TITLE && !/[.!?]["”»]?$/.test(line.text);
  };
  if (!rest.every((i) => reasons[i] !== undefined || isTitle(i))) return;
  for (const i of rest) reasons[i] ??= 'link list';
}
