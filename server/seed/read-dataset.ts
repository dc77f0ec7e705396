// Reads and validates the seed folder: every problem is reported with its file, record and reason, and nothing is
// loaded while any remains. The rules themselves are the domain's (domain/records.ts), the same the API applies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  citationProblems,
  claimIdentity,
  claimProblems,
  entityProblems,
  relationshipProblems,
  sameLink,
  sourceProblems,
  type Citation,
  type RelationshipRecord,
} from '../../domain/records.js';
import { extendVocabulary, vocabularyProblems, type Vocabulary } from '../../domain/vocabulary.js';
import { caseSchema, caseVocabularySchema, claimSchema, entitySchema, relationshipSchema, sourceSchema, vocabularySchema, type Dataset } from './schema.js';

export interface SeedProblem {
  file: string;
  record: string | null;
  reason: string;
}

export class SeedError extends Error {
  readonly code = 'SEED_INVALID';
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed data is invalid; nothing was written (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p.file}${p.record ? ` [${p.record}]` : ''}: ${p.reason}`).join('\n'),
    );
  }
}

export const CASE_FILES = {
  case: 'case.yaml',
  vocabulary: 'vocabulary.yaml',
  sources: 'sources.yaml',
  entities: 'entities.yaml',
  relationships: 'relationships.yaml',
  claims: 'claims.yaml',
} as const;

class Reader {
  readonly problems: SeedProblem[] = [];
  /** Ids of records rejected for their shape: still "known", so references to them do not add a second problem. */
  readonly rejectedIds = new Set<string>();
  constructor(private readonly root: string) {}

  problem(file: string, record: string | null, reason: string): void {
    this.problems.push({ file: path.relative(path.dirname(this.root), file).replace(/\\/g, '/'), record, reason });
  }

  yaml(file: string, optional = false): unknown {
    if (!existsSync(file)) {
      if (!optional) this.problem(file, null, 'file is missing');
      return undefined;
    }
    try {
      return parse(readFileSync(file, 'utf8'));
    } catch (error) {
      this.problem(file, null, `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Parses a file holding one record; null when invalid (reported) or when an optional file is absent. */
  object<S extends z.ZodType>(file: string, schema: S, optional = false): z.infer<S> | null {
    const data = this.yaml(file, optional);
    if (data === undefined) return null;
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data as z.infer<S>;
    for (const issue of parsed.error.issues) this.problem(file, null, `${issue.path.join('.') || 'file'}: ${issue.message}`);
    return null;
  }

  /** Parses a file holding a list of records; invalid records are reported and dropped. */
  list<S extends z.ZodType>(file: string, schema: S): z.infer<S>[] {
    const data = this.yaml(file);
    if (data === undefined || data === null) return [];
    if (!Array.isArray(data)) {
      this.problem(file, null, 'must hold a list of records');
      return [];
    }
    return data.flatMap((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data as z.infer<S>];
      if (typeof item === 'object' && item !== null && 'id' in item) this.rejectedIds.add(String(item.id));
      for (const issue of parsed.error.issues) this.problem(file, recordLabel(item, index), `${issue.path.join('.') || 'record'}: ${issue.message}`);
      return [];
    });
  }
}

function recordLabel(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : null;
  return id ? `#${index + 1} ${id}` : `#${index + 1}`;
}

export function readVocabulary(seedRoot: string): Vocabulary {
  const reader = new Reader(seedRoot);
  const file = path.join(seedRoot, 'vocabulary.yaml');
  const vocabulary = reader.object(file, vocabularySchema);
  for (const problem of vocabulary ? vocabularyProblems(vocabulary) : []) reader.problem(file, null, problem);
  if (!vocabulary || reader.problems.length > 0) throw new SeedError(reader.problems);
  return vocabulary;
}

/** Reads seed/vocabulary.yaml and every case in seed/cases/, or throws a SeedError listing every problem. */
export function readDataset(seedRoot: string): Dataset {
  const reader = new Reader(seedRoot);
  const shared = readVocabulary(seedRoot);
  const dataset: Dataset = { vocabulary: shared, caseVocabularies: {}, cases: [], sources: [], entities: [], relationships: [], claims: [] };
  const casesDir = path.join(seedRoot, 'cases');
  const caseDirs = existsSync(casesDir) ? readdirSync(casesDir).sort() : [];
  if (caseDirs.length === 0) reader.problem(casesDir, null, 'no case folders found');
  for (const name of caseDirs) readCase(reader, path.join(casesDir, name), dataset);
  checkRecords(reader, casesDir, dataset);
  if (reader.problems.length > 0) throw new SeedError(reader.problems);
  return dataset;
}

