// Creating or editing an entity: name, aliases with their reasons, kind and subkind from the vocabulary, date (a
// range too), how the date was inferred, description; a new one also needs its citation.
import { DATE_FORMAT_HINT } from '../../domain/dates.js';
import type { AliasInput, CitationInput, EntityData, EntityInput, SourceSummary, SourceText, Vocabulary } from './api-types.js';
import { button, el } from './dom.js';
import { entityChanges, entityInput, type EntityValues } from './edit-inputs.js';
import { checkbox, citationField, selectField, setOptions, textArea, textField } from './form-kit.js';
import { formShell, saveOrCreate, type EditForm } from './form-shell.js';
import { subkindsOf, termLabel } from './vocabulary.js';

export interface EntityFormContext {
  vocabulary: Vocabulary;
  sources: Promise<SourceSummary[]>;
  loadSource: (id: string) => Promise<SourceText | null>;
  cite: (citation: CitationInput) => void;
  cancel: () => void;
  create: (input: EntityInput) => Promise<void>;
  update: (before: EntityData, changes: NonNullable<ReturnType<typeof entityChanges>['value']>) => Promise<void>;
}

function aliasRows(initial: AliasInput[]) {
  const box = el('fieldset', undefined, 'aliases-field');
  box.append(el('legend', 'Other names (aliases), each with the reason it is the same entity'));
  const rows = el('div');
  const addRow = (alias: AliasInput) => {
    const row = el('div', undefined, 'alias-row');
    const name = Object.assign(el('input'), { value: alias.name, placeholder: 'Spelling, acronym…', name: 'alias-name' });
    const reason = Object.assign(el('input'), { value: alias.reason, placeholder: 'Why it is the same entity', name: 'alias-reason' });
    name.setAttribute('aria-label', 'Alias');
    reason.setAttribute('aria-label', 'Reason for the alias');
    row.append(
      name,
      reason,
      button('✕', () => row.remove(), 'remove-alias'),
    );
    rows.append(row);
  };
  initial.forEach(addRow);
  box.append(
    rows,
    button('+ Alias', () => addRow({ name: '', reason: '' })),
  );
  const read = () =>
    [...rows.querySelectorAll('.alias-row')].map((row) => {
      const [name, reason] = row.querySelectorAll('input');
      return { name: name?.value ?? '', reason: reason?.value ?? '' };
    });
  return { element: box, read };
}

export function entityForm(before: EntityData | null, context: EntityFormContext): EditForm {
  const { vocabulary } = context;
  const name = textField('Name', before?.name ?? '', { name: 'name' });
  const kinds = vocabulary.kinds.map((k) => ({ value: k.name, label: termLabel(k.name), title: k.description }));
  const kind = selectField('Kind', kinds, before?.kind ?? '', { name: 'kind', empty: 'Choose a kind…' });
  const subkind = selectField('Subkind', [], '', { name: 'subkind', empty: '—' });
  const fillSubkinds = (value: string) =>
    setOptions(
      subkind.select,
      subkindsOf(vocabulary, kind.select.value).map((s) => ({ value: s.name, label: termLabel(s.name), title: s.description })),
      value,
      '—',
    );
  fillSubkinds(before?.subkind ?? '');
  kind.select.addEventListener('change', () => fillSubkinds(''));
  const descriptive = checkbox(
    'The sources give no proper name; the name describes it',
    before?.descriptiveName ?? false,
    'descriptiveName',
  );
  const date = textField('Date', before?.date ?? '', { name: 'date', hint: DATE_FORMAT_HINT, placeholder: '2017-04 or 2015/2017' });
  const inferred = textField('Date inferred from', before?.dateInferred ?? '', {
    name: 'dateInferred',
    placeholder: 'Leave empty when the source states it',
  });
  const description = textArea('Description', before?.description ?? '', 'description');
  const aliases = aliasRows(before ? before.aliases.map((a, i) => ({ name: a, reason: before.aliasReasons[i] ?? '' })) : []);
  const citation = before ? null : citationField(context.sources, context.loadSource, context.cite);
  const values = (): EntityValues => ({
    name: name.input.value,
    kind: kind.select.value,
    subkind: subkind.select.value,
    descriptiveName: descriptive.input.checked,
    description: description.input.value,
    date: date.input.value,
    dateInferred: inferred.input.value,
    aliases: aliases.read(),
  });
  const fields = [name.row, kind.row, subkind.row, descriptive.row, date.row, inferred.row, description.row, aliases.element];
  const form = formShell(before ? `Edit ${before.name}` : 'New entity', citation ? [...fields, citation.element] : fields, {
    cancel: context.cancel,
    submit: saveOrCreate(
      before,
      { change: (b) => entityChanges(b, values()), create: () => entityInput(values(), citation?.get() ?? null) },
      context,
    ),
  });
  form.dataset.form = 'entity';
  return { element: form, setCitation: (c) => citation?.set(c) };
}
