// The inline form to change a proposal before accepting it: an entity's name, kind, subkind and date, or "it is this
// existing entity" (found by search); a link's type and role from the vocabulary; a claim's attribute and value.
import { DATE_FORMAT_HINT } from '../../domain/dates.js';
import type { SearchHitData, Vocabulary } from './api-types.js';
import { button, el } from './dom.js';
import { selectField, setOptions, textField, type Option } from './form-kit.js';
import { formShell, refuse } from './form-shell.js';
import { editValuesOf, proposalEdit, type ProposalEditValues } from './proposal-decisions.js';
import type { ProposalData, ProposalEdit } from './report-types.js';
import { attachSearchBox } from './search-box.js';
import { subkindsOf, termLabel, typeLabel } from './vocabulary.js';

export interface ProposalEditContext {
  vocabulary: Vocabulary;
  search: (text: string) => Promise<SearchHitData[]>;
  accept: (edit: ProposalEdit | null) => Promise<void>;
  cancel: () => void;
}

const terms = (list: readonly { name: string; description: string }[], label = termLabel): Option[] =>
  list.map((t) => ({ value: t.name, label: label(t.name), title: t.description }));

/** Keeps a proposed value the vocabulary does not (yet) hold selectable, rather than silently changing it. */
function withCurrent(options: Option[], current: string): Option[] {
  return current && !options.some((o) => o.value === current) ? [{ value: current, label: current }, ...options] : options;
}

let pickers = 0;

function existingEntityPicker(context: ProposalEditContext, onPick: (hit: SearchHitData | null) => void): HTMLElement {
  const id = `existing-entity-${++pickers}`;
  const box = el('fieldset', undefined, 'existing-entity');
  box.append(el('legend', 'Or: it is an entity the graph already has'));
  const input = Object.assign(el('input'), { id, type: 'search', autocomplete: 'off', placeholder: 'Search a name…', name: 'existing' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-label', 'Existing entity');
  const list = Object.assign(el('ul', undefined, 'picker'), { id: `${id}-results`, hidden: true });
  list.setAttribute('role', 'listbox');
  input.setAttribute('aria-controls', list.id);
  const chosen = el('p', 'The quote will then be cited for that entity; nothing new is made.', 'hint');
  const say = (hit: SearchHitData | null) => {
    chosen.replaceChildren();
    if (!hit) return chosen.append('The quote will then be cited for that entity; nothing new is made.');
    chosen.append(
      el('strong', `It is ${hit.entity.name} (${termLabel(hit.entity.subkind ?? hit.entity.kind)}).`),
      ' ',
      button('Not this one', () => {
        input.value = '';
        say(null);
        onPick(null);
      }),
    );
  };
  attachSearchBox({
    input,
    list,
    search: context.search,
    onChoose: (hit) => (say(hit), onPick(hit)),
    onError: (message) => (chosen.textContent = message),
  });
  box.append(input, list, chosen);
  return box;
}

/** The rows of a kind's fields, and how they fill the values the edit is made from. */
interface Fields {
  rows: HTMLElement[];
  read(values: ProposalEditValues): void;
}

function entityFields(values: ProposalEditValues, context: ProposalEditContext): Fields {
  const { vocabulary } = context;
  const name = textField('Name', values.name, { name: 'name' });
  const kind = selectField('Kind', withCurrent(terms(vocabulary.kinds), values.kind), values.kind, { name: 'kind' });
  const subkind = selectField('Subkind', [], '', { name: 'subkind', empty: '—' });
  const fillSubkinds = (value: string) =>
    setOptions(subkind.select, withCurrent(terms(subkindsOf(vocabulary, kind.select.value)), value), value, '—');
  fillSubkinds(values.subkind);
  kind.select.addEventListener('change', () => fillSubkinds(''));
  const date = textField('Date', values.date, { name: 'date', hint: DATE_FORMAT_HINT });
  const own = [name.row, kind.row, subkind.row, date.row];
  let existing: string | null = null;
  const picker = existingEntityPicker(context, (hit) => {
    existing = hit?.entity.id ?? null;
    for (const row of own) row.classList.toggle('superseded', hit !== null);
  });
  return {
    rows: [...own, picker],
    read: (v) =>
      Object.assign(v, {
        name: name.input.value,
        kind: kind.select.value,
        subkind: subkind.select.value,
        date: date.input.value,
        entityId: existing,
      }),
  };
}

function linkFields(values: ProposalEditValues, vocabulary: Vocabulary): Fields {
  const type = selectField('Type', withCurrent(terms(vocabulary.relationshipTypes, typeLabel), values.type), values.type, { name: 'type' });
  const role = selectField('Role', withCurrent(terms(vocabulary.roles), values.role), values.role, { name: 'role', empty: '— no role' });
  return { rows: [type.row, role.row], read: (v) => Object.assign(v, { type: type.select.value, role: role.select.value }) };
}

function claimFields(values: ProposalEditValues, vocabulary: Vocabulary): Fields {
  const attribute = selectField('Attribute', withCurrent(terms(vocabulary.attributes), values.attribute), values.attribute, {
    name: 'attribute',
  });
  const value = textField('Value', values.value, { name: 'value' });
  return {
    rows: [attribute.row, value.row],
    read: (v) => Object.assign(v, { attribute: attribute.select.value, value: value.input.value }),
  };
}

export function proposalEditForm(p: ProposalData, context: ProposalEditContext): HTMLFormElement {
  const values = editValuesOf(p);
  const fields =
    p.kind === 'ENTITY'
      ? entityFields(values, context)
      : p.kind === 'RELATIONSHIP'
        ? linkFields(values, context.vocabulary)
        : claimFields(values, context.vocabulary);
  const form = formShell('Change, then accept', fields.rows, {
    saveLabel: 'Accept with these changes',
    cancel: context.cancel,
    submit: async () => {
      fields.read(values);
      const edit = proposalEdit(p, values);
      if (edit.problems.length > 0) refuse(edit.problems);
      await context.accept(edit.value);
    },
  });
  form.classList.add('proposal-edit');
  form.dataset.form = 'proposal';
  return form;
}
