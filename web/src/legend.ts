// The always-visible legend; clicking a kind shows or hides it (the kind filter).
import { KIND_STYLES } from './graph-style.js';

export function renderLegend(container: HTMLElement, shownKinds: readonly string[], onToggle: (kind: string) => void): void {
  // Redrawn after every change: keep keyboard focus on the kind that was just toggled.
  const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.kind : undefined;
  container.replaceChildren();
  for (const [kind, style] of Object.entries(KIND_STYLES)) {
    const button = document.createElement('button');
    button.type = 'button';
    const shown = shownKinds.length === 0 || shownKinds.includes(kind);
    button.setAttribute('aria-pressed', String(shown));
    button.title = shown ? `Hide ${style.label.toLowerCase()}` : `Show ${style.label.toLowerCase()}`;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = style.colour;
    swatch.style.borderRadius = kind === 'person' ? '50%' : kind === 'organisation' ? '3px' : '0';
    if (kind === 'event') swatch.style.transform = 'rotate(45deg) scale(0.8)';
    button.append(swatch, style.label);
    button.dataset.kind = kind;
    button.addEventListener('click', () => onToggle(kind));
    container.append(button);
    if (kind === focused) button.focus();
  }
  const note = document.createElement('div');
  note.className = 'note';
  note.textContent = '⚠ double border, dashed link: sources disagree · green: traced path';
  container.append(note);
}
