// The evidence panel: an entity's or a link's details, claims, contradictions and every citation, with the quote
// shown in its source's text on demand. Editors also get the controls to change what they see.
import type { EntityData, RelationshipData, Vocabulary } from './api-types.js';
import { contradictionsSection, statedFactsSection, type ClaimsContext } from './claims-view.js';
import { button, confirmButton, el, errorBox, showError } from './dom.js';
import { conflicts } from './graph-elements.js';
import { historySection } from './history-view.js';
import { citationView } from './source-viewer.js';
import { describeDate } from './time-range.js';
import { multiValuedAttributes, termLabel, typeLabel } from './vocabulary.js';

export interface PanelContext extends ClaimsContext {
  vocabulary: Vocabulary;
  entityActions: (entity: EntityData) => { label: string; run: () => void }[];
  linked: (id: string) => Pick<EntityData, 'id' | 'name'>[];
  select: (id: string) => void;
}

function citationsSection(title: string, ownerId: string, citations: EntityData['citations'], context: PanelContext): HTMLElement {
  const section = el('section', undefined, 'evidence');
  section.append(el('h3', `${title} (${citations.length})`));
  // The last citation cannot be removed: a fact without one is deleted instead.
  for (const citation of citations) section.append(citationView(citation, context, ownerId, citations.length > 1));
  return section;
}

function entityEditorControls(entity: EntityData, context: PanelContext): HTMLElement | null {
  const editor = context.editor;
  if (!editor) return null;
  const box = el('div', undefined, 'actions editor-actions');
  const error = errorBox();
  box.append(
    button('Edit entity', () => editor.edit({ form: 'entity', id: entity.id })),
    button('Add link', () => editor.edit({ form: 'link', id: null, from: entity.id })),
    button('Add claim', () => editor.edit({ form: 'claim', id: null, subject: entity.id })),
    confirmButton(
      'Delete entity',
      `Delete ${entity.name} with its links and claims?`,
      () => void editor.deleteEntity(entity).catch((e: unknown) => showError(error, e)),
    ),
    error,
  );
  return box;
}

function aliasesLine(entity: EntityData): HTMLElement | null {
  if (entity.aliases.length === 0) return null;
  const line = el('p', 'Also written: ', 'meta aliases');
  entity.aliases.forEach((alias, i) => {
    const name = el('span', alias);
    const reason = entity.aliasReasons[i];
    if (reason) name.title = reason;
    line.append(...(i > 0 ? [', '] : []), name);
  });
  return line;
}

function linkedList(entity: EntityData, context: PanelContext): HTMLElement[] {
  const linked = context.linked(entity.id);
  if (linked.length === 0) return [];
  const list = el('ul', undefined, 'linked');
  for (const other of linked) {
    const item = el('li');
    item.append(button(other.name, () => context.select(other.id)));
    list.append(item);
  }
  return [el('h3', 'Linked in this view'), list];
}

export function showEntity(panel: HTMLElement, entity: EntityData, context: PanelContext): void {
  panel.replaceChildren(el('h2', entity.name));
  const kind = [termLabel(entity.kind), entity.subkind ? termLabel(entity.subkind) : null, entity.date ? describeDate(entity.date) : null]
    .filter(Boolean)
    .join(' · ');
  panel.append(el('p', kind, 'meta'));
  if (entity.dateInferred) panel.append(el('p', `Date inferred: ${entity.dateInferred}`, 'meta'));
  if (entity.description) panel.append(el('p', entity.description));
  const aliases = aliasesLine(entity);
  if (aliases) panel.append(aliases);
  const buttons = el('div', undefined, 'actions');
  for (const action of context.entityActions(entity)) buttons.append(button(action.label, action.run));
  const dossier = el('a', 'Dossier', 'dossier-link');
  dossier.href = `dossier.html?id=${encodeURIComponent(entity.id)}`;
  dossier.target = '_blank';
  dossier.title = 'Everything about this actor as a printable page, every quote with its source';
  buttons.append(dossier);
  panel.append(buttons);
  const editing = entityEditorControls(entity, context);
  if (editing) panel.append(editing);
  const found = conflicts(entity.claims, multiValuedAttributes(context.vocabulary));
  const disputed = contradictionsSection(found, context);
  if (disputed) panel.append(disputed);
  const agreed = entity.claims.filter((c) => !found.some((x) => x.attribute === c.attribute));
  const stated = statedFactsSection(agreed, context);
  if (stated) panel.append(stated);
  panel.append(citationsSection('Evidence', entity.id, entity.citations, context));
  panel.append(...linkedList(entity, context));
  if (context.editor) panel.append(historySection(entity.id, context.editor.history));
}

export function showRelationship(
  panel: HTMLElement,
  rel: RelationshipData,
  ends: { source: EntityData | null; target: EntityData | null },
  context: PanelContext,
): void {
  panel.replaceChildren(el('h2', `${ends.source?.name ?? rel.source.id} → ${ends.target?.name ?? rel.target.id}`));
  panel.append(el('p', [typeLabel(rel.type), rel.role, rel.date ? describeDate(rel.date) : null].filter(Boolean).join(' · '), 'meta'));
  if (rel.dateInferred) panel.append(el('p', `Date inferred: ${rel.dateInferred}`, 'meta'));
  const editor = context.editor;
  if (editor) {
    const box = el('div', undefined, 'actions editor-actions');
    const error = errorBox();
    box.append(
      button('Edit link', () => editor.edit({ form: 'link', id: rel.id, from: rel.source.id })),
      confirmButton('Delete link', 'Delete this link?', () => void editor.deleteLink(rel).catch((e: unknown) => showError(error, e))),
      error,
    );
    panel.append(box);
  }
  const multiValued = multiValuedAttributes(context.vocabulary);
  for (const end of [ends.source, ends.target]) {
    const disputed = end ? contradictionsSection(conflicts(end.claims, multiValued), context) : null;
    if (disputed && end) panel.append(el('p', `About ${end.name}:`, 'meta'), disputed);
  }
  panel.append(citationsSection('Evidence', rel.id, rel.citations, context));
}
