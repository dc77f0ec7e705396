// The Edit tab: the form for what is being edited. The same target keeps its form (and what was typed in it); a
// quote chosen in a source viewer only fills its citation.
import type { Editing, EditTarget } from './store.js';
import type { EditForm } from './form-shell.js';

const keyOf = (target: EditTarget) => JSON.stringify(target);

export class EditPanel {
  private key: string | null = null;
  private form: EditForm | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly build: (target: EditTarget) => EditForm | null,
    private readonly idle: () => HTMLElement,
  ) {}

  /** Shows the form for `editing`; true when one is shown. */
  render(editing: Editing | null): boolean {
    if (!editing) {
      this.key = null;
      this.form = null;
      this.container.replaceChildren(this.idle());
      return false;
    }
    const key = keyOf(editing.target);
    if (key !== this.key || !this.form) {
      this.form = this.build(editing.target);
      this.key = key;
      this.container.replaceChildren(...(this.form ? [this.form.element] : [this.idle()]));
    }
    this.form?.setCitation(editing.citation);
    return this.form !== null;
  }
}
