// The evidence panel: an entity's or a link's details, claims, contradictions and every citation, with the quote
// shown in its source's text on demand.
import type { Citation, EntityData, RelationshipData, SourceText } from './api.js';
import { conflicts, type Conflict } from './graph-elements.js';
import { highlightQuote } from './quote-highlight.js';

export interface PanelActions {
  loadSource: (id: string) => Promise<SourceText | null>;
  entityActions: (entity: EntityData) => { label: string; run: () => void }[];
  linked: (id: string) => { id: string; name: string }[];
  select: (id: string) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function citationView(citation: Citation, actions: PanelActions): HTMLElement {
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
  const show = el('button', 'Show in source');
  show.type = 'button';
  show.addEventListener('click', async () => {
    show.disabled = true;
    const text = await actions.loadSource(source.id).catch(() => null);
    const pre = el('div', undefined, 'source-text');
    if (!text) pre.textContent = 'The source text could not be loaded.';
    for (const segment of text ? highlightQuote(text.text, citation.quote) : [])
      pre.append(segment.highlighted ? el('mark', segment.text) : segment.text);
    show.replaceWith(pre);
    pre.querySelector('mark')?.scrollIntoView({ block: 'center' });
  });
  box.append(meta, show);
  return box;
}

function citationsSection(title: string, citations: Citation[], actions: PanelActions): HTMLElement {
  const section = el('section');
  section.append(el('h3', `${title} (${citations.length})`));
  for (const citation of citations) section.append(citationView(citation, actions));
  return section;
}

function contradictionsSection(found: readonly Conflict[], actions: PanelActions): HTMLElement | null {
  if (found.length === 0) return null;
  const section = el('section');
  section.append(el('h3', '⚠ Sources disagree'));
  for (const conflict of found) {
    const box = el('div', undefined, 'contradiction');
    box.append(el('strong', conflict.attribute));
    for (const claim of conflict.claims) {
      box.append(el('p', claim.value, 'claim-value'));
      for (const citation of claim.citations) box.append(citationView(citation, actions));
    }
    section.append(box);
  }
  return section;
}

export function showEntity(panel: HTMLElement, entity: EntityData, actions: PanelActions): void {
  panel.replaceChildren(el('h2', entity.name));
  panel.append(el('p', [entity.kind, entity.subkind, entity.date].filter(Boolean).join(' · '), 'meta'));
  if (entity.dateInferred) panel.append(el('p', `Date inferred: ${entity.dateInferred}`, 'meta'));
  if (entity.description) panel.append(el('p', entity.description));
  if (entity.aliases.length > 0) panel.append(el('p', `Also written: ${entity.aliases.join(', ')}`, 'meta aliases'));
  const buttons = el('div', undefined, 'actions');
  for (const action of actions.entityActions(entity)) {
    const button = el('button', action.label);
    button.type = 'button';
    button.addEventListener('click', action.run);
    buttons.append(button);
  }
  panel.append(buttons);
  const found = conflicts(entity.claims);
  const disputed = contradictionsSection(found, actions);
  if (disputed) panel.append(disputed);
  const agreed = (entity.claims ?? []).filter((c) => !found.some((x) => x.attribute === c.attribute));
  if (agreed.length > 0) {
    const list = el('dl');
    for (const claim of agreed)
      list.append(el('dt', claim.attribute), el('dd', `${claim.value} — ${claim.citations.map((c) => c.source.id).join(', ')}`));
    panel.append(el('h3', 'Stated facts'), list);
  }
  panel.append(citationsSection('Evidence', entity.citations, actions));
  const linked = actions.linked(entity.id);
  if (linked.length > 0) {
    const list = el('ul', undefined, 'linked');
    for (const other of linked) {
      const button = el('button', other.name);
      button.type = 'button';
      button.addEventListener('click', () => actions.select(other.id));
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    panel.append(el('h3', 'Linked in this view'), list);
  }
}

export function showRelationship(
  panel: HTMLElement,
  rel: RelationshipData,
  ends: { source: EntityData | null; target: EntityData | null },
  actions: PanelActions,
): void {
  panel.replaceChildren(el('h2', `${ends.source?.name ?? rel.source.id} → ${ends.target?.name ?? rel.target.id}`));
  panel.append(el('p', [rel.type, rel.role, rel.date].filter(Boolean).join(' · '), 'meta'));
  if (rel.dateInferred) panel.append(el('p', `Date inferred: ${rel.dateInferred}`, 'meta'));
  for (const end of [ends.source, ends.target]) {
    const disputed = end ? contradictionsSection(conflicts(end.claims), actions) : null;
    if (disputed && end) panel.append(el('p', `About ${end.name}:`, 'meta'), disputed);
  }
  panel.append(citationsSection('Evidence', rel.citations, actions));
}
