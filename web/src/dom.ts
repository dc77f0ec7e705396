// Small DOM builders the panels and forms share.
import { ApiError } from './api.js';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function button(label: string, run: () => void, className?: string): HTMLButtonElement {
  const b = el('button', label, className);
  b.type = 'button';
  b.addEventListener('click', run);
  return b;
}

/** A button that asks before it acts: the first click shows the question with Yes and Cancel beside it. */
export function confirmButton(label: string, question: string, run: () => void): HTMLElement {
  const box = el('span', undefined, 'confirm');
  const start = button(label, () => {
    const ask = el('span', undefined, 'confirm-question');
    ask.setAttribute('role', 'alertdialog');
    ask.append(
      el('span', question),
      button(
        `Yes, ${label.toLowerCase()}`,
        () => {
          ask.replaceWith(start);
          run();
        },
        'danger',
      ),
      button('Cancel', () => ask.replaceWith(start)),
    );
    start.replaceWith(ask);
  });
  box.append(start);
  return box;
}

/** The message of an error as the user should read it; BAD_USER_INPUT lists every problem. */
export function showError(box: HTMLElement, error: unknown): void {
  box.hidden = false;
  box.replaceChildren();
  if (!(error instanceof ApiError)) {
    box.append(el('p', 'Something went wrong; the server log has the details.'));
    return;
  }
  const lead =
    error.code === 'UNAUTHENTICATED'
      ? 'Your sign-in is no longer accepted; sign in again. '
      : error.code === 'FORBIDDEN'
        ? 'Your token may not do this. '
        : '';
  if (error.problems.length > 1) {
    box.append(el('p', `${lead}The server refused this:`));
    const list = el('ul');
    for (const problem of error.problems) list.append(el('li', problem));
    box.append(list);
  } else {
    box.append(el('p', `${lead}${error.problems[0] ?? error.message}`));
  }
}

export function clearError(box: HTMLElement): void {
  box.hidden = true;
  box.replaceChildren();
}

export function errorBox(): HTMLDivElement {
  const box = el('div', undefined, 'form-error');
  box.setAttribute('role', 'alert');
  box.hidden = true;
  return box;
}
