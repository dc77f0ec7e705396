// Creating or editing a link: its type and role from the vocabulary, the other end picked through search, its date;
// a new one also needs its citation. Creating a link that exists adds the citation to it (the server corroborates).
import { DATE_FORMAT_HINT } from '../../domain/dates.js';
import type {
  CitationInput,
  EntityData,
  RelationshipData,
  RelationshipInput,
  RelationshipPatch,
  SearchHitData,
  SourceSummary,
  SourceText,
  Vocabulary,
} from './api-types.js';
import { el } from './dom.js';
import { linkInput, linkPatch, type LinkValues } from './edit-inputs.js';
import { citationField, selectField, textField } from './form-kit.js';
import { formShell, saveOrCreate, type EditForm } from './form-shell.js';
import { attachSearchBox } from './search-box.js';
import { termLabel, typeLabel } from './vocabulary.js';

export interface LinkFormContext {
  vocabulary: Vocabulary;
  sources: Promise<SourceSummary[]>;
  loadSource: (id: string) => Promise<SourceText | null>;
  search: (text: string) => Promise<SearchHitData[]>;
  cite: (citation: CitationInput) => void;
  cancel: () => void;
  create: (input: RelationshipInput) => Promise<void>;
  update: (before: RelationshipData, patch: RelationshipPatch) => Promise<void>;
}

let pickers = 0;

function otherEndPicker(context: LinkFormContext, onPick: (entity: EntityData) => void): HTMLElement {
  const id = `link-other-${++pickers}`;
  const box = el('div', undefined, 'field other-end');
  const label = el('label', 'Other end');
  label.htmlFor = id;
  const input = Object.assign(el('input'), { id, type: 'search', autocomplete: 'off', placeholder: 'Search a name…', name: 'other' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  const list = Object.assign(el('ul', undefined, 'picker'), { id: `${id}-results`, hidden: true });
  list.setAttribute('role', 'listbox');
  input.setAttribute('aria-controls', list.id);
  const error = el('span', undefined, 'hint');
  attachSearchBox({ input, list, search: context.search, onChoose: (hit) => onPick(hit.entity), onError: (m) => (error.textContent = m) });
  box.append(label, input, list, error);
  return box;
}

export function linkForm(
  before: RelationshipData | null,
  here: EntityData | null,
  ends: { source: string; target: string },
  context: LinkFormContext,
): EditForm {
  const { vocabulary } = context;
  const hereId = before ? before.source.id : (here?.id ?? '');
  let other: string | null = before ? before.target.id : null;
  const hereName = here?.name ?? hereId;
  const direction = selectField(
    'Direction',
    [
      { value: 'out', label: `${hereName} → other end` },
      { value: 'in', label: `Other end → ${hereName}` },
    ],
    'out',
    { name: 'direction' },
  );
  const types = vocabulary.relationshipTypes.map((t) => ({ value: t.name, label: typeLabel(t.name), title: t.description }));
  const type = selectField('Type', types, before?.type ?? '', { name: 'type', empty: 'Choose a type…' });
  const roles = vocabulary.roles.map((r) => ({ value: r.name, label: termLabel(r.name), title: r.description }));
  const role = selectField('Role', roles, before?.role ?? '', { name: 'role', empty: '— no role' });
  const date = textField('Date', before?.date ?? '', { name: 'date', hint: DATE_FORMAT_HINT });
  const inferred = textField('Date inferred from', before?.dateInferred ?? '', { name: 'dateInferred' });
  const citation = before ? null : citationField(context.sources, context.loadSource, context.cite);
  const values = (): LinkValues => ({
    type: type.select.value,
    here: hereId,
    other,
    incoming: direction.select.value === 'in',
    role: role.select.value,
    date: date.input.value,
    dateInferred: inferred.input.value,
  });
  const fields: HTMLElement[] = before
    ? [el('p', `${ends.source} → ${ends.target}`, 'meta'), type.row, role.row, date.row, inferred.row]
    : [direction.row, type.row, otherEndPicker(context, (entity) => (other = entity.id)), role.row, date.row, inferred.row];
  if (citation) fields.push(citation.element);
  const form = formShell(before ? 'Edit link' : `New link from ${hereName}`, fields, {
    cancel: context.cancel,
    submit: saveOrCreate(
      before,
      { change: (b) => linkPatch(b, values()), create: () => linkInput(values(), citation?.get() ?? null) },
      context,
    ),
  });
  form.dataset.form = 'link';
  return { element: form, setCitation: (c) => citation?.set(c) };
}
