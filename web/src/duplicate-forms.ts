// The forms under a suggested pair: Same (which one to keep, said in words before it is merged), Different and
// Unsure, each with an optional reason. A refusal is shown in the form, which stays open.
import { button, clearError, el, errorBox, showError } from './dom.js';
import type { DuplicateDecisionKind, DuplicateSuggestionData } from './duplicate-types.js';
import { keepAndOther, suggestedKeep } from './duplicate-review.js';

/** Sends the decision; resolves once the screen has shown what came of it. */
export type Decide = (keepId: string, decision: DuplicateDecisionKind, reason: string | null) => Promise<void>;

const SUBMIT: Record<DuplicateDecisionKind, string> = { SAME: 'Merge', DIFFERENT: 'Mark different', UNSURE: 'Mark unsure' };
const EXPLAIN: Record<Exclude<DuplicateDecisionKind, 'SAME'>, string> = {
  DIFFERENT: 'Two entities: the pair will not be suggested again.',
  UNSURE: 'Cannot tell yet: the pair stays listed, marked unsure, with your reason.',
};

function keepChoice(s: DuplicateSuggestionData, explain: HTMLElement): { box: HTMLFieldSetElement; chosen: () => string } {
  const box = el('fieldset', undefined, 'keep-choice');
  box.append(el('legend', 'Keep which one?'));
  const name = `keep-${s.a.id}-${s.b.id}`;
  const initial = suggestedKeep(s.a, s.b);
  const radios = [s.a, s.b].map((e) => {
    const radio = Object.assign(el('input'), { type: 'radio', name, value: e.id, checked: e.id === initial });
    const label = el('label');
    label.append(radio, ` ${e.name} `, el('span', e.id, 'meta'));
    box.append(label);
    return radio;
  });
  const chosen = () => radios.find((r) => r.checked)?.value ?? initial;
  const say = () => {
    const { keep, other } = keepAndOther(s, chosen());
    explain.textContent = `“${other.name}” will be merged into “${keep.name}”: its names, citations, links and claims move over. Undo separates them again.`;
  };
  for (const radio of radios) radio.addEventListener('change', say);
  say();
  return { box, chosen };
}

export function decisionForm(
  s: DuplicateSuggestionData,
  decision: DuplicateDecisionKind,
  decide: Decide,
  close: () => void,
): HTMLFormElement {
  const form = el('form', undefined, `decision-form ${decision.toLowerCase()}`);
  form.dataset.decision = decision;
  const explain = el('p', decision === 'SAME' ? '' : EXPLAIN[decision], 'decision-explain');
  const choice = decision === 'SAME' ? keepChoice(s, explain) : null;
  const reason = Object.assign(el('input'), { type: 'text', name: 'reason', placeholder: 'Why? (optional)', maxLength: 500 });
  reason.setAttribute('aria-label', 'Why (optional)');
  const submit = Object.assign(el('button', SUBMIT[decision], decision === 'SAME' ? 'primary' : undefined), { type: 'submit' as const });
  const error = errorBox();
  const line = el('div', undefined, 'decision-line');
  line.append(reason, submit, button('Cancel', close));
  if (choice) form.append(choice.box);
  form.append(explain, line, error);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearError(error);
    submit.disabled = true;
    decide(choice?.chosen() ?? s.a.id, decision, reason.value.trim() || null)
      .catch((e: unknown) => showError(error, e))
      .finally(() => (submit.disabled = false));
  });
  queueMicrotask(() => (choice?.box.querySelector<HTMLInputElement>('input:checked') ?? reason).focus());
  return form;
}
