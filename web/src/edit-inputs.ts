// Form values → mutation inputs (pure). The server checks everything again; these catch what the page can tell at
// once (a missing name, a malformed date, no quote, a text too long or holding a control character: the server's own
// rules, domain/input-rules.ts) and send only what changed.
import { DATE_FORMAT_HINT, isDate } from '../../domain/dates.js';
import { fieldProblem, type FieldKind } from '../../domain/input-rules.js';
import { quoteShapeProblem } from '../../domain/quotes.js';
import type {
  AliasInput,
  CitationInput,
  ClaimInput,
  ClaimPatch,
  EntityData,
  EntityInput,
  EntityPatch,
  RelationshipData,
  RelationshipInput,
  RelationshipPatch,
} from './api-types.js';

export interface Checked<T> {
  value: T | null;
  problems: string[];
}

/** A selection as a quote: whitespace runs (line breaks of the source's text) become single spaces. */
export function quoteFromSelection(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

function checkDate(problems: string[], label: string, text: string): void {
  const date = optional(text);
  if (date !== null && !isDate(date)) problems.push(`${label} must be ${DATE_FORMAT_HINT}, got "${date}"`);
}

/** The field's length and characters, as the server checks them. */
function checkField(problems: string[], label: string, text: string, kind: FieldKind): void {
  const problem = fieldProblem(label, text.trim(), kind);
  if (problem) problems.push(problem);
}

function checkCitation(problems: string[], citation: CitationInput | null): CitationInput[] {
  if (!citation || citation.quote.trim() === '') {
    problems.push('a citation is needed: select the words in a source and press "Cite selection"');
    return [];
  }
  const shape = quoteShapeProblem(citation.quote.trim());
  if (shape) problems.push(`${shape}: select more of the source's words`);
  return [{ sourceId: citation.sourceId, quote: citation.quote.trim() }];
}

export interface EntityValues {
  name: string;
  kind: string;
  subkind: string;
  descriptiveName: boolean;
  description: string;
  date: string;
  dateInferred: string;
  aliases: AliasInput[];
}

function checkEntity(values: EntityValues): string[] {
  const problems: string[] = [];
  if (values.name.trim() === '') problems.push('name is required');
  if (values.kind === '') problems.push('kind is required');
  checkField(problems, 'name', values.name, 'name');
  checkField(problems, 'description', values.description, 'text');
  checkField(problems, 'how the date was inferred', values.dateInferred, 'text');
  checkDate(problems, 'date', values.date);
  for (const alias of values.aliases) {
    if (alias.name.trim() !== '' && alias.reason.trim().length < 3)
      problems.push(`alias "${alias.name.trim()}" needs a reason (at least 3 characters)`);
    checkField(problems, 'alias', alias.name, 'name');
    checkField(problems, `the reason for "${alias.name.trim()}"`, alias.reason, 'text');
  }
  return problems;
}

const filledAliases = (values: EntityValues) =>
  values.aliases.filter((a) => a.name.trim() !== '').map((a) => ({ name: a.name.trim(), reason: a.reason.trim() }));

export function entityInput(values: EntityValues, citation: CitationInput | null): Checked<EntityInput> {
  const problems = checkEntity(values);
  const citations = checkCitation(problems, citation);
  if (problems.length > 0) return { value: null, problems };
  return {
    value: {
      kind: values.kind,
      subkind: optional(values.subkind),
      name: values.name.trim(),
      aliases: filledAliases(values),
      descriptiveName: values.descriptiveName,
      description: optional(values.description),
      date: optional(values.date),
      dateInferred: optional(values.dateInferred),
      citations,
    },
    problems,
  };
}

/** The changed fields only (null clears one), and the aliases to add and remove. */
export function entityChanges(
  before: EntityData,
  values: EntityValues,
): Checked<{ patch: EntityPatch; addAliases: AliasInput[]; removeAliases: string[] }> {
  const problems = checkEntity(values);
  if (problems.length > 0) return { value: null, problems };
  const patch: EntityPatch = {};
  if (values.name.trim() !== before.name) patch.name = values.name.trim();
  if (values.kind !== before.kind) patch.kind = values.kind;
  if (optional(values.subkind) !== before.subkind) patch.subkind = optional(values.subkind);
  if (values.descriptiveName !== before.descriptiveName) patch.descriptiveName = values.descriptiveName;
  if (optional(values.description) !== before.description) patch.description = optional(values.description);
  if (optional(values.date) !== before.date) patch.date = optional(values.date);
  if (optional(values.dateInferred) !== before.dateInferred) patch.dateInferred = optional(values.dateInferred);
  const after = filledAliases(values);
  return {
    value: {
      patch,
      addAliases: after.filter((a) => !before.aliases.includes(a.name)),
      removeAliases: before.aliases.filter((name) => !after.some((a) => a.name === name)),
    },
    problems,
  };
}

export interface LinkValues {
  type: string;
  /** The entity the form was opened from, and the other end picked through search. */
  here: string;
  other: string | null;
  /** True when the link points from the other end to this entity. */
  incoming: boolean;
  role: string;
  date: string;
  dateInferred: string;
}

function checkLink(values: LinkValues, needOther: boolean): string[] {
  const problems: string[] = [];
  if (values.type === '') problems.push('type is required');
  if (needOther && !values.other) problems.push('pick the other end of the link through the search');
  if (values.other === values.here) problems.push('a link needs two different entities');
  checkDate(problems, 'date', values.date);
  checkField(problems, 'how the date was inferred', values.dateInferred, 'text');
  return problems;
}

export function linkInput(values: LinkValues, citation: CitationInput | null): Checked<RelationshipInput> {
  const problems = checkLink(values, true);
  const citations = checkCitation(problems, citation);
  if (problems.length > 0 || !values.other) return { value: null, problems };
  const [from, to] = values.incoming ? [values.other, values.here] : [values.here, values.other];
  return {
    value: {
      type: values.type,
      from,
      to,
      role: optional(values.role),
      date: optional(values.date),
      dateInferred: optional(values.dateInferred),
      citations,
    },
    problems,
  };
}

export function linkPatch(before: RelationshipData, values: LinkValues): Checked<RelationshipPatch> {
  const problems = checkLink(values, false);
  if (problems.length > 0) return { value: null, problems };
  const patch: RelationshipPatch = {};
  if (values.type !== before.type) patch.type = values.type;
  if (optional(values.role) !== before.role) patch.role = optional(values.role);
  if (optional(values.date) !== before.date) patch.date = optional(values.date);
  if (optional(values.dateInferred) !== before.dateInferred) patch.dateInferred = optional(values.dateInferred);
  return { value: patch, problems };
}

export interface ClaimValues {
  attribute: string;
  value: string;
}

function checkClaim(values: ClaimValues): string[] {
  const problems: string[] = [];
  if (values.attribute === '') problems.push('attribute is required');
  if (values.value.trim() === '') problems.push('value is required');
  checkField(problems, 'value', values.value, 'text');
  return problems;
}

export function claimInput(subject: string, values: ClaimValues, citation: CitationInput | null): Checked<ClaimInput> {
  const problems = checkClaim(values);
  const citations = checkCitation(problems, citation);
  if (problems.length > 0) return { value: null, problems };
  return { value: { subject, attribute: values.attribute, value: values.value.trim(), citations }, problems };
}

export function claimPatch(before: { attribute: string; value: string }, values: ClaimValues): Checked<ClaimPatch> {
  const problems = checkClaim(values);
  if (problems.length > 0) return { value: null, problems };
  const patch: ClaimPatch = {};
  if (values.attribute !== before.attribute) patch.attribute = values.attribute;
  if (values.value.trim() !== before.value) patch.value = values.value.trim();
  return { value: patch, problems };
}
