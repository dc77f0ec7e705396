// The always-visible legend, one entry per kind the vocabulary holds; clicking a kind shows or hides it (the kind filter).
import type { KindTerm } from './api-types.js';
import { PATH_COLOURS } from './graph-style.js';
import { swatchShape, termLabel } from './vocabulary.js';

function swatch(colour: string, shape: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'swatch';
  span.style.background = colour;
  const { borderRadius, clipPath } = swatchShape(shape);
  span.style.borderRadius = borderRadius;
  span.style.clipPath = clipPath;
  return span;
}

function lineSample(colour: string, style: 'solid' | 'dotted' | 'dashed'): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'line-sample';
  span.style.borderTop = `4px ${style} ${colour}`;
  return span;
}

export function renderLegend(
  container: HTMLElement,
  kinds: readonly KindTerm[],
  shownKinds: readonly string[],
  onToggle: (kind: string) => void,
): void {
  // Redrawn after every change: keep keyboard focus on the kind that was just toggled.
  const focused = container.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.kind : undefined;
  container.replaceChildren();
  for (const kind of kinds) {
    const button = document.createElement('button');
    button.type = 'button';
    const label = termLabel(kind.name);
    const shown = shownKinds.length === 0 || shownKinds.includes(kind.name);
    button.setAttribute('aria-pressed', String(shown));
    button.title = `${shown ? 'Hide' : 'Show'} ${label.toLowerCase()}: ${kind.description}`;
    button.append(swatch(kind.color, kind.shape), label);
    button.dataset.kind = kind.name;
    button.addEventListener('click', () => onToggle(kind.name));
    container.append(button);
    if (kind.name === focused) button.focus();
  }
  const note = document.createElement('div');
  note.className = 'note';
  const contested = document.createElement('div');
  contested.append(lineSample('#CC79A7', 'dashed'), ' ⚠ sources disagree');
  const stated = document.createElement('div');
  stated.append(lineSample(PATH_COLOURS.stated, 'solid'), ' path one source states');
  const joined = document.createElement('div');
  joined.append(lineSample(PATH_COLOURS.joined, 'dotted'), ' path joined from several sources');
  note.append(contested, stated, joined);
  container.append(note);
}
