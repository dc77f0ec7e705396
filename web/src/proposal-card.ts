// One proposal in the review: the fact as a sentence, how sure, why, what it does to the graph, and the editor's
// Accept, Edit (then accept) and Reject (with a reason); once decided, who decided and a way to see it in the graph.
import type { SearchHitData, Vocabulary } from './api-types.js';
import { button, clearError, el, errorBox, showError } from './dom.js';
import { graphTarget, type GraphTarget } from './proposal-decisions.js';
import { proposalEditForm } from './proposal-edit-form.js';
import { confidenceLabel, decisionLine, proposalBadges, proposalSummary } from './report-proposals.js';
import type { ProposalData, ProposalEdit } from './report-types.js';

export interface ProposalCardContext {
  vocabulary: Vocabulary;
  /** Every proposal of the report: a link's proposed end is found among them. */
  all: readonly ProposalData[];
  selected: boolean;
  select: (p: ProposalData) => void;
  accept: (p: ProposalData, edit: ProposalEdit | null) => Promise<void>;
  reject: (p: ProposalData, reason: string | null) => Promise<void>;
  search: (text: string) => Promise<SearchHitData[]>;
  showInGraph: (target: GraphTarget) => void;
}

const STATUS_LABELS: Record<ProposalData['status'], string> = {
  PENDING: 'pending',
  ACCEPTING: 'being accepted',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
};

function confidenceMeter(confidence: number): HTMLElement {
  const box = el('span', undefined, 'confidence');
  const meter = el('meter');
  Object.assign(meter, { min: 0, max: 1, low: 0.5, high: 0.75, optimum: 1, value: confidence });
  box.append(meter, ` ${confidenceLabel(confidence)}`);
  box.title = 'How sure the rules and the name linking are';
  return box;
}

function rejectForm(p: ProposalData, context: ProposalCardContext, close: () => void): HTMLFormElement {
  const form = el('form', undefined, 'reject-form');
  const reason = Object.assign(el('input'), { type: 'text', name: 'reason', placeholder: 'Why? (optional)' });
  reason.setAttribute('aria-label', 'Why it is rejected');
  const error = errorBox();
  const submit = Object.assign(el('button', 'Reject', 'danger'), { type: 'submit' as const });
  form.append(reason, submit, button('Cancel', close), error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearError(error);
    submit.disabled = true;
    context
      .reject(p, reason.value.trim() || null)
      .catch((e: unknown) => showError(error, e))
      .finally(() => (submit.disabled = false));
  });
  queueMicrotask(() => reason.focus());
  return form;
}

function pendingActions(p: ProposalData, context: ProposalCardContext): HTMLElement {
  const actions = el('div', undefined, 'proposal-actions');
  const error = errorBox();
  const panel = el('div', undefined, 'proposal-form');
  const open = (form: HTMLElement | null) => {
    panel.replaceChildren(...(form ? [form] : []));
    buttons.hidden = form !== null;
  };
  const accept = button('Accept', () => {
    clearError(error);
    accept.disabled = true;
    context
      .accept(p, null)
      .catch((e: unknown) => showError(error, e))
      .finally(() => (accept.disabled = false));
  });
  const buttons = el('div', undefined, 'buttons');
  buttons.append(
    accept,
    button('Edit…', () => {
      context.select(p);
      open(
        proposalEditForm(p, {
          vocabulary: context.vocabulary,
          search: context.search,
          accept: (edit) => context.accept(p, edit),
          cancel: () => open(null),
        }),
      );
    }),
    button('Reject…', () => open(rejectForm(p, context, () => open(null)))),
  );
  actions.append(buttons, panel, error);
  return actions;
}

function decidedActions(p: ProposalData, context: ProposalCardContext): HTMLElement {
  const box = el('div', undefined, 'proposal-decision');
  box.append(el('span', decisionLine(p) ?? ''));
  const target = graphTarget(p, context.all);
  if (target)
    box.append(
      ' ',
      button('Show in graph', () => context.showInGraph(target), 'show-in-graph'),
    );
  return box;
}

export function proposalCard(p: ProposalData, context: ProposalCardContext): HTMLElement {
  const card = el('article', undefined, `proposal ${p.status.toLowerCase()}${context.selected ? ' selected' : ''}`);
  card.dataset.id = p.id;
  card.dataset.kind = p.kind;
  card.dataset.status = p.status;
  const summary = button(proposalSummary(p), () => context.select(p), 'proposal-summary');
  summary.title = 'Show its quote in the text';
  summary.setAttribute('aria-pressed', String(context.selected));
  const head = el('div', undefined, 'proposal-head');
  head.append(summary, el('span', STATUS_LABELS[p.status], `status ${p.status.toLowerCase()}`));
  const line = el('div', undefined, 'proposal-meta');
  line.append(confidenceMeter(p.confidence));
  for (const badge of proposalBadges(p)) {
    const chip = el('span', badge.label, `badge ${badge.tone}`);
    chip.title = badge.detail;
    line.append(chip);
  }
  const quote = el('blockquote', undefined, 'proposal-quote');
  quote.append(el('span', `“${p.quote}”`));
  card.append(head, line, quote);
  if (p.reasons.length > 0) card.append(el('p', `Why: ${p.reasons.join('; ')}`, 'proposal-reasons meta'));
  card.append(p.status === 'PENDING' ? pendingActions(p, context) : decidedActions(p, context));
  return card;
}
