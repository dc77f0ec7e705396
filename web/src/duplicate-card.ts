// One suggested pair, side by side: each entity's name, kind, other names and a few quotes with their sources, the
// fields on which they differ marked; how likely they are one and why; and Same, Different and Unsure. A pair merged
// here is shown in its place with Undo.
import { button, clearError, el, errorBox, showError } from './dom.js';
import { decisionForm, type Decide } from './duplicate-forms.js';
import { differences, scoreLabel, sharedSources, sideSummary, type ComparedField, type MergedPair } from './duplicate-review.js';
import type { DuplicateDecisionKind, DuplicateEntity, DuplicateSuggestionData } from './duplicate-types.js';

const ACTIONS: readonly { decision: DuplicateDecisionKind; label: string; title: string }[] = [
  { decision: 'SAME', label: 'Same…', title: 'One entity: merge one into the other (undoable)' },
  { decision: 'DIFFERENT', label: 'Different…', title: 'Two entities: never suggest this pair again' },
  { decision: 'UNSURE', label: 'Unsure…', title: 'Cannot tell yet: keep it listed, marked' },
];

function fieldLine(label: string, value: string, differs: boolean, className: string): HTMLElement {
  const line = el('p', undefined, `${className}${differs ? ' differs' : ''}`);
  if (label) line.append(el('span', `${label}: `, 'field-label'));
  line.append(value);
  if (differs) line.title = 'The other one differs here';
  return line;
}

function side(e: DuplicateEntity, differing: ReadonlySet<ComparedField>): HTMLElement {
  const summary = sideSummary(e);
  const box = el('section', undefined, 'duplicate-side');
  box.dataset.id = e.id;
  box.append(el('h3', summary.name));
  box.append(fieldLine('', summary.kind || '(no kind)', differing.has('kind') || differing.has('subkind'), 'side-kind meta'));
  box.lastElementChild?.append(` · ${e.id}`);
  if (e.date || differing.has('date')) box.append(fieldLine('Date', e.date ?? '—', differing.has('date'), 'side-date'));
  if (e.description || differing.has('description'))
    box.append(fieldLine('Description', e.description ?? '—', differing.has('description'), 'side-description'));
  box.append(fieldLine('Also written', summary.aliases.length > 0 ? summary.aliases.join(' · ') : 'no other names', false, 'side-aliases'));
  const evidence = el('div', undefined, 'side-evidence');
  evidence.append(el('h4', `Evidence (${e.citations.length})`));
  for (const q of summary.quotes) {
    const quote = el('blockquote', undefined, 'side-quote');
    quote.append(el('span', `“${q.quote}”`, 'quote-text'), el('cite', q.source));
    quote.dataset.source = q.sourceId;
    evidence.append(quote);
  }
  if (summary.moreQuotes > 0) evidence.append(el('p', `and ${summary.moreQuotes} more`, 'meta'));
  box.append(evidence);
  return box;
}

function head(s: DuplicateSuggestionData): HTMLElement {
  const box = el('header', undefined, 'pair-head');
  const score = el('span', undefined, 'pair-score');
  const meter = el('meter');
  Object.assign(meter, { min: 0, max: 1, low: 0.7, high: 0.85, optimum: 1, value: s.score });
  score.append(meter, ` ${scoreLabel(s.score)} likely one`);
  score.title = 'How well the names fit, raised a little for each entity both are linked to';
  box.append(score);
  if (s.unsure) box.append(el('span', 'unsure', 'status unsure'));
  const differing = differences(s.a, s.b);
  if (differing.length > 0) box.append(el('span', `Differ in ${differing.map((d) => d.label).join(', ')}`, 'pair-differs'));
  const shared = sharedSources(s.a, s.b);
  if (shared.length > 0) box.append(el('span', `Both cited from ${shared.join('; ')}`, 'pair-shared meta'));
  return box;
}

export function pairCard(s: DuplicateSuggestionData, decide: Decide): HTMLElement {
  const card = el('article', undefined, `duplicate-pair${s.unsure ? ' unsure' : ''}`);
  Object.assign(card.dataset, { a: s.a.id, b: s.b.id, unsure: String(s.unsure) });
  card.setAttribute('aria-label', `${s.a.name} and ${s.b.name}`);
  const differing = new Set(differences(s.a, s.b).map((d) => d.field));
  const sides = el('div', undefined, 'pair-sides');
  sides.append(side(s.a, differing), Object.assign(el('span', '≈', 'pair-versus'), { title: 'Probably one?' }), side(s.b, differing));
  const reasons = el('ul', undefined, 'pair-reasons');
  for (const reason of s.reasons) reasons.append(el('li', reason));
  const why = el('div', undefined, 'pair-why');
  why.append(el('h4', 'Why suggested'), reasons);
  const buttons = el('div', undefined, 'buttons');
  const panel = el('div', undefined, 'pair-form');
  const open = (form: HTMLElement | null) => {
    panel.replaceChildren(...(form ? [form] : []));
    buttons.hidden = form !== null;
  };
  for (const action of ACTIONS) {
    const b = button(
      action.label,
      () => open(decisionForm(s, action.decision, decide, () => open(null))),
      `decide-${action.decision.toLowerCase()}`,
    );
    b.title = action.title;
    buttons.append(b);
  }
  const actions = el('div', undefined, 'pair-actions');
  actions.append(buttons, panel);
  card.append(head(s), sides, why, actions);
  return card;
}

export interface MergedCardContext {
  undo: (m: MergedPair) => Promise<void>;
  show: (m: MergedPair) => void;
}

export function mergedCard(m: MergedPair, context: MergedCardContext): HTMLElement {
  const card = el('article', undefined, 'duplicate-pair merged');
  Object.assign(card.dataset, { kept: m.kept.id, merged: m.merged.id, mergeId: m.mergeId });
  const line = el('p', undefined, 'merged-line');
  line.setAttribute('role', 'status');
  line.append(el('strong', 'Merged'), ` — “${m.merged.name}” into “${m.kept.name}”. `);
  const error = errorBox();
  const undo = button('Undo', () => {
    clearError(error);
    undo.disabled = true;
    context
      .undo(m)
      .catch((e: unknown) => showError(error, e))
      .finally(() => (undo.disabled = false));
  });
  undo.title = 'Separate the two again, as they were before the merge';
  line.append(
    undo,
    ' ',
    button('Show in graph', () => context.show(m), 'show-in-graph'),
  );
  card.append(line, error);
  return card;
}
