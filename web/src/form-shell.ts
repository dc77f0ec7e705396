// The frame of every editing form: a title, the fields, Save and Cancel, and the server's answer beside them. A
// refusal is shown in full (every problem, the nearest passage of a quote that was not found), never swallowed.
import { ApiError } from './api.js';
import type { CitationInput } from './api-types.js';
import type { Checked } from './edit-inputs.js';
import { button, clearError, el, errorBox, showError } from './dom.js';

export interface EditForm {
  element: HTMLElement;
  /** A quote chosen in a source viewer, for a form that creates a fact. */
  setCitation(citation: CitationInput | null): void;
}

export function formShell(
  title: string,
  fields: readonly HTMLElement[],
  handlers: { submit: () => Promise<void>; cancel: () => void; saveLabel?: string },
): HTMLFormElement {
  const form = el('form', undefined, 'edit-form');
  form.noValidate = true;
  const error = errorBox();
  const save = el('button', handlers.saveLabel ?? 'Save');
  save.type = 'submit';
  const buttons = el('div', undefined, 'actions');
  buttons.append(save, button('Cancel', handlers.cancel));
  form.append(el('h2', title), ...fields, error, buttons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearError(error);
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    handlers
      .submit()
      .catch((e: unknown) => showError(error, e))
      .finally(() => {
        save.disabled = false;
        form.removeAttribute('aria-busy');
      });
  });
  return form;
}

/**
 * The submit of a form that edits a fact (`before`) or creates one: check the values, refuse with every problem found,
 * else send the change or the new fact.
 */
export function saveOrCreate<B, P, I>(
  before: B | null,
  check: { change: (before: B) => Checked<P>; create: () => Checked<I> },
  send: { update: (before: B, change: P) => Promise<unknown>; create: (input: I) => Promise<unknown> },
): () => Promise<void> {
  return async () => {
    if (before) {
      const checked = check.change(before);
      if (!checked.value) refuse(checked.problems);
      await send.update(before, checked.value);
    } else {
      const checked = check.create();
      if (!checked.value) refuse(checked.problems);
      await send.create(checked.value);
    }
  };
}

/** Problems the page found before asking the server, shown like the server's own. */
export function refuse(problems: readonly string[]): never {
  throw new ApiError(problems.join('; '), 'BAD_USER_INPUT', problems);
}
