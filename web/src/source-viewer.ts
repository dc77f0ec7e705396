// A citation with its source, and the source's text on demand with the quote highlighted. For editors, a selection
// made in that text becomes a quote: "Cite selection" hands it on (to the form being edited, or to the fact shown).
import type { Citation, CitationInput, SourceText } from './api-types.js';
import { button, clearError, confirmButton, el, errorBox, showError } from './dom.js';
import { quoteFromSelection } from './edit-inputs.js';
import { highlightQuote } from './quote-highlight.js';

export interface CitationContext {
  loadSource: (id: string) => Promise<SourceText | null>;
  /** Editors only: what a selection becomes, and how a citation is removed from the fact that carries it. */
  editor: {
    cite: (ownerId: string | null, citation: CitationInput) => Promise<void>;
    remove: (ownerId: string, citation: CitationInput) => Promise<void>;
  } | null;
}

/** Tracks the selection inside `text`, enabling the cite button while words of it are selected. */
function citeBar(text: HTMLElement, sourceId: string, onCite: (citation: CitationInput) => Promise<void>): HTMLElement {
  const bar = el('div', undefined, 'cite-bar');
  const preview = el('span', 'Select words in the text to cite them.', 'selection-preview');
  const error = errorBox();
  let quote = '';
  const cite = button('Cite selection', () => {
    clearError(error);
    if (quote) onCite({ sourceId, quote }).catch((e: unknown) => showError(error, e));
  });
  cite.disabled = true;
  // Keep the selection when the button is pressed.
  cite.addEventListener('mousedown', (event) => event.preventDefault());
  const track = () => {
    if (!text.isConnected) return document.removeEventListener('selectionchange', track);
    const selection = document.getSelection();
    const inside = selection && !selection.isCollapsed && text.contains(selection.anchorNode) && text.contains(selection.focusNode);
    if (!inside) return;
    quote = quoteFromSelection(selection.toString());
    preview.textContent = quote ? `“${quote}”` : 'Select words in the text to cite them.';
    cite.disabled = quote === '';
  };
  document.addEventListener('selectionchange', track);
  bar.append(cite, preview, error);
  return bar;
}

/** The source's text, the quote (if any) highlighted and scrolled into view; a cite bar for editors. */
export function sourceTextView(sourceId: string, quote: string | null, context: CitationContext, ownerId: string | null): HTMLElement {
  const box = el('div', undefined, 'source-viewer');
  const text = el('div', 'Loading the source…', 'source-text');
  text.dataset.source = sourceId;
  box.append(text);
  const editor = context.editor;
  if (editor) box.append(citeBar(text, sourceId, (citation) => editor.cite(ownerId, citation)));
  void context
    .loadSource(sourceId)
    .catch(() => null)
    .then((source) => {
      text.replaceChildren();
      const body = source?.text ?? null;
      if (body === null) {
        text.textContent = 'The source text could not be loaded.';
        return;
      }
      for (const segment of quote ? highlightQuote(body, quote) : [{ text: body, highlighted: false }])
        text.append(segment.highlighted ? el('mark', segment.text) : segment.text);
      text.querySelector('mark')?.scrollIntoView({ block: 'center' });
    });
  return box;
}

/** A quote with its source; `ownerId`: the entity, link or claim that carries it. */
export function citationView(citation: Citation, context: CitationContext, ownerId: string | null, removable = false): HTMLElement {
  const box = el('div', undefined, 'citation');
  box.append(el('blockquote', `“${citation.quote}”`));
  const { source } = citation;
  const meta = el('p', [source.title, source.publisher, source.author, source.date].filter(Boolean).join(' · '), 'meta');
  if (source.url) {
    const link = el('a', ' link');
    link.href = source.url;
    link.target = '_blank';
    link.rel = 'noopener';
    meta.append(link);
  }
  meta.append(` [${source.id}]`);
  const show = button('Show in source', () => {
    show.remove();
    box.append(sourceTextView(source.id, citation.quote, context, ownerId));
  });
  const buttons = el('div', undefined, 'citation-actions');
  buttons.append(show);
  const editor = context.editor;
  if (editor && removable && ownerId) {
    const input = { sourceId: source.id, quote: citation.quote };
    const error = errorBox();
    buttons.append(
      confirmButton(
        'Remove citation',
        'Remove this quote from the fact?',
        () => void editor.remove(ownerId, input).catch((e: unknown) => showError(error, e)),
      ),
      error,
    );
  }
  box.append(meta, buttons);
  return box;
}