function readCase(reader: Reader, dir: string, dataset: Dataset): void {
  const caseId = path.basename(dir);
  const file = (name: keyof typeof CASE_FILES) => path.join(dir, CASE_FILES[name]);
  const info = reader.object(file('case'), caseSchema);
  if (info && info.id !== caseId) reader.problem(file('case'), null, `id "${info.id}" must be the folder's name, "${caseId}"`);
  if (info) dataset.cases.push(info);
  const additions = reader.object(file('vocabulary'), caseVocabularySchema, true);
  if (additions) {
    const { vocabulary, problems } = extendVocabulary(dataset.vocabulary, additions);
    const words = vocabularyProblems({ kinds: {}, relationships: {}, roles: {}, attributes: {}, ...additions });
    for (const problem of [...problems, ...words]) reader.problem(file('vocabulary'), null, problem);
    dataset.vocabulary = vocabulary;
    dataset.caseVocabularies[caseId] = { kinds: {}, relationships: {}, roles: {}, attributes: {}, ...additions };
  }
  for (const source of reader.list(file('sources'), sourceSchema)) {
    const textPath = path.join(dir, source.textFile);
    if (!existsSync(textPath)) {
      reader.problem(file('sources'), source.id, `textFile ${source.textFile} does not exist`);
      continue;
    }
    const record = { ...source, caseId, text: readFileSync(textPath, 'utf8') };
    for (const problem of sourceProblems(record)) reader.problem(file('sources'), source.id, problem);
    dataset.sources.push(record);
  }
  for (const e of reader.list(file('entities'), entitySchema)) dataset.entities.push(tag({ ...e, caseId }, file('entities')));
  for (const r of reader.list(file('relationships'), relationshipSchema)) dataset.relationships.push(tag({ ...r, caseId }, file('relationships')));
  for (const c of reader.list(file('claims'), claimSchema)) dataset.claims.push(tag({ ...c, caseId }, file('claims')));
}

const origins = new WeakMap<object, string>();
function tag<T extends object>(record: T, file: string): T {
  origins.set(record, file);
  return record;
}

function checkRecords(reader: Reader, casesDir: string, dataset: Dataset): void {
  const report = (record: { id: string }, reasons: string[]) => {
    for (const reason of reasons) reader.problem(origins.get(record) ?? casesDir, record.id, reason);
  };
  const sourceTexts = new Map<string, string>();
  for (const source of dataset.sources) {
    if (sourceTexts.has(source.id)) reader.problem(casesDir, source.id, 'duplicate source id');
    sourceTexts.set(source.id, source.text);
  }
  const cited = (citations: Citation[]) => citationProblems(citations, (id) => sourceTexts.get(id));
  const ids = new Set<string>();
  const uniqueId = (record: { id: string }) => {
    if (ids.has(record.id)) report(record, ['duplicate id']);
    ids.add(record.id);
  };
  const entityIds = new Set([...dataset.entities.map((e) => e.id), ...reader.rejectedIds]);
  const vocabulary = dataset.vocabulary;
  for (const entity of dataset.entities) {
    uniqueId(entity);
    report(entity, [...entityProblems(entity, vocabulary), ...cited(entity.citations)]);
  }
  const links = new Map<string, RelationshipRecord[]>();
  for (const link of dataset.relationships) {
    uniqueId(link);
    const ends = [link.from, link.to].filter((end) => !entityIds.has(end)).map((end) => `refers to unknown entity "${end}"`);
    report(link, [...relationshipProblems(link, vocabulary), ...cited(link.citations), ...ends]);
    const key = `${link.type}|${link.from}|${link.to}`;
    const twin = links.get(key)?.find((other) => sameLink(other, link));
    if (twin) report(link, [`states the same fact as ${twin.id} (type, ends, role and date agree): give its citations to that record`]);
    links.set(key, [...(links.get(key) ?? []), link]);
  }
  const claims = new Map<string, string>();
  for (const claim of dataset.claims) {
    uniqueId(claim);
    const subject = entityIds.has(claim.subject) ? [] : [`subject "${claim.subject}" is not a known entity`];
    report(claim, [...claimProblems(claim, vocabulary), ...cited(claim.citations), ...subject]);
    const twin = claims.get(claimIdentity(claim));
    if (twin) report(claim, [`states the same fact as ${twin} (subject, attribute and value agree): give its citations to that record`]);
    claims.set(claimIdentity(claim), claim.id);
  }
}
