// The records of the graph — entity, link, claim, each with its citations — their checks, their identity as facts,
// and the properties they are stored as. Seed loader, API, export and ingestion all go through here.
import { DATE_FORMAT_HINT, dateWidth, datesCompatible, isDate, storedDate } from './dates.js';
import { FIELD_RULES, MAX_NAME, MAX_SOURCE_TEXT, MAX_TEXT, MAX_URL, clip, fieldProblem, type FieldKind } from './input-rules.js';
import { searchTextFor } from './names.js';
import { normaliseForQuote, quoteProblem } from './quotes.js';
import { attributeProblems, kindProblems, linkWordProblems, type Vocabulary } from './vocabulary.js';

/** One citation shape everywhere: the source's id and the verbatim words. */
export interface Citation {
  sourceId: string;
  quote: string;
}

export interface Alias {
  name: string;
  reason: string;
}

export interface EntityRecord {
  id: string;
  kind: string;
  subkind: string | null;
  name: string;
  descriptiveName: boolean;
  aliases: Alias[];
  date: string | null;
  dateInferred: string | null;
  description: string | null;
  citations: Citation[];
}

export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  role: string | null;
  date: string | null;
  dateInferred: string | null;
  citations: Citation[];
}

export interface ClaimRecord {
  id: string;
  subject: string;
  attribute: string;
  value: string;
  preferred: boolean;
  preferredReason: string | null;
  citations: Citation[];
}

export interface SourceRecord {
  id: string;
  caseId: string;
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  dateNote: string | null;
  url: string | null;
  text: string;
}

