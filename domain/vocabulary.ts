// The words of the model and the checks of every record against them: kinds and subkinds, relationship types, roles,
// claim attributes. The seed's vocabulary.yaml, the database's copy and admins' additions all have this shape.
// A word from input is looked up with ownEntry/Object.hasOwn only, so `constructor` or `__proto__` is never a word.
import { emptyRecord, ownEntry } from './input-rules.js';

export interface KindDefinition {
  description: string;
  color: string;
  shape: string;
  subkinds: Record<string, string>;
}

export interface AttributeDefinition {
  description: string;
  /** Values add up (charges) rather than contradict (a prison term). */
  multiValued: boolean;
}

export interface Vocabulary {
  kinds: Record<string, KindDefinition>;
  relationships: Record<string, string>;
  roles: Record<string, string>;
  attributes: Record<string, AttributeDefinition>;
}

export type VocabularyGroup = 'KIND' | 'SUBKIND' | 'RELATIONSHIP_TYPE' | 'ROLE' | 'ATTRIBUTE';

/** One word as the database stores it; `key` is unique across groups. */
export interface VocabularyTerm {
  key: string;
  group: VocabularyGroup;
  name: string;
  description: string;
  kind: string | null;
  color: string | null;
  shape: string | null;
  multiValued: boolean | null;
  /** Where it was defined: "shared" (seed/vocabulary.yaml), a case id, or "curated" (added through the API). */
  origin: string;
}

