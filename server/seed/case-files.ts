// A case as the database holds it, written back as seed files: the round trip that keeps curated work. The format is
// canonical (records in a fixed order, empty fields left out), so seed → export reproduces the files byte for byte.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  claimFromStored,
  entityFromStored,
  relationshipFromStored,
  type Citation,
  type ClaimRecord,
  type EntityRecord,
  type RelationshipRecord,
  type SourceRecord,
} from '../../domain/records.js';
import { fromTerms, type Vocabulary, type VocabularyTerm } from '../../domain/vocabulary.js';
import type { Database } from '../db/database.js';
import type { Props } from '../repository/state.js';
import { CASE_FILES } from './read-dataset.js';
import type { CaseInfo } from './schema.js';

export interface CaseSnapshot {
  info: CaseInfo;
  /** Words this case (or the API) added to the shared vocabulary, with the definitions of the kinds they extend. */
  vocabulary: Vocabulary | null;
  sources: SourceRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
  claims: ClaimRecord[];
}

export async function readCaseSnapshot(db: Database, caseId: string): Promise<CaseSnapshot | null> {
  const [record] = await db.read('export/case', { caseId });
  if (!record) return null;
  const terms = record.get('terms') as VocabularyTerm[];
  return {
    info: record.get('info') as CaseInfo,
    vocabulary: terms.length > 0 ? fromTerms(terms) : null,
    sources: (record.get('sources') as Props[]).map((s) => ({
      id: String(s.id),
      caseId,
      title: String(s.title),
      publisher: (s.publisher as string | null) ?? null,
      author: (s.author as string | null) ?? null,
      date: (s.date as string | null) ?? null,
      dateNote: (s.dateNote as string | null) ?? null,
      url: (s.url as string | null) ?? null,
      text: String(s.text ?? ''),
    })),
    entities: (record.get('entities') as Props[]).map(entityFromStored),
    relationships: (record.get('relationships') as { props: Props; from: string; to: string }[]).map((r) =>
      relationshipFromStored(r.props, r.from, r.to),
    ),
    claims: (record.get('claims') as { props: Props; subject: string }[]).map((c) => claimFromStored(c.props, c.subject)),
  };
}

/** A record as the files write it: keys in this order, empty values (null, false, []) left out. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0)));
}

const fileCitations = (citations: Citation[]) => citations.map((c) => ({ source: c.sourceId, quote: c.quote }));

export const sourceTextFile = (id: string) => `sources/${id}.txt`;

export function entityToFile(e: EntityRecord) {
  return compact({
    id: e.id,
    kind: e.kind,
    subkind: e.subkind,
    name: e.name,
    descriptiveName: e.descriptiveName,
    aliases: e.aliases.map((a) => ({ name: a.name, reason: a.reason })),
    date: e.date,
    dateInferred: e.dateInferred,
    description: e.description,
    citations: fileCitations(e.citations),
  });
}

export function relationshipToFile(r: RelationshipRecord) {
  return compact({ id: r.id, type: r.type, from: r.from, to: r.to, role: r.role, date: r.date, dateInferred: r.dateInferred, citations: fileCitations(r.citations) });
}

export function claimToFile(c: ClaimRecord) {
  return compact({
    id: c.id,
    subject: c.subject,
    attribute: c.attribute,
    value: c.value,
    preferred: c.preferred,
    preferredReason: c.preferredReason,
    citations: fileCitations(c.citations),
  });
}

export function sourceToFile(s: SourceRecord) {
  return compact({ id: s.id, title: s.title, publisher: s.publisher, author: s.author, date: s.date, dateNote: s.dateNote, url: s.url, textFile: sourceTextFile(s.id) });
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** A list of records, one block each with a blank line between, under an optional heading per group. */
function listFile(header: string, records: Record<string, unknown>[], groupOf?: (r: Record<string, unknown>) => string): string {
  let text = `# ${header}\n`;
  let group: string | null = null;
  for (const record of records) {
    const next = groupOf?.(record) ?? null;
    if (next !== null && next !== group) text += `\n# ---------------------------------------------------------------- ${next}\n`;
    group = next;
    text += `\n${yaml([record])}`;
  }
  return text;
}

/** Every file of the case folder, by path inside it. Entities are grouped by kind in the vocabulary's order. */
export function caseFiles(snapshot: CaseSnapshot, kindOrder: readonly string[]): Map<string, string> {
  const rank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);
  const entities = [...snapshot.entities].sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
  const about = `of the case ${snapshot.info.id} (format: README, "Seed data")`;
  const files = new Map<string, string>([
    [CASE_FILES.case, yaml({ id: snapshot.info.id, title: snapshot.info.title, description: snapshot.info.description })],
    [CASE_FILES.sources, listFile(`Sources ${about}; each text is in ${sourceTextFile('<id>')}`, byId(snapshot.sources).map(sourceToFile))],
    [CASE_FILES.entities, listFile(`Entities ${about}`, entities.map(entityToFile), (r) => String(r.kind))],
    [CASE_FILES.relationships, listFile(`Relationships ${about}`, byId(snapshot.relationships).map(relationshipToFile))],
    [CASE_FILES.claims, listFile(`Claims ${about}`, byId(snapshot.claims).map(claimToFile))],
  ]);
  if (snapshot.vocabulary) files.set(CASE_FILES.vocabulary, `# Words ${about} adds to seed/vocabulary.yaml\n${yaml(snapshot.vocabulary)}`);
  for (const source of snapshot.sources) files.set(sourceTextFile(source.id), source.text);
  return files;
}

/** Writes the files into `dir`, replacing what was there only once every file is written (a failure leaves it as it was). */
export function writeCaseFolder(dir: string, files: ReadonlyMap<string, string>): void {
  const staging = `${dir.replace(/[\\/]+$/, '')}.export-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
    writeFileSync(path.join(staging, file), content);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  renameSync(staging, dir);
}
