// Reports taken in: read, cleaned, analysed against what the graph knows, and stored with their original bytes and
// pending proposals. The same content twice is one report. Nothing becomes a fact here; review (proposal-review.ts) does that.
import { createHash } from 'node:crypto';
import {
  claimFromStored,
  claimIdentity,
  findSameLink,
  relationshipFromStored,
  sourceProblems,
  type SourceRecord,
} from '../../domain/records.js';
import { truncateText } from '../../domain/input-rules.js';
import type { Viewer } from '../auth/tokens.js';
import type { Database, Run } from '../db/database.js';
import { throwIfProblems } from '../db/errors.js';
import { analyseReport, type Analysis } from '../ingest/analyse-report.js';
import { datelineOf } from '../ingest/find-values.js';
import { buildGazetteer, knownEntities, type Gazetteer } from '../ingest/gazetteer.js';
import { readLexicon } from '../ingest/lexicon.js';
import { keptText } from '../ingest/clean-text.js';
import { refKey, signatureOf, type EntityProposal, type ProposalKind, type ReviewItem } from '../ingest/proposals.js';
import { readReport, type ReadReport } from '../ingest/read-report.js';
import { recordAudit } from './audit.js';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { toSource, type Source } from './model.js';
import { currentVocabulary, type Props } from './state.js';

export interface IngestRequest {
  bytes: Uint8Array;
  fileName?: string | null;
  mediaType?: string | null;
  title?: string | null;
  url?: string | null;
  date?: string | null;
  publisher?: string | null;
  author?: string | null;
  caseId?: string | null;
  caseTitle?: string | null;
}

/** A report's node: the bytes it came as, their hash, and what was found in it (JSON). */
export interface StoredReport {
  sourceId: string;
  sha256: string;
  capturedAt: string;
  capturedBy: string;
  mediaType: string;
  fileName: string | null;
  byteSize: number;
  original: Uint8Array;
  analysis: string;
}

/** A report read and analysed, not stored: what a dry run prints and what ingestReport stores. */
export interface ReportAnalysis {
  source: SourceRecord;
  sha256: string;
  read: ReadReport;
  analysis: Analysis;
  items: Omit<ReviewItem, 'id' | 'sourceId' | 'status' | 'resultId' | 'decidedBy' | 'decidedAt' | 'reason'>[];
  /** Proposals left out because an editor rejected the same statement before. */
  skippedAsRejected: number;
  /** The report already stored with this content, if any. */
  existingSourceId: string | null;
}

export async function readGazetteer(run: Run): Promise<Gazetteer> {
  const entities = (await run('ingest/known-entities')).map((r) => ({
    id: r.get('id') as string,
    kind: r.get('kind') as string,
    subkind: (r.get('subkind') as string | null) ?? null,
    name: r.get('name') as string,
    descriptiveName: r.get('descriptiveName') === true,
    aliases: r.get('aliases') as { name: string }[],
    date: (r.get('date') as string | null) ?? null,
  }));
  const links = (await run('ingest/known-links')).map((r) => ({
    from: r.get('from') as string,
    to: r.get('to') as string,
    role: (r.get('role') as string | null) ?? null,
  }));
  return buildGazetteer(knownEntities(entities, links));
}

export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const firstLine = (text: string) =>
  truncateText(
    text
      .split('\n')
      .find((l) => l.trim().length > 0)
      ?.trim() ?? '',
    200,
  );

async function chooseCase(run: Run, request: IngestRequest): Promise<string> {
  const cases = (await run('curation/cases')).map((r) => String(r.get('id')));
  if (request.caseId) {
    if (!cases.includes(request.caseId) && !request.caseTitle?.trim())
      throwIfProblems(
        [`there is no case "${request.caseId}" (known: ${cases.join(', ') || 'none'}); give caseTitle to start it`],
        'caseId',
      );
    return request.caseId;
  }
  if (cases.length > 1) throwIfProblems([`caseId is needed: the database holds the cases ${cases.join(', ')}`], 'caseId');
  return cases[0] ?? 'curated';
}

