// Renders an entity's or a relationship's evidence into the side panel.
import type { Citation, EntityData, RelationshipData } from './api.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function citationList(citations: Citation[]): HTMLElement {
  const list = element('section');
  list.append(element('h3', `Evidence (${citations.length})`));
  for (const citation of citations) {
    const quote = element('blockquote', `“${citation.quote}”`);
    quote.className = 'quote';
    const meta = [citation.source.title, citation.source.publisher, citation.source.date].filter(Boolean).join(' · ');
    const cite = element('p', `${meta} [${citation.source.id}]`, 'meta');
    list.append(quote, cite);
  }
  return list;
}

export function showEntity(panel: HTMLElement, entity: EntityData): void {
  panel.replaceChildren();
  panel.append(element('h2', entity.name));
  panel.append(element('p', [entity.kind, entity.subkind, entity.date].filter(Boolean).join(' · '), 'meta'));
  if (entity.dateInferred) panel.append(element('p', `Date inferred: ${entity.dateInferred}`, 'meta'));
  if (entity.description) panel.append(element('p', entity.description));
  if (entity.aliases.length > 0) panel.append(element('p', `Also written: ${entity.aliases.join(', ')}`, 'meta'));
  panel.append(citationList(entity.citations));
}

export function showRelationship(panel: HTMLElement, rel: RelationshipData, names: (id: string) => string): void {
  panel.replaceChildren();
  panel.append(element('h2', `${names(rel.source.id)} → ${names(rel.target.id)}`));
  panel.append(element('p', [rel.type, rel.role, rel.date].filter(Boolean).join(' · '), 'meta'));
  panel.append(citationList(rel.citations));
}
