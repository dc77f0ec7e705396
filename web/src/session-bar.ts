// The toolbar's sign-in: a token field (kept for this tab only), who is signed in, and the editors' entry points.
import { el } from './dom.js';
import { roleDescription, SignInError } from './session.js';
import type { Session } from './store.js';

export interface SessionHandlers {
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
  newEntity: () => void;
  addWord: () => void;
  addReport: () => void;
  openReports: () => void;
  openDuplicates: () => void;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export class SessionBar {
  private readonly open = byId<HTMLButtonElement>('sign-in-open');
  private readonly form = byId<HTMLFormElement>('sign-in-form');
  private readonly token = byId<HTMLInputElement>('token-input');
  private readonly error = byId<HTMLElement>('sign-in-error');
  private readonly who = byId<HTMLElement>('session-status');
  private readonly signedIn = byId<HTMLElement>('signed-in');

  constructor(handlers: SessionHandlers) {
    this.open.addEventListener('click', () => this.ask(''));
    byId('sign-in-cancel').addEventListener('click', () => {
      this.form.hidden = true;
      this.open.hidden = false;
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const token = this.token.value.trim();
      if (!token) return this.fail('Paste the token you were given (npm run token -- create …).');
      this.error.textContent = '';
      this.form.setAttribute('aria-busy', 'true');
      handlers
        .signIn(token)
        .then(() => (this.token.value = ''))
        .catch((e: unknown) => this.fail(e instanceof SignInError || e instanceof Error ? e.message : 'Signing in failed.'))
        .finally(() => this.form.removeAttribute('aria-busy'));
    });
    byId('sign-out').addEventListener('click', handlers.signOut);
    byId('new-entity').addEventListener('click', handlers.newEntity);
    byId('add-word').addEventListener('click', handlers.addWord);
    byId('add-report').addEventListener('click', handlers.addReport);
    byId('open-reports').addEventListener('click', handlers.openReports);
    byId('open-duplicates').addEventListener('click', handlers.openDuplicates);
  }

  /** Opens the token field, with why (a server whose reads need a token says so). */
  ask(message: string): void {
    this.form.hidden = false;
    this.open.hidden = true;
    this.error.textContent = message;
    this.token.focus();
  }

  private fail(message: string): void {
    this.error.textContent = message;
  }

  render(session: Session | null): void {
    this.signedIn.hidden = session === null;
    this.open.hidden = session !== null || !this.form.hidden;
    if (session) this.form.hidden = true;
    this.who.textContent = session ? `Signed in as ${session.name} · ${roleDescription(session.role)}` : '';
    const editor = session?.role === 'editor' || session?.role === 'admin';
    byId('new-entity').hidden = !editor;
    byId('add-report').hidden = !editor;
    byId('open-reports').hidden = !editor;
    byId('open-duplicates').hidden = !editor;
    byId('add-word').hidden = session?.role !== 'admin';
    document.body.classList.toggle('can-edit', editor);
  }
}

export function idleEditHint(): HTMLElement {
  return el('p', 'Choose “Edit entity”, “Add link” or “Add claim” in the evidence panel, or “+ New entity” above.', 'hint');
}