/** Reads, cleans and analyses a report against the graph; writes nothing. Outside any transaction: a long report may take a while. */
export async function analyseRequest(db: Database, request: IngestRequest): Promise<ReportAnalysis> {
  const run: Run = (key, params) => db.read(key, params);
  const read = await readReport({
    bytes: request.bytes,
    ...(request.fileName ? { fileName: request.fileName } : {}),
    ...(request.mediaType ? { mediaType: request.mediaType } : {}),
  });
  const sha256 = contentHash(request.bytes);
  const [existing] = await run('ingest/report-by-hash', { sha256 });
  const vocabulary = await currentVocabulary(run);
  const lexicon = readLexicon(vocabulary);
  const dateline = datelineOf(read.text);
  const date = request.date ?? dateline ?? read.published ?? null;
  // Where the date comes from when no one gave it: the text's own dateline, or the file's metadata (a PDF's creation
  // date, a page's publication tag), which may not be when the report was written.
  const dateNote =
    request.date || !date
      ? null
      : date === dateline
        ? 'From the dateline of the text.'
        : `From the file's metadata (${read.mediaType}), not stated in the text.`;
  const analysis = analyseReport(read.text, date, await readGazetteer(run), lexicon);
  const source: SourceRecord = {
    id: `report-${sha256.slice(0, 16)}`,
    caseId: await chooseCase(run, request),
    title:
      request.title?.trim() ||
      read.title?.trim() ||
      firstLine(keptText(read.text, analysis.removed)) ||
      request.fileName ||
      'Untitled report',
    publisher: request.publisher ?? read.siteName ?? null,
    author: request.author ?? read.byline ?? null,
    date,
    dateNote,
    url: request.url ?? null,
    text: read.text,
  };
  throwIfProblems(sourceProblems(source), 'report');
  const candidates = [
    ...analysis.entities.map((proposal) => ({ kind: 'ENTITY' as ProposalKind, proposal })),
    ...analysis.relationships.map((proposal) => ({ kind: 'RELATIONSHIP' as ProposalKind, proposal })),
    ...analysis.claims.map((proposal) => ({ kind: 'CLAIM' as ProposalKind, proposal })),
  ].map((c, seq) => ({ ...c, seq, signature: signatureOf(c.kind, c.proposal), confidence: c.proposal.confidence }));
  const rejected = new Set(
    (await run('ingest/rejected-signatures', { signatures: candidates.map((c) => c.signature) })).map((r) => r.get('signature') as string),
  );
  // A link or claim whose proposed entity was rejected before goes with it: it could not be accepted without it.
  const rejectedKeys = new Set(
    candidates.flatMap((c) => (c.kind === 'ENTITY' && rejected.has(c.signature) ? [`new:${(c.proposal as EntityProposal).key}`] : [])),
  );
  const ends = (p: ReviewItem['proposal']) => ('from' in p ? [p.from, p.to] : 'subject' in p ? [p.subject] : []).map(refKey);
  const kept = candidates.filter((c) => !rejected.has(c.signature) && !ends(c.proposal).some((k) => rejectedKeys.has(k)));
  const items: ReportAnalysis['items'] = [];
  for (const c of kept) items.push({ ...c, ...(await standing(run, c.kind, c.proposal, vocabulary.attributes)) });
  return {
    source,
    sha256,
    read,
    analysis,
    items,
    skippedAsRejected: candidates.length - items.length,
    existingSourceId: (existing?.get('sourceId') as string) ?? null,
  };
}

/** Whether the graph holds the proposed fact already (a corroboration) or a claim it contradicts. */
async function standing(
  run: Run,
  kind: ProposalKind,
  proposal: ReviewItem['proposal'],
  attributes: Record<string, { multiValued: boolean }>,
): Promise<{ corroborates: string | null; contradicts: string[] }> {
  if (kind === 'RELATIONSHIP' && 'type' in proposal && 'entityId' in proposal.from && 'entityId' in proposal.to) {
    const link = { type: proposal.type, from: proposal.from.entityId, to: proposal.to.entityId, role: proposal.role, date: proposal.date };
    const rows = await run('curation/links-between', link);
    const same = findSameLink(
      rows.map((r) => relationshipFromStored(r.get('props') as Props, link.from, link.to)),
      link,
    );
    return { corroborates: same?.id ?? null, contradicts: [] };
  }
  if (kind === 'CLAIM' && 'attribute' in proposal && 'entityId' in proposal.subject) {
    const subject = proposal.subject.entityId;
    const claims = (await run('curation/claims-about', { subject })).map((r) => claimFromStored(r.get('props') as Props, subject));
    const identity = claimIdentity({ subject, attribute: proposal.attribute, value: proposal.value });
    const same = claims.find((c) => claimIdentity(c) === identity);
    const single = attributes[proposal.attribute]?.multiValued === false;
    return {
      corroborates: same?.id ?? null,
      contradicts: same || !single ? [] : claims.filter((c) => c.attribute === proposal.attribute).map((c) => c.id),
    };
  }
  return { corroborates: null, contradicts: [] };
}

