// The review of one report: its text on the left (removed lines, mentions, the selected proposal's quote), its
// proposals on the right, grouped and filtered by status, each decided on its own, or all those at or above a
// confidence at once. Every decision reloads the report, so what is shown is what the server holds.
import type { SearchHitData, Vocabulary } from './api-types.js';
import { ApiError } from './api.js';
import { button, el } from './dom.js';
import { proposalCard } from './proposal-card.js';
import { graphTarget, type GraphTarget } from './proposal-decisions.js';
import type { BulkOutcome } from './report-api.js';
import { groupProposals, pendingAtOrAbove, proposalSummary, statusCounts, timeLabel, type StatusFilter } from './report-proposals.js';
import { sizeLabel } from './report-input.js';
import { ReportTextView } from './report-text-view.js';
import type { ProposalData, ProposalEdit, ReportData } from './report-types.js';

export interface ReviewContext {
  vocabulary: () => Vocabulary;
  load: (sourceId: string) => Promise<ReportData | null>;
  accept: (id: string, edit: ProposalEdit | null) => Promise<ProposalData>;
  reject: (id: string, reason: string | null) => Promise<ProposalData>;
  acceptAbove: (sourceId: string, minConfidence: number) => Promise<BulkOutcome>;
  search: (text: string) => Promise<SearchHitData[]>;
  /** Facts were added or corroborated: what the graph shows is stale. */
  changed: () => void;
  showInGraph: (target: GraphTarget) => void;
}

const FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'PENDING', label: 'Pending' },
  { value: 'ACCEPTED', label: 'Accepted' },
  { value: 'REJECTED', label: 'Rejected' },
  { value: 'ALL', label: 'All' },
];

const message = (e: unknown) => (e instanceof ApiError ? e.message : 'Something went wrong; the server log has the details.');

export class ReportReview {
  readonly element = el('section', undefined, 'report-review');
  private readonly head = el('header', undefined, 'review-head');
  private readonly notice = el('div', undefined, 'review-notice');
  private readonly filters = el('div', undefined, 'filters');
  private readonly groups = el('div', undefined, 'proposal-groups');
  private readonly pane = el('section', undefined, 'proposals-pane');
  private readonly body = el('div', undefined, 'review-body');
  private report: ReportData | null = null;
  private text: ReportTextView | null = null;
  private filter: StatusFilter | null = null;
  private selected: string | null = null;
  private threshold = 0.8;

  constructor(
    readonly sourceId: string,
    private readonly context: ReviewContext,
    notice: string | null,
  ) {
    this.element.dataset.source = sourceId;
    this.notice.setAttribute('role', 'status');
    this.filters.setAttribute('role', 'group');
    this.filters.setAttribute('aria-label', 'Show proposals');
    this.pane.append(this.filters, this.groups);
    this.element.append(this.head, this.notice, this.body);
    this.head.append(el('p', 'Loading the report…', 'hint'));
    if (notice) this.say(notice);
    void this.reload();
  }

  /** Fetches the report again and redraws the proposals (the text is drawn once: it never changes). */
  async reload(): Promise<void> {
    try {
      const report = await this.context.load(this.sourceId);
      if (!report) return this.fail(`No report has the id ${this.sourceId}.`);
      this.report = report;
      this.filter ??= report.pendingCount > 0 ? 'PENDING' : 'ALL';
      if (!this.text) {
        this.text = new ReportTextView(report, this.context.vocabulary());
        this.body.replaceChildren(this.text.element, this.pane);
      }
      this.drawHead(report);
      this.drawProposals(report);
    } catch (e) {
      this.fail(message(e));
    }
  }

  private fail(text: string): void {
    this.head.replaceChildren(el('h2', 'This report could not be opened'), el('p', text, 'form-error'));
  }

  private say(text: string, action?: { label: string; run: () => void }): void {
    this.notice.replaceChildren(el('span', text));
    if (action) this.notice.append(' ', button(action.label, action.run, 'show-in-graph'));
  }

  private drawHead(report: ReportData): void {
    const { source } = report;
    const title = el('div', undefined, 'review-title');
    title.append(el('h2', source.title));
    const about = el('p', [source.publisher, source.author, source.date].filter(Boolean).join(' · '), 'meta');
    if (source.url) {
      const link = Object.assign(el('a', source.url), { href: source.url, target: '_blank', rel: 'noopener' });
      about.append(about.textContent ? ' · ' : '', link);
    }
    const taken = `Taken in ${timeLabel(report.capturedAt)}${report.capturedBy ? ` by ${report.capturedBy}` : ''} · ${report.fileName ?? report.mediaType} · ${sizeLabel(report.byteSize)} · ${report.pendingCount} of ${report.proposalCount} proposals pending`;
    title.append(about, el('p', taken, 'meta'));
    this.head.replaceChildren(title, this.acceptAllBar(report));
  }

