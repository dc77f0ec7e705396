// What an editor's decision on a proposal sends, and where its result is seen in the graph afterwards.
import type { Checked } from './edit-inputs.js';
import type { ProposalData, ProposalEdit } from './report-types.js';

/** What the inline form holds; fields a kind does not have are ignored. */
export interface ProposalEditValues {
  name: string;
  kind: string;
  subkind: string;
  date: string;
  /** An existing entity the proposed one is: its quote is cited for it, nothing new is made. */
  entityId: string | null;
  type: string;
  role: string;
  attribute: string;
  value: string;
}

export function editValuesOf(p: ProposalData): ProposalEditValues {
  return {
    name: p.name ?? '',
    kind: p.entityKind ?? '',
    subkind: p.subkind ?? '',
    date: p.date ?? '',
    entityId: null,
    type: p.type ?? '',
    role: p.role ?? '',
    attribute: p.attribute ?? '',
    value: p.value ?? '',
  };
}

type Field = 'name' | 'kind' | 'subkind' | 'date' | 'type' | 'role' | 'attribute' | 'value';

const FIELDS: Record<ProposalData['kind'], readonly Field[]> = {
  ENTITY: ['name', 'kind', 'subkind', 'date'],
  RELATIONSHIP: ['type', 'role'],
  CLAIM: ['attribute', 'value'],
};

const LABELS: Record<Field, string> = {
  name: 'the name',
  kind: 'the kind',
  subkind: 'the subkind',
  date: 'the date',
  type: 'the link type',
  role: 'the role',
  attribute: 'the attribute',
  value: 'the value',
};
const OPTIONAL: readonly Field[] = ['subkind', 'date', 'role'];

/**
 * The edit to accept with: only what the editor changed (null when nothing was), or, for an entity linked to an
 * existing one, that entity alone. A field left empty is a problem, not a silent "keep the proposal's": the API keeps
 * a proposed value it is given empty, so an optional one is removed by editing the fact once accepted.
 */
export function proposalEdit(p: ProposalData, values: ProposalEditValues): Checked<ProposalEdit | null> {
  if (p.kind === 'ENTITY' && values.entityId) return { value: { entityId: values.entityId }, problems: [] };
  const before = editValuesOf(p);
  const edit: ProposalEdit = {};
  const problems: string[] = [];
  for (const field of FIELDS[p.kind]) {
    const now = values[field].trim();
    if (now === before[field]) continue;
    if (now) edit[field] = now;
    else if (OPTIONAL.includes(field)) problems.push(`To remove ${LABELS[field]}, accept as proposed, then edit the fact in the graph.`);
    else problems.push(`Give ${LABELS[field]}.`);
  }
  if (problems.length > 0) return { value: null, problems };
  return { value: Object.keys(edit).length > 0 ? edit : null, problems: [] };
}

/** Where an accepted proposal's result is seen: the entity to draw, and what to select (an entity or a link). */
export interface GraphTarget {
  expand: string;
  select: string;
}

/** The entity an end stands for now: the graph's, or what the proposal that made it became. */
function endEntity(end: ProposalData['from'], all: readonly ProposalData[]): string | null {
  if (!end) return null;
  if (end.entity) return end.entity.id;
  return all.find((q) => q.id === end.proposalId)?.resultId ?? null;
}

export function graphTarget(p: ProposalData, all: readonly ProposalData[]): GraphTarget | null {
  if (p.status !== 'ACCEPTED' || !p.resultId) return null;
  if (p.kind === 'ENTITY') return { expand: p.resultId, select: p.resultId };
  const anchor = p.kind === 'RELATIONSHIP' ? (endEntity(p.from, all) ?? endEntity(p.to, all)) : endEntity(p.subject, all);
  if (!anchor) return null;
  return { expand: anchor, select: p.kind === 'RELATIONSHIP' ? p.resultId : anchor };
}