/** Takes a report in: its source, its bytes and hash, and its pending proposals, in one transaction. */
export async function ingestReport(db: Database, viewer: Viewer, request: IngestRequest): Promise<{ sourceId: string; created: boolean }> {
  // The same content again is the same report, whatever else the request says (title, case): nothing to analyse.
  const [known] = await db.read('ingest/report-by-hash', { sha256: contentHash(request.bytes) });
  if (known) return { sourceId: known.get('sourceId') as string, created: false };
  const result = await analyseRequest(db, request);
  if (result.existingSourceId) return { sourceId: result.existingSourceId, created: false };
  try {
    return await storeReport(db, viewer, request, result);
  } catch (error) {
    // Taken in meanwhile by someone else (the hash and the source id are unique in the schema): still one report.
    const [again] = await db.read('ingest/report-by-hash', { sha256: result.sha256 });
    if (again) return { sourceId: again.get('sourceId') as string, created: false };
    throw error;
  }
}

async function storeReport(db: Database, viewer: Viewer, request: IngestRequest, result: ReportAnalysis) {
  return db.writeTransaction(async (run) => {
    const { source, sha256, read, analysis } = result;
    await run('curation/create-source', { props: source, caseTitle: request.caseTitle?.trim() ?? source.caseId });
    const stored: StoredReport = {
      sourceId: source.id,
      sha256,
      capturedAt: new Date().toISOString(),
      capturedBy: viewer.name,
      mediaType: read.mediaType,
      fileName: request.fileName ?? null,
      byteSize: request.bytes.length,
      original: request.bytes,
      analysis: JSON.stringify({ removed: analysis.removed, mentions: analysis.mentions, skippedAsRejected: result.skippedAsRejected }),
    };
    await run('ingest/create-report', { report: stored });
    await run('ingest/create-proposals', {
      proposals: result.items.map((item) => ({
        id: `proposal/${source.id}/${item.seq}`,
        sourceId: source.id,
        seq: item.seq,
        kind: item.kind,
        status: 'PENDING',
        confidence: item.confidence,
        signature: item.signature,
        payload: JSON.stringify(item.proposal),
        corroborates: item.corroborates,
        contradicts: item.contradicts,
      })),
    });
    await recordAudit(run, viewer, {
      action: 'ingestReport',
      targetId: source.id,
      summary: `took in the report "${source.title}" (${read.mediaType}, ${request.bytes.length} bytes): ${result.items.length} proposal(s) to review`,
      entityIds: [],
      before: null,
      after: { sourceId: source.id, sha256, proposals: result.items.length },
    });
    return { sourceId: source.id, created: true };
  });
}

/** A stored report as the API serves it. */
export interface ReportRecord {
  sourceId: string;
  sha256: string;
  capturedAt: string;
  capturedBy: string | null;
  mediaType: string;
  fileName: string | null;
  byteSize: number;
  source: Source;
  /** Parsed lazily: what cleaning removed and the mentions. */
  analysis: { removed: Analysis['removed']; mentions: Analysis['mentions'] } | null;
}

function toReport(row: Neo4jRecord): ReportRecord {
  const r = row.get('report') as Props;
  return {
    sourceId: r.sourceId as string,
    sha256: r.sha256 as string,
    capturedAt: r.capturedAt as string,
    capturedBy: (r.capturedBy as string | null) ?? null,
    mediaType: r.mediaType as string,
    fileName: (r.fileName as string | null) ?? null,
    byteSize: Number(r.byteSize),
    source: toSource(row.get('source') as Props),
    analysis: typeof r.analysis === 'string' ? (JSON.parse(r.analysis) as ReportRecord['analysis']) : null,
  };
}

export async function listReports(db: Database): Promise<ReportRecord[]> {
  return (await db.read('ingest/reports')).map(toReport);
}

export async function findReport(db: Database, sourceId: string): Promise<ReportRecord | null> {
  const [row] = await db.read('ingest/report', { sourceId });
  return row ? toReport(row) : null;
}

/** The bytes a report was taken in as; null when there is no such report. */
export async function originalBytes(db: Database, sourceId: string): Promise<Uint8Array | null> {
  const [row] = await db.read('ingest/report-original', { sourceId });
  const original = row?.get('original') as ArrayLike<number> | null | undefined;
  return original ? Uint8Array.from(original, (b) => b & 0xff) : null;
}
