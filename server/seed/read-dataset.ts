// Reads and validates the seed folder: every problem is reported with its file, record and reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  caseSchema,
  claimSchema,
  entitySchema,
  relationshipSchema,
  sourceSchema,
  vocabularySchema,
  type Citation,
  type Dataset,
  type SourceRecord,
  type Vocabulary,
} from './schema.js';

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

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

class Reader {
  readonly problems: SeedProblem[] = [];
  /** Ids of records rejected for their shape: still "known", so references to them do not add a second problem. */
  readonly rejectedIds = new Set<string>();
  constructor(private readonly root: string) {}

  relative(file: string): string {
    return path.relative(path.dirname(this.root), file).replace(/\\/g, '/');
  }

  problem(file: string, record: string | null, reason: string): void {
    this.problems.push({ file: this.relative(file), record, reason });
  }

  yaml(file: string): unknown {
    if (!existsSync(file)) {
      this.problem(file, null, 'file is missing');
      return undefined;
    }
    try {
      return parse(readFileSync(file, 'utf8'));
    } catch (error) {
      this.problem(file, null, `not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Parses a file holding one record; null when invalid (reported). */
  object<S extends z.ZodType>(file: string, schema: S): z.infer<S> | null {
    const data = this.yaml(file);
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
      const label = recordLabel(item, index);
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data as z.infer<S>];
      if (typeof item === 'object' && item !== null && 'id' in item) this.rejectedIds.add(String(item.id));
      for (const issue of parsed.error.issues) {
        this.problem(file, label, `${issue.path.join('.') || 'record'}: ${issue.message}`);
      }
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
  const vocabulary = reader.object(path.join(seedRoot, 'vocabulary.yaml'), vocabularySchema);
  if (!vocabulary) throw new SeedError(reader.problems);
  return vocabulary;
}

/** Reads seed/vocabulary.yaml and every case in seed/cases/, or throws a SeedError listing every problem. */
export function readDataset(seedRoot: string): Dataset {
  const vocabulary = readVocabulary(seedRoot);
  const reader = new Reader(seedRoot);
  const dataset: Dataset = { cases: [], sources: [], entities: [], relationships: [], claims: [] };
  const casesDir = path.join(seedRoot, 'cases');
  const caseDirs = existsSync(casesDir) ? readdirSync(casesDir).sort() : [];
  if (caseDirs.length === 0) reader.problem(casesDir, null, 'no case folders found');
  for (const name of caseDirs) readCase(reader, path.join(casesDir, name), dataset);
  checkReferences(reader, path.join(casesDir), dataset, vocabulary);
  if (reader.problems.length > 0) throw new SeedError(reader.problems);
  return dataset;
}

function readCase(reader: Reader, dir: string, dataset: Dataset): void {
  const info = reader.object(path.join(dir, 'case.yaml'), caseSchema);
  if (info) dataset.cases.push(info);
  const sourcesFile = path.join(dir, 'sources.yaml');
  for (const source of reader.list(sourcesFile, sourceSchema)) {
    const textPath = path.join(dir, source.textFile);
    if (!existsSync(textPath)) {
      reader.problem(sourcesFile, source.id, `textFile ${source.textFile} does not exist`);
      continue;
    }
    dataset.sources.push({ ...source, text: readFileSync(textPath, 'utf8') });
  }
  const files = { entities: 'entities.yaml', relationships: 'relationships.yaml', claims: 'claims.yaml' };
  for (const entity of reader.list(path.join(dir, files.entities), entitySchema)) dataset.entities.push(tag(entity, dir, files.entities));
  for (const rel of reader.list(path.join(dir, files.relationships), relationshipSchema))
    dataset.relationships.push(tag(rel, dir, files.relationships));
  for (const claim of reader.list(path.join(dir, files.claims), claimSchema)) dataset.claims.push(tag(claim, dir, files.claims));
}

const origins = new WeakMap<object, string>();
function tag<T extends object>(record: T, dir: string, file: string): T {
  origins.set(record, path.join(dir, file));
  return record;
}

function checkReferences(reader: Reader, casesDir: string, dataset: Dataset, vocabulary: Vocabulary): void {
  const fileOf = (record: object) => origins.get(record) ?? casesDir;
  const sources = new Map<string, SourceRecord>();
  for (const source of dataset.sources) {
    if (sources.has(source.id)) reader.problem(casesDir, source.id, 'duplicate source id');
    sources.set(source.id, source);
  }
  const normalisedTexts = new Map([...sources].map(([id, s]) => [id, normaliseSpace(s.text)]));
  const checkCitations = (record: { id: string; citations: Citation[] }) => {
    for (const citation of record.citations) {
      const text = normalisedTexts.get(citation.source);
      if (text === undefined) reader.problem(fileOf(record), record.id, `cites unknown source "${citation.source}"`);
      else if (!text.includes(normaliseSpace(citation.quote))) {
        reader.problem(fileOf(record), record.id, `quote not found in source ${citation.source}: "${citation.quote}"`);
      }
    }
  };
  const ids = new Set<string>();
  const claimId = (record: { id: string }) => {
    if (ids.has(record.id)) reader.problem(fileOf(record), record.id, 'duplicate id');
    ids.add(record.id);
  };
  const entityIds = new Set([...dataset.entities.map((e) => e.id), ...reader.rejectedIds]);
  for (const entity of dataset.entities) {
    claimId(entity);
    checkCitations(entity);
    const kind = vocabulary.kinds[entity.kind];
    if (!kind)
      reader.problem(fileOf(entity), entity.id, `unknown kind "${entity.kind}" (known: ${Object.keys(vocabulary.kinds).join(', ')})`);
    else if (Object.keys(kind.subkinds).length > 0 && !(entity.subkind && entity.subkind in kind.subkinds)) {
      reader.problem(
        fileOf(entity),
        entity.id,
        `subkind "${entity.subkind ?? ''}" is not one of ${entity.kind}'s: ${Object.keys(kind.subkinds).join(', ')}`,
      );
    }
  }
  for (const rel of dataset.relationships) {
    claimId(rel);
    checkCitations(rel);
    if (!(rel.type in vocabulary.relationships)) reader.problem(fileOf(rel), rel.id, `unknown relationship type "${rel.type}"`);
    if (rel.role && !(rel.role in vocabulary.roles)) reader.problem(fileOf(rel), rel.id, `unknown role "${rel.role}"`);
    for (const end of [rel.from, rel.to]) {
      if (!entityIds.has(end)) reader.problem(fileOf(rel), rel.id, `refers to unknown entity "${end}"`);
    }
  }
  for (const claim of dataset.claims) {
    claimId(claim);
    checkCitations(claim);
    if (!entityIds.has(claim.subject)) reader.problem(fileOf(claim), claim.id, `subject "${claim.subject}" is not a known entity`);
  }
}
