// Creating or editing a claim: an attribute from the vocabulary (its description says whether values add up or
// contradict) and the value in the source's terms; a new one also needs its citation.
import type { CitationInput, Claim, ClaimInput, ClaimPatch, EntityData, SourceSummary, SourceText, Vocabulary } from './api-types.js';
import { claimInput, claimPatch } from './edit-inputs.js';
import { citationField, selectField, textField } from './form-kit.js';
import { formShell, saveOrCreate, type EditForm } from './form-shell.js';

export interface ClaimFormContext {
  vocabulary: Vocabulary;
  sources: Promise<SourceSummary[]>;
  loadSource: (id: string) => Promise<SourceText | null>;
  cite: (citation: CitationInput) => void;
  cancel: () => void;
  create: (input: ClaimInput) => Promise<void>;
  update: (before: Claim, patch: ClaimPatch) => Promise<void>;
}

export function claimForm(before: Claim | null, subject: Pick<EntityData, 'id' | 'name'>, context: ClaimFormContext): EditForm {
  const attributes = context.vocabulary.attributes.map((a) => ({
    value: a.name,
    label: `${a.name}${a.multiValued ? ' (values add up)' : ''}`,
    title: a.description,
  }));
  const attribute = selectField('Attribute', attributes, before?.attribute ?? '', { name: 'attribute', empty: 'Choose an attribute…' });
  const value = textField('Value', before?.value ?? '', { name: 'value', placeholder: 'In the source’s terms: 100 hours' });
  const citation = before ? null : citationField(context.sources, context.loadSource, context.cite);
  const read = () => ({ attribute: attribute.select.value, value: value.input.value });
  const fields = [attribute.row, value.row, ...(citation ? [citation.element] : [])];
  const form = formShell(before ? `Edit claim about ${subject.name}` : `New claim about ${subject.name}`, fields, {
    cancel: context.cancel,
    submit: saveOrCreate(
      before,
      { change: (b) => claimPatch(b, read()), create: () => claimInput(subject.id, read(), citation?.get() ?? null) },
      context,
    ),
  });
  form.dataset.form = 'claim';
  return { element: form, setCitation: (c) => citation?.set(c) };
}