export const WORD = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const TYPE_WORD = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
export const ATTRIBUTE_WORD = /^[\p{L}\p{N}][\p{L}\p{N} ,'’()-]{0,79}$/u;
export const COLOR = /^#[0-9a-fA-F]{6}$/;
export const SHAPES = [
  'ellipse',
  'rhomboid',
  'round-rectangle',
  'rectangle',
  'diamond',
  'hexagon',
  'triangle',
  'octagon',
  'star',
  'round-triangle',
  'barrel',
  'vee',
] as const;
/** Colours for kinds added without one: colour-blind-safe, apart from the five seed kinds' Okabe–Ito colours. */
const SPARE_COLORS = ['#882255', '#44AA99', '#999933', '#AA4499', '#332288', '#117733', '#661100', '#6699CC'];

const RESERVED_KINDS = new Set(['rel', 'claim']);

export const termKey = (group: VocabularyGroup, name: string, kind?: string | null) =>
  group === 'SUBKIND' ? `SUBKIND:${kind ?? ''}/${name}` : `${group}:${name}`;

const list = (words: Record<string, unknown>) => Object.keys(words).join(', ');

export function kindProblems(vocabulary: Vocabulary, kind: string, subkind: string | null | undefined): string[] {
  const known = ownEntry(vocabulary.kinds, kind);
  if (!known) return [`kind "${kind}" is not one of: ${list(vocabulary.kinds)}`];
  const subkinds = Object.keys(known.subkinds);
  if (subkind && !subkinds.includes(subkind)) return [`subkind "${subkind}" is not one of ${kind}'s: ${subkinds.join(', ') || '(none)'}`];
  if (!subkind && subkinds.length > 0) return [`a ${kind} needs a subkind, one of: ${subkinds.join(', ')}`];
  return [];
}

export function linkWordProblems(vocabulary: Vocabulary, type: string, role: string | null | undefined): string[] {
  const problems: string[] = [];
  if (!Object.hasOwn(vocabulary.relationships, type)) problems.push(`type "${type}" is not one of: ${list(vocabulary.relationships)}`);
  if (role && !Object.hasOwn(vocabulary.roles, role)) problems.push(`role "${role}" is not one of: ${list(vocabulary.roles)}`);
  return problems;
}

export function attributeProblems(vocabulary: Vocabulary, attribute: string): string[] {
  return Object.hasOwn(vocabulary.attributes, attribute) ? [] : [`attribute "${attribute}" is not one of: ${list(vocabulary.attributes)}`];
}

export function isMultiValued(vocabulary: Vocabulary, attribute: string): boolean {
  return ownEntry(vocabulary.attributes, attribute)?.multiValued === true;
}

/** The vocabulary as database terms, each marked with where it was defined. */
export function toTerms(vocabulary: Vocabulary, origin: string): VocabularyTerm[] {
  const term = (group: VocabularyGroup, name: string, description: string, extra: Partial<VocabularyTerm> = {}): VocabularyTerm => ({
    key: termKey(group, name, extra.kind),
    group,
    name,
    description,
    kind: null,
    color: null,
    shape: null,
    multiValued: null,
    origin,
    ...extra,
  });
  return [
    ...Object.entries(vocabulary.kinds).flatMap(([kind, k]) => [
      term('KIND', kind, k.description, { color: k.color, shape: k.shape }),
      ...Object.entries(k.subkinds).map(([name, description]) => term('SUBKIND', name, description, { kind })),
    ]),
    ...Object.entries(vocabulary.relationships).map(([name, d]) => term('RELATIONSHIP_TYPE', name, d)),
    ...Object.entries(vocabulary.roles).map(([name, d]) => term('ROLE', name, d)),
    ...Object.entries(vocabulary.attributes).map(([name, a]) => term('ATTRIBUTE', name, a.description, { multiValued: a.multiValued })),
  ];
}

/** Terms back into a vocabulary; subkinds of a kind that is not there are dropped. In the order given. */
export function fromTerms(terms: readonly VocabularyTerm[]): Vocabulary {
  const vocabulary: Vocabulary = { kinds: emptyRecord(), relationships: emptyRecord(), roles: emptyRecord(), attributes: emptyRecord() };
  for (const t of terms.filter((t) => t.group === 'KIND')) {
    vocabulary.kinds[t.name] = {
      description: t.description,
      color: t.color ?? '#777777',
      shape: t.shape ?? 'ellipse',
      subkinds: emptyRecord(),
    };
  }
  for (const t of terms) {
    const kind = t.group === 'SUBKIND' && t.kind ? ownEntry(vocabulary.kinds, t.kind) : undefined;
    if (kind) kind.subkinds[t.name] = t.description;
    if (t.group === 'RELATIONSHIP_TYPE') vocabulary.relationships[t.name] = t.description;
    if (t.group === 'ROLE') vocabulary.roles[t.name] = t.description;
    if (t.group === 'ATTRIBUTE') vocabulary.attributes[t.name] = { description: t.description, multiValued: t.multiValued === true };
  }
  return vocabulary;
}

export interface TermInput {
  group: VocabularyGroup;
  name: string;
  description: string;
  kind?: string | null;
  multiValued?: boolean | null;
  color?: string | null;
  shape?: string | null;
}

/** What makes a word well formed, wherever it is defined: seed/vocabulary.yaml, a case's file, or the API. */
export function termProblems(input: TermInput): string[] {
  const problems: string[] = [];
  const name = input.name.trim();
  const description = input.description.trim();
  // Entity ids start with their kind; links' and claims' ids with these words.
  if (input.group === 'KIND' && RESERVED_KINDS.has(name)) problems.push(`"${name}" is reserved and cannot be a kind`);
  if (description.length < 3 || description.length > 300) problems.push('description must be 3 to 300 characters');
  const pattern = { KIND: WORD, SUBKIND: WORD, ROLE: WORD, RELATIONSHIP_TYPE: TYPE_WORD, ATTRIBUTE: ATTRIBUTE_WORD }[input.group];
  if (!pattern.test(name) || name.length > 80) problems.push(`name "${name}" must match ${pattern.source}`);
  if (input.group === 'ATTRIBUTE' && typeof input.multiValued !== 'boolean')
    problems.push('an attribute needs multiValued: true when values add up, false when two values contradict');
  if (input.color && !COLOR.test(input.color)) problems.push('color must look like #rrggbb');
  if (input.shape && !(SHAPES as readonly string[]).includes(input.shape)) problems.push(`shape must be one of: ${SHAPES.join(', ')}`);
  return problems;
}

/** Every ill-formed word of a vocabulary, named. */
export function vocabularyProblems(vocabulary: Vocabulary): string[] {
  return toTerms(vocabulary, '').flatMap((t) => termProblems(t).map((p) => `${t.group.toLowerCase().replace('_', ' ')} "${t.name}": ${p}`));
}

/** Checks a new word against the vocabulary it joins and completes it (a colour and shape for a kind). */
export function newTerm(vocabulary: Vocabulary, input: TermInput, origin: string): { term: VocabularyTerm | null; problems: string[] } {
  const problems = termProblems(input);
  const name = input.name.trim();
  const description = input.description.trim();
  const existing: Record<VocabularyGroup, Record<string, unknown>> = {
    KIND: vocabulary.kinds,
    SUBKIND: input.kind ? (ownEntry(vocabulary.kinds, input.kind)?.subkinds ?? {}) : {},
    RELATIONSHIP_TYPE: vocabulary.relationships,
    ROLE: vocabulary.roles,
    ATTRIBUTE: vocabulary.attributes,
  };
  // A word is never repurposed: adding one that exists is refused, whatever its new description.
  if (Object.hasOwn(existing[input.group], name)) problems.push(`"${name}" is already in the vocabulary; words are never redefined`);
  if (input.group === 'SUBKIND' && !(input.kind && ownEntry(vocabulary.kinds, input.kind)))
    problems.push(`a subkind needs the kind it belongs to, one of: ${list(vocabulary.kinds)}`);
  if (problems.length > 0) return { term: null, problems };
  const kindCount = Object.keys(vocabulary.kinds).length;
  const term: VocabularyTerm = {
    key: termKey(input.group, name, input.kind),
    group: input.group,
    name,
    description,
    kind: input.group === 'SUBKIND' ? (input.kind ?? null) : null,
    color: input.group === 'KIND' ? (input.color ?? SPARE_COLORS[kindCount % SPARE_COLORS.length]!) : null,
    shape: input.group === 'KIND' ? (input.shape ?? SHAPES[kindCount % SHAPES.length]!) : null,
    multiValued: input.group === 'ATTRIBUTE' ? (input.multiValued ?? false) : null,
    origin,
  };
  return { term, problems };
}

/** A vocabulary with another's words added; a word both define differently is a problem (words are never redefined). */
export function extendVocabulary(base: Vocabulary, addition: Partial<Vocabulary>): { vocabulary: Vocabulary; problems: string[] } {
  const problems: string[] = [];
  const merged: Vocabulary = structuredClone(base);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [name, kind] of Object.entries(addition.kinds ?? {})) {
    const known = ownEntry(merged.kinds, name);
    if (!known) {
      merged.kinds[name] = structuredClone(kind);
      continue;
    }
    if (!same({ ...known, subkinds: {} }, { ...kind, subkinds: {} })) problems.push(`kind "${name}" is defined differently already`);
    for (const [sub, description] of Object.entries(kind.subkinds)) {
      const knownDescription = ownEntry(known.subkinds, sub);
      if (knownDescription !== undefined && knownDescription !== description)
        problems.push(`subkind "${sub}" of ${name} is defined differently already`);
      known.subkinds[sub] = knownDescription ?? description;
    }
  }
  for (const group of ['relationships', 'roles', 'attributes'] as const) {
    const target = merged[group] as Record<string, unknown>;
    for (const [name, definition] of Object.entries(addition[group] ?? {})) {
      const known = ownEntry(target, name);
      if (known !== undefined && !same(known, definition)) problems.push(`${group} word "${name}" is defined differently already`);
      if (known === undefined) target[name] = definition;
    }
  }
  return { vocabulary: merged, problems };
}
