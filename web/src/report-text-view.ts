// The left half of the review: the report's text as the server read it, with the lines cleaning removed (greyed and
// struck, with why, or folded away), the names, dates and sums found underlined by kind (hover or focus says what a
// name was linked to and how well), and the quote of the proposal being looked at highlighted.
import type { Vocabulary } from './api-types.js';
import { el } from './dom.js';
import { mentionNote, reportSegments, VALUE_KINDS, type Span, type TextSegment } from './report-text.js';
import type { MentionData, ReportData } from './report-types.js';
import { kindStyle, termLabel } from './vocabulary.js';

function mentionNode(mention: MentionData, vocabulary: Vocabulary, content: Node): HTMLElement {
  const value = VALUE_KINDS.includes(mention.kind);
  const node = el('span', undefined, `mention ${value ? 'mention-value' : mention.entity ? 'mention-linked' : 'mention-unlinked'}`);
  node.dataset.kind = mention.kind;
  node.dataset.note = mentionNote(mention);
  node.title = node.dataset.note;
  node.tabIndex = 0;
  if (!value) node.style.setProperty('--kind-colour', kindStyle(vocabulary.kinds, mention.kind).colour);
  node.append(content);
  return node;
}

function segmentNode(segment: TextSegment, report: ReportData, vocabulary: Vocabulary, showRemoved: boolean): Node | null {
  const { removed } = segment;
  const first = removed !== null && segment.start === removed.start;
  if (removed && !showRemoved) {
    if (!first) return null;
    const marker = el('span', `⋯ removed: ${removed.reason}`, 'removed-marker');
    marker.title = `Cleaning took this out (${removed.reason}); tick “Show removed” to see it.`;
    return marker;
  }
  let node: Node = document.createTextNode(segment.text);
  const mention = segment.mention === null ? undefined : report.mentions[segment.mention];
  if (mention) node = mentionNode(mention, vocabulary, node);
  if (segment.quote) {
    const mark = el('mark');
    mark.append(node);
    node = mark;
  }
  if (!removed) return node;
  const del = el('del', undefined, 'removed');
  del.title = `Removed by cleaning: ${removed.reason}`;
  if (first) del.append(el('span', removed.reason, 'removed-reason'));
  del.append(node);
  return del;
}

function legend(report: ReportData, vocabulary: Vocabulary): HTMLElement {
  const box = el('p', undefined, 'report-text-legend meta');
  const kinds = [...new Set(report.mentions.map((m) => m.kind).filter((k) => !VALUE_KINDS.includes(k)))];
  for (const kind of kinds) {
    const sample = el('span', termLabel(kind), 'mention mention-linked');
    sample.style.setProperty('--kind-colour', kindStyle(vocabulary.kinds, kind).colour);
    box.append(sample, ' ');
  }
  box.append(el('span', 'not linked', 'mention mention-unlinked'), ' ', el('span', 'date, sum, length', 'mention mention-value'));
  return box;
}

export class ReportTextView {
  readonly element = el('section', undefined, 'report-text-pane');
  private readonly text = el('div', undefined, 'report-text');
  private readonly toggle = Object.assign(el('input'), { type: 'checkbox', name: 'show-removed' });
  private quote: Span | null = null;

  constructor(
    private readonly report: ReportData,
    private readonly vocabulary: Vocabulary,
  ) {
    this.text.dataset.source = report.source.id;
    this.text.setAttribute('aria-label', 'The report’s text');
    const bar = el('div', undefined, 'report-text-bar');
    const label = el('label', undefined, 'check');
    label.append(this.toggle, ` Show removed (${report.removed.length})`);
    this.toggle.disabled = report.removed.length === 0;
    this.toggle.addEventListener('change', () => this.draw(false));
    bar.append(el('h3', 'Text'), label, legend(report, vocabulary));
    this.element.append(bar, this.text);
    this.draw(false);
  }

  /** Highlights a quote (or none) and scrolls it into view. */
  highlight(quote: Span | null): void {
    this.quote = quote;
    this.draw(true);
  }

  private draw(scroll: boolean): void {
    const { report } = this;
    const segments = reportSegments(report.source.text ?? '', { removed: report.removed, mentions: report.mentions, quote: this.quote });
    const nodes = segments.map((s) => segmentNode(s, report, this.vocabulary, this.toggle.checked)).filter((n): n is Node => n !== null);
    this.text.replaceChildren(...nodes);
    if (scroll) this.text.querySelector('mark')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