// Each a narrower form of the one id shape every id has (domain/input-rules.ts, ID_SHAPE).
export const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
export const CASE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const ENTITY_ID = /^[a-z][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
export const RELATIONSHIP_ID = /^rel(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)+$/;
export const CLAIM_ID = /^claim(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)+$/;
export { MAX_NAME, MAX_SOURCE_TEXT, MAX_TEXT };

/** Looks up a source's text by id; undefined when there is no such source. */
export type SourceTexts = (sourceId: string) => string | undefined;

/** A text field's problems: too short (spaces aside) or too long for its kind, or holding a character no field may hold. */
function textProblems(problems: string[], field: string, value: string | null | undefined, kind: FieldKind, min = 1): void {
  if (value === null || value === undefined) return;
  const max = FIELD_RULES[kind].max;
  if (value.trim().length < min || value.length > max) problems.push(`${field} must be ${min} to ${max} characters`);
  else {
    const problem = fieldProblem(field, value, kind);
    if (problem) problems.push(problem);
  }
}

function dateProblems(problems: string[], date: string | null, dateInferred: string | null): void {
  if (date !== null && !isDate(date)) problems.push(`date must be ${DATE_FORMAT_HINT}, got "${date}"`);
  textProblems(problems, 'dateInferred', dateInferred, 'text', 3);
}

export function citationProblems(citations: readonly Citation[], texts: SourceTexts): string[] {
  if (citations.length === 0) return ['at least one citation (a source and a verbatim quote) is required'];
  const problems: string[] = [];
  const seen = new Set<string>();
  citations.forEach((citation, index) => {
    const text = texts(citation.sourceId);
    const where = citations.length > 1 ? `citations[${index}]: ` : '';
    if (text === undefined) problems.push(`${where}source "${citation.sourceId}" does not exist`);
    else {
      const problem = quoteProblem(text, citation.quote);
      if (problem) problems.push(`${where}${problem} (source "${citation.sourceId}")`);
    }
    const key = citationKey(citation);
    if (seen.has(key)) problems.push(`${where}the same citation is given twice`);
    seen.add(key);
  });
  return problems;
}

export function sourceProblems(source: SourceRecord): string[] {
  const problems: string[] = [];
  if (!SOURCE_ID.test(source.id))
    problems.push(`id "${clip(source.id)}" must be letters, digits, dots, dashes or underscores (at most 120)`);
  if (!CASE_ID.test(source.caseId)) problems.push(`caseId "${clip(source.caseId)}" must be a lower-case kebab-slug`);
  textProblems(problems, 'title', source.title, 'name');
  textProblems(problems, 'publisher', source.publisher, 'name');
  textProblems(problems, 'author', source.author, 'name');
  textProblems(problems, 'dateNote', source.dateNote, 'text');
  textProblems(problems, 'text', source.text, 'document');
  if (source.date !== null && !isDate(source.date)) problems.push(`date must be ${DATE_FORMAT_HINT}, got "${source.date}"`);
  if (source.url !== null && (fieldProblem('url', source.url, 'url') || !/^https?:\/\/\S+$/.test(source.url)))
    problems.push(`url must be an http(s) address of at most ${MAX_URL} characters`);
  return problems;
}

export function entityProblems(entity: EntityRecord, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  if (!ENTITY_ID.test(entity.id)) problems.push(`id "${clip(entity.id)}" must look like kind/kebab-slug`);
  // Links and claims are told from entities by these prefixes (addCitation takes any of the three).
  if (/^(rel|claim)\//.test(entity.id))
    problems.push(`id "${entity.id}" starts as a link's or a claim's id does; an entity id starts with its kind`);
  problems.push(...kindProblems(vocabulary, entity.kind, entity.subkind));
  textProblems(problems, 'name', entity.name, 'name');
  textProblems(problems, 'description', entity.description, 'text');
  dateProblems(problems, entity.date, entity.dateInferred);
  const names = new Set([entity.name.trim()]);
  for (const alias of entity.aliases) {
    textProblems(problems, 'alias', alias.name, 'name');
    textProblems(problems, `reason for "${clip(alias.name)}"`, alias.reason, 'text', 3);
    if (names.has(alias.name.trim())) problems.push(`"${alias.name}" is already a name of ${entity.id}`);
    names.add(alias.name.trim());
  }
  return problems;
}

export function relationshipProblems(link: RelationshipRecord, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  if (!RELATIONSHIP_ID.test(link.id)) problems.push(`id "${clip(link.id)}" must look like rel/some-slug`);
  problems.push(...linkWordProblems(vocabulary, link.type, link.role));
  // A link from an entity to itself says nothing, and a merge could not restore it.
  if (link.from === link.to) problems.push('from and to must be two different entities');
  dateProblems(problems, link.date, link.dateInferred);
  return problems;
}

export function claimProblems(claim: ClaimRecord, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  if (!CLAIM_ID.test(claim.id)) problems.push(`id "${clip(claim.id)}" must look like claim/some-slug`);
  problems.push(...attributeProblems(vocabulary, claim.attribute));
  textProblems(problems, 'value', claim.value, 'text');
  if (claim.preferred && !claim.preferredReason?.trim()) problems.push('a preferred claim needs the reason it is preferred');
  textProblems(problems, 'preferredReason', claim.preferredReason, 'text');
  return problems;
}

// ---------------------------------------------------------------- identity: when two records are one fact

/** A claim's value as identity and contradictions compare it: case and typography aside. Stored beside the value. */
export const valueKey = (text: string) => normaliseForQuote(text).toLowerCase();

export const citationKey = (c: Citation) => `${c.sourceId}\u0000${normaliseForQuote(c.quote)}`;

/** A link is the same fact as another when type, ends and role match and their dates do not conflict. */
export function sameLink(a: Omit<RelationshipRecord, 'id' | 'citations' | 'dateInferred'>, b: typeof a): boolean {
  return (
    a.type === b.type && a.from === b.from && a.to === b.to && (a.role ?? null) === (b.role ?? null) && datesCompatible(a.date, b.date)
  );
}

/** Of the links that state the same fact as `link`, the one it corroborates: the same date first, then the most precise. */
export function findSameLink<T extends Parameters<typeof sameLink>[0]>(
  candidates: readonly T[],
  link: Parameters<typeof sameLink>[0],
): T | undefined {
  const same = candidates.filter((c) => sameLink(c, link));
  return same.find((c) => (c.date ?? null) === (link.date ?? null)) ?? [...same].sort((a, b) => dateWidth(a.date) - dateWidth(b.date))[0];
}

/** A claim is the same fact as another when subject, attribute and value match (case and typography aside). */
export const claimIdentity = (c: Pick<ClaimRecord, 'subject' | 'attribute' | 'value'>) =>
  `${c.subject}\u0000${c.attribute}\u0000${valueKey(c.value)}`;

/**
 * The contradictions among one entity's claims: a single-valued attribute with more than one value (case and
 * typography aside). Values of a multi-valued attribute add up and never contradict. cypher/claims/contradictions.cypher
 * applies the same rule across the graph.
 */
export function contradictionsAmong<C extends Pick<ClaimRecord, 'attribute' | 'value'>>(
  claims: readonly C[],
  multiValued: (attribute: string) => boolean,
): { attribute: string; claims: C[] }[] {
  const byAttribute = new Map<string, C[]>();
  for (const claim of claims) {
    if (!multiValued(claim.attribute)) byAttribute.set(claim.attribute, [...(byAttribute.get(claim.attribute) ?? []), claim]);
  }
  return [...byAttribute]
    .filter(([, list]) => new Set(list.map((c) => valueKey(c.value))).size > 1)
    .map(([attribute, list]) => ({ attribute, claims: list }));
}

/**
 * For each claim, the other values sources give for its attribute when they contradict it (contradictionsAmong):
 * empty when none does.
 */
export function otherValues<C extends Pick<ClaimRecord, 'attribute' | 'value'>>(
  claims: readonly C[],
  multiValued: (attribute: string) => boolean,
): Map<C, string[]> {
  const others = new Map<C, string[]>(claims.map((c) => [c, []]));
  for (const dispute of contradictionsAmong(claims, multiValued)) {
    for (const claim of dispute.claims) {
      const differing = dispute.claims.filter((c) => valueKey(c.value) !== valueKey(claim.value)).map((c) => c.value);
      others.set(claim, [...new Set(differing)]);
    }
  }
  return others;
}

/** The citations of both, each once, in the order first seen. */
export function mergeCitations(existing: readonly Citation[], added: readonly Citation[]): Citation[] {
  const seen = new Set(existing.map(citationKey));
  const result = [...existing];
  for (const c of added) {
    if (seen.has(citationKey(c))) continue;
    seen.add(citationKey(c));
    result.push(c);
  }
  return result;
}

// ---------------------------------------------------------------- the stored form (Neo4j properties)

export type StoredProps = Record<string, unknown>;

export function storedCitations(citations: readonly Citation[]) {
  return { citedSources: citations.map((c) => c.sourceId), citedQuotes: citations.map((c) => c.quote) };
}

export function citationsOf(props: StoredProps): Citation[] {
  const sources = strings(props.citedSources);
  const quotes = strings(props.citedQuotes);
  return sources.map((sourceId, i) => ({ sourceId, quote: quotes[i] ?? '' }));
}

export function storedEntity(entity: EntityRecord, caseId: string | null) {
  return {
    id: entity.id,
    caseId,
    kind: entity.kind,
    subkind: entity.subkind,
    name: entity.name.trim(),
    descriptiveName: entity.descriptiveName,
    aliases: entity.aliases.map((a) => a.name.trim()),
    aliasReasons: entity.aliases.map((a) => a.reason.trim()),
    ...storedDate(entity.date),
    dateInferred: entity.dateInferred,
    description: entity.description,
    searchText: searchTextFor([entity.name, ...entity.aliases.map((a) => a.name)]),
    ...storedCitations(entity.citations),
  };
}

/** A link's properties; its two ends are the nodes it joins, not properties. */
export function storedRelationship(link: RelationshipRecord, caseId: string | null) {
  return {
    id: link.id,
    caseId,
    type: link.type,
    role: link.role,
    ...storedDate(link.date),
    dateInferred: link.dateInferred,
    ...storedCitations(link.citations),
  };
}

/** A claim's properties; its subject is the entity it is ABOUT. */
export function storedClaim(claim: ClaimRecord, caseId: string | null) {
  return {
    id: claim.id,
    caseId,
    attribute: claim.attribute,
    value: claim.value.trim(),
    valueKey: valueKey(claim.value),
    preferred: claim.preferred,
    preferredReason: claim.preferredReason,
    ...storedCitations(claim.citations),
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const optional = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function entityFromStored(props: StoredProps): EntityRecord {
  const reasons = strings(props.aliasReasons);
  return {
    id: String(props.id),
    kind: String(props.kind),
    subkind: optional(props.subkind),
    name: String(props.name),
    descriptiveName: props.descriptiveName === true,
    aliases: strings(props.aliases).map((name, i) => ({ name, reason: reasons[i] ?? '' })),
    date: optional(props.date),
    dateInferred: optional(props.dateInferred),
    description: optional(props.description),
    citations: citationsOf(props),
  };
}

export function relationshipFromStored(props: StoredProps, from: string, to: string): RelationshipRecord {
  return {
    id: String(props.id),
    type: String(props.type),
    from,
    to,
    role: optional(props.role),
    date: optional(props.date),
    dateInferred: optional(props.dateInferred),
    citations: citationsOf(props),
  };
}

export function claimFromStored(props: StoredProps, subject: string): ClaimRecord {
  return {
    id: String(props.id),
    subject,
    attribute: String(props.attribute),
    value: String(props.value),
    preferred: props.preferred === true,
    preferredReason: optional(props.preferredReason),
    citations: citationsOf(props),
  };
}
