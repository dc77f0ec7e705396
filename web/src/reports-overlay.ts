// The reports screens, over the whole page: "Add a report", the list of reports, and one report's review. Which one
// is open is the store's (and the address's); this only draws it. The form is built once, so what was typed in it
// survives closing the screen.
import type { SearchHitData, Vocabulary } from './api-types.js';
import { ApiError } from './api.js';
import { button, el } from './dom.js';
import * as duplicates from './duplicates-api.js';
import { DuplicatesView } from './duplicates-view.js';
import type { GraphTarget } from './proposal-decisions.js';
import * as api from './report-api.js';
import { reportForm } from './report-form.js';
import { reportList } from './report-list.js';
import { timeLabel } from './report-proposals.js';
import { ReportReview } from './report-review.js';
import type { ReportsScreen, Store } from './store.js';

export interface ReportsDeps {
  store: Store;
  search: (text: string) => Promise<SearchHitData[]>;
  /** Facts were added or corroborated: the graph's cached answers are stale. */
  changed: () => void;
  /** Closes the reports and shows an accepted fact in the graph. */
  showInGraph: (target: GraphTarget) => void;
}

export class ReportsOverlay {
  private readonly content = el('div', undefined, 'reports-content');
  private readonly nav = new Map<ReportsScreen['screen'], HTMLButtonElement>();
  private form: HTMLFormElement | null = null;
  private review: ReportReview | null = null;
  private duplicates: DuplicatesView | null = null;
  /** Said at the top of the next review opened: whether the report was new. */
  private notice: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly deps: ReportsDeps,
  ) {
    const open = (screen: ReportsScreen) => deps.store.dispatch({ type: 'openReports', screen });
    const bar = el('nav', undefined, 'reports-bar');
    bar.setAttribute('aria-label', 'Reports');
    const title = Object.assign(el('strong', 'Reports', 'reports-title'), { id: 'reports-title' });
    const add = button('+ Add a report', () => open({ screen: 'add' }));
    const list = button('All reports', () => open({ screen: 'list' }));
    const pairs = button('Possible duplicates', () => open({ screen: 'duplicates' }));
    pairs.title = 'Entities that are probably one: judge each pair from its evidence';
    this.nav.set('add', add).set('list', list).set('duplicates', pairs);
    const close = button('✕ Close', () => deps.store.dispatch({ type: 'closeReports' }), 'reports-close');
    close.title = 'Back to the graph (Escape)';
    bar.append(title, add, list, pairs, el('span', undefined, 'spacer'), close);
    container.setAttribute('role', 'dialog');
    container.setAttribute('aria-labelledby', title.id);
    container.append(bar, this.content);
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
      if (event.key === 'Escape' && !container.hidden && !typing) deps.store.dispatch({ type: 'closeReports' });
    });
  }

  render(screen: ReportsScreen | null): void {
    const wasHidden = this.container.hidden;
    this.container.hidden = screen === null;
    document.body.classList.toggle('reports-open', screen !== null);
    for (const [name, b] of this.nav) b.setAttribute('aria-current', String(screen?.screen === name));
    if (!screen) return;
    if (screen.screen === 'add') this.showForm();
    else if (screen.screen === 'list') void this.showList();
    else if (screen.screen === 'duplicates') this.showDuplicates();
    else this.showReview(screen.sourceId);
    if (wasHidden) this.container.querySelector<HTMLElement>('.reports-close')?.focus();
  }

  private showForm(): void {
    this.form ??= reportForm({
      ingest: api.ingestReport,
      cases: api.caseIds,
      opened: ({ report, created }) => {
        const n = report.proposalCount;
        this.notice = created
          ? `Taken in: ${n} proposal${n === 1 ? '' : 's'} to review.`
          : `Already taken in on ${timeLabel(report.capturedAt)}${report.capturedBy ? ` by ${report.capturedBy}` : ''}: nothing new was made. This is its review.`;
        this.review = null;
        this.deps.store.dispatch({ type: 'openReports', screen: { screen: 'review', sourceId: report.source.id } });
      },
    });
    this.content.replaceChildren(this.form);
    this.form.querySelector('textarea')?.focus();
  }

  private async showList(): Promise<void> {
    this.content.replaceChildren(el('p', 'Loading the reports…', 'hint'));
    const open = (sourceId: string) => this.deps.store.dispatch({ type: 'openReports', screen: { screen: 'review', sourceId } });
    try {
      const reports = await api.listReports();
      if (this.deps.store.get().reports?.screen !== 'list') return;
      this.content.replaceChildren(
        reportList(reports, open, () => this.deps.store.dispatch({ type: 'openReports', screen: { screen: 'add' } })),
      );
    } catch (e) {
      this.content.replaceChildren(el('p', e instanceof ApiError ? e.message : 'The reports could not be loaded.', 'form-error'));
    }
  }

  private showDuplicates(): void {
    this.duplicates ??= new DuplicatesView({
      load: () => duplicates.loadDuplicates(),
      decide: duplicates.decideDuplicate,
      undoMerge: duplicates.undoMerge,
      changed: this.deps.changed,
      showInGraph: this.deps.showInGraph,
    });
    this.duplicates.open();
    this.content.replaceChildren(this.duplicates.element);
  }

  private showReview(sourceId: string): void {
    if (this.review?.sourceId !== sourceId || this.notice) {
      this.review = new ReportReview(
        sourceId,
        {
          vocabulary: (): Vocabulary => this.deps.store.get().vocabulary,
          load: api.loadReport,
          accept: api.acceptProposal,
          reject: api.rejectProposal,
          acceptAbove: api.acceptProposals,
          search: this.deps.search,
          changed: this.deps.changed,
          showInGraph: this.deps.showInGraph,
        },
        this.notice,
      );
      this.notice = null;
    } else {
      void this.review.reload();
    }
    this.content.replaceChildren(this.review.element);
  }
}
