// Labelled inputs for the editing forms, and the citation field every new fact needs.
import type { CitationInput, SourceSummary, SourceText } from './api-types.js';
import { button, el } from './dom.js';
import { sourceTextView } from './source-viewer.js';

export interface Option {
  value: string;
  label: string;
  title?: string;
}

let counter = 0;
function labelled(labelText: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  const label = el('label', undefined, 'field');
  control.id ||= `field-${++counter}`;
  label.htmlFor = control.id;
  label.append(el('span', labelText, 'field-label'), control);
  if (hint) label.append(el('span', hint, 'hint'));
  return label;
}

export function textField(labelText: string, value: string, options: { hint?: string; name: string; placeholder?: string }) {
  const input = el('input');
  input.type = 'text';
  input.name = options.name;
  input.value = value;
  if (options.placeholder) input.placeholder = options.placeholder;
  return { row: labelled(labelText, input, options.hint), input };
}

export function textArea(labelText: string, value: string, name: string) {
  const input = el('textarea');
  input.name = name;
  input.rows = 2;
  input.value = value;
  return { row: labelled(labelText, input), input };
}

export function selectField(labelText: string, options: readonly Option[], value: string, config: { name: string; empty?: string }) {
  const select = el('select');
  select.name = config.name;
  setOptions(select, options, value, config.empty);
  return { row: labelled(labelText, select), select };
}

/** Replaces a select's options; `empty` adds a first option with the value "". */
export function setOptions(select: HTMLSelectElement, options: readonly Option[], value: string, empty?: string): void {
  select.replaceChildren();
  if (empty !== undefined) select.append(Object.assign(el('option', empty), { value: '' }));
  for (const option of options) {
    const item = el('option', option.label);
    item.value = option.value;
    if (option.title) item.title = option.title;
    select.append(item);
  }
  select.value = options.some((o) => o.value === value) ? value : '';
}

export function checkbox(labelText: string, checked: boolean, name: string) {
  const input = el('input');
  input.type = 'checkbox';
  input.name = name;
  input.checked = checked;
  const row = el('label', undefined, 'field check');
  row.append(input, ` ${labelText}`);
  return { row, input };
}

export interface CitationField {
  element: HTMLElement;
  set(citation: CitationInput | null): void;
  get(): CitationInput | null;
}

/**
 * The quote a new fact rests on: pick a source, read it, select the words and press "Cite selection" (or use the
 * same button in the evidence panel's source viewer). The quote stays editable.
 */
export function citationField(
  sources: Promise<SourceSummary[]>,
  loadSource: (id: string) => Promise<SourceText | null>,
  onCite: (citation: CitationInput) => void,
): CitationField {
  const box = el('fieldset', undefined, 'citation-field');
  box.append(el('legend', 'Citation'));
  const source = el('select');
  source.name = 'citation-source';
  source.setAttribute('aria-label', 'Source of the quote');
  const quote = el('textarea');
  quote.name = 'citation-quote';
  quote.rows = 3;
  quote.placeholder = 'Select the words in the source below, then press “Cite selection”.';
  quote.setAttribute('aria-label', 'Quote');
  const viewer = el('div', undefined, 'citation-viewer');
  const read = button('Read this source', () => {
    if (source.value)
      viewer.replaceChildren(
        sourceTextView(
          source.value,
          quote.value || null,
          { loadSource, editor: { cite: async (_owner, c) => onCite(c), remove: async () => {} } },
          null,
        ),
      );
  });
  void sources.then((list) => {
    const chosen = source.value;
    setOptions(
      source,
      list.map((s) => ({ value: s.id, label: `${s.title} [${s.id}]` })),
      chosen,
      'Choose a source…',
    );
  });
  box.append(labelled('Source', source), read, labelled('Quote', quote), viewer);
  return {
    element: box,
    set(citation) {
      if (!citation) return;
      if (![...source.options].some((o) => o.value === citation.sourceId)) {
        source.append(Object.assign(el('option', citation.sourceId), { value: citation.sourceId }));
      }
      source.value = citation.sourceId;
      quote.value = citation.quote;
    },
    get: () => (source.value && quote.value.trim() ? { sourceId: source.value, quote: quote.value.trim() } : null),
  };
}
