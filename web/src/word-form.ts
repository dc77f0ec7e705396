// Admins add a word to the vocabulary: a kind (with colour and shape), a subkind, a link type, a role or an
// attribute. The page fetches the vocabulary again afterwards, so the word is offered at once.
import type { Vocabulary, VocabularyGroup, VocabularyTermInput } from './api-types.js';
import { checkbox, selectField, textField } from './form-kit.js';
import { formShell, refuse, type EditForm } from './form-shell.js';
import { termLabel } from './vocabulary.js';

/** Every group the schema has: a new one is a type error here until it has a label. */
const GROUP_LABELS: Record<VocabularyGroup, string> = {
  KIND: 'Kind of entity',
  SUBKIND: 'Subkind of a kind',
  RELATIONSHIP_TYPE: 'Link type',
  ROLE: 'Role on links',
  ATTRIBUTE: 'Claim attribute',
};
const GROUPS = Object.entries(GROUP_LABELS).map(([value, label]) => ({ value, label }));
const SHAPES = ['ellipse', 'round-rectangle', 'rectangle', 'diamond', 'hexagon', 'octagon', 'triangle', 'star', 'rhomboid', 'tag', 'vee'];

export function wordForm(
  vocabulary: Vocabulary,
  context: { cancel: () => void; add: (input: VocabularyTermInput) => Promise<void> },
): EditForm {
  const group = selectField('Add a', GROUPS, 'KIND', { name: 'group' });
  const name = textField('Word', '', { name: 'name', hint: 'lower-case words joined by hyphens; link types in UPPER_SNAKE_CASE' });
  const description = textField('What it means', '', { name: 'description' });
  const kind = selectField(
    'Of kind',
    vocabulary.kinds.map((k) => ({ value: k.name, label: termLabel(k.name) })),
    '',
    { name: 'kind', empty: '—' },
  );
  const colour = Object.assign(document.createElement('input'), { type: 'color', name: 'color', value: '#7f7f7f' });
  const colourRow = document.createElement('label');
  colourRow.className = 'field';
  colourRow.append(Object.assign(document.createElement('span'), { className: 'field-label', textContent: 'Colour' }), colour);
  const shape = selectField(
    'Shape',
    SHAPES.map((s) => ({ value: s, label: s })),
    'ellipse',
    { name: 'shape' },
  );
  const multi = checkbox('Values add up (charges); otherwise two values contradict', false, 'multiValued');
  const show = () => {
    const g = group.select.value;
    kind.row.hidden = g !== 'SUBKIND';
    colourRow.hidden = shape.row.hidden = g !== 'KIND';
    multi.row.hidden = g !== 'ATTRIBUTE';
  };
  group.select.addEventListener('change', show);
  show();
  const form = formShell(
    'Add a word to the vocabulary',
    [group.row, name.row, description.row, kind.row, colourRow, shape.row, multi.row],
    {
      cancel: context.cancel,
      saveLabel: 'Add word',
      submit: async () => {
        const g = group.select.value as VocabularyGroup;
        const problems = [
          ...(name.input.value.trim() === '' ? ['word is required'] : []),
          ...(description.input.value.trim() === '' ? ['a description is required: a word without a meaning would be repurposed'] : []),
          ...(g === 'SUBKIND' && kind.select.value === '' ? ['choose the kind the subkind belongs to'] : []),
        ];
        if (problems.length > 0) refuse(problems);
        await context.add({
          group: g,
          name: name.input.value.trim(),
          description: description.input.value.trim(),
          ...(g === 'SUBKIND' ? { kind: kind.select.value } : {}),
          ...(g === 'KIND' ? { color: colour.value, shape: shape.select.value } : {}),
          ...(g === 'ATTRIBUTE' ? { multiValued: multi.input.checked } : {}),
        });
      },
    },
  );
  form.dataset.form = 'word';
  return { element: form, setCitation: () => {} };
}