  private acceptAllBar(report: ReportData): HTMLElement {
    const bar = el('div', undefined, 'accept-all');
    const label = el('label', 'Accept all pending at or above', 'accept-all-label');
    const slider = Object.assign(el('input'), { type: 'range', min: '0', max: '1', step: '0.05', id: 'accept-all-range' });
    label.htmlFor = slider.id;
    const number = Object.assign(el('input'), { type: 'number', min: '0', max: '1', step: '0.05', name: 'min-confidence' });
    number.setAttribute('aria-label', 'Minimum confidence, 0 to 1');
    const go = el('button');
    go.type = 'button';
    const ask = el('span', undefined, 'confirm-question');
    ask.hidden = true;
    const update = (value: number) => {
      this.threshold = Math.min(Math.max(Number.isFinite(value) ? value : 0.8, 0), 1);
      slider.value = String(this.threshold);
      number.value = String(this.threshold);
      const n = pendingAtOrAbove(report.proposals, this.threshold).length;
      go.textContent = `Accept ${n}`;
      go.disabled = n === 0;
      ask.hidden = true;
      go.hidden = false;
    };
    slider.addEventListener('input', () => update(Number(slider.value)));
    number.addEventListener('change', () => update(Number(number.value)));
    go.addEventListener('click', () => {
      const n = pendingAtOrAbove(report.proposals, this.threshold).length;
      ask.replaceChildren(
        el('span', `Accept ${n} pending proposal${n === 1 ? '' : 's'} at ${Math.round(this.threshold * 100)}% or more?`),
        button('Yes, accept them', () => void this.acceptAll(), 'danger'),
        button('Cancel', () => update(this.threshold)),
      );
      ask.hidden = false;
      go.hidden = true;
    });
    update(this.threshold);
    bar.append(label, slider, number, go, ask);
    return bar;
  }

  private async acceptAll(): Promise<void> {
    const report = this.report;
    if (!report) return;
    this.say('Accepting…');
    let said: string;
    try {
      const outcome = await this.context.acceptAbove(report.source.id, this.threshold);
      const byId = new Map(report.proposals.map((p) => [p.id, p]));
      const failed = outcome.failed.map((f) => {
        const p = byId.get(f.id);
        return `${p ? proposalSummary(p) : f.id}: ${f.message}`;
      });
      said = `Accepted ${outcome.accepted.length}.${failed.length > 0 ? ` ${failed.length} could not be accepted and stay pending — ${failed.join(' · ')}` : ''}`;
      if (outcome.accepted.length > 0) this.context.changed();
    } catch (e) {
      said = `Nothing was accepted: ${message(e)}`;
    }
    // The counts and the message change together.
    await this.reload();
    this.say(said);
  }

  private drawProposals(report: ReportData): void {
    const counts = statusCounts(report.proposals);
    this.filters.replaceChildren(
      ...FILTERS.map((f) => {
        const b = button(`${f.label} (${counts[f.value]})`, () => {
          this.filter = f.value;
          this.drawProposals(report);
        });
        b.dataset.filter = f.value;
        b.setAttribute('aria-pressed', String(this.filter === f.value));
        return b;
      }),
    );
    const scroll = this.pane.scrollTop;
    const groups = groupProposals(report.proposals, this.filter ?? 'ALL');
    this.groups.replaceChildren(
      ...groups.map((group) => {
        const section = el('section', undefined, `proposal-group ${group.name}`);
        section.append(el('h3', `${group.title} (${group.proposals.length})`));
        for (const p of group.proposals) section.append(this.card(p, report));
        return section;
      }),
    );
    if (groups.length === 0)
      this.groups.append(
        el('p', report.proposals.length === 0 ? 'Nothing was proposed from this report.' : 'No proposal has this status.', 'hint'),
      );
    this.pane.scrollTop = scroll;
  }

  private card(p: ProposalData, report: ReportData): HTMLElement {
    return proposalCard(p, {
      vocabulary: this.context.vocabulary(),
      all: report.proposals,
      selected: this.selected === p.id,
      select: (chosen) => this.select(chosen),
      search: this.context.search,
      showInGraph: this.context.showInGraph,
      accept: async (chosen, edit) => {
        const done = await this.context.accept(chosen.id, edit);
        this.context.changed();
        await this.reload();
        const target = this.report ? graphTarget(done, this.report.proposals) : null;
        this.say(
          `Accepted: ${proposalSummary(done)}.`,
          target ? { label: 'Show in graph', run: () => this.context.showInGraph(target) } : undefined,
        );
      },
      reject: async (chosen, reason) => {
        const done = await this.context.reject(chosen.id, reason);
        await this.reload();
        this.say(`Rejected: ${proposalSummary(done)}.`);
      },
    });
  }

  /** Shows a proposal's quote in the text; the cards keep any form open in them. */
  private select(p: ProposalData): void {
    this.selected = p.id;
    for (const card of this.groups.querySelectorAll<HTMLElement>('article.proposal')) {
      const on = card.dataset.id === p.id;
      card.classList.toggle('selected', on);
      card.querySelector('.proposal-summary')?.setAttribute('aria-pressed', String(on));
    }
    this.text?.highlight({ start: p.start, end: p.end });
  }
}
