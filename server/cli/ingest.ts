// npm run ingest -- <file or folder> [--title --url --date --publisher --author --case] [--dry-run] [--json]
// Takes reports in (plain text, HTML, PDF) as the running server would, each with its pending proposals; a folder is
// taken file by file with a progress bar. --dry-run reads the database, writes nothing and prints what would be proposed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Viewer } from '../auth/tokens.js';
import { runCommand, withCommandDatabase } from '../command.js';
import { createProgressBar } from './progress-bar.js';
import type { Database } from '../db/database.js';
import { IngestError } from '../ingest/errors.js';
import { refKey, type EndRef } from '../ingest/proposals.js';
import { analyseRequest, ingestReport, type IngestRequest, type ReportAnalysis } from '../repository/reports.js';

const REPORT_FILE = /\.(txt|text|md|html?|xhtml|pdf)$/i;

function reportFiles(target: string): string[] {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${target}: no such file or folder`);
  if (stat.isFile()) return [target];
  const files = readdirSync(target, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(target, f))
    .filter((f) => REPORT_FILE.test(f) && statSync(f).isFile())
    .sort();
  if (files.length === 0) throw new Error(`${target}: no .txt, .html or .pdf files in it`);
  return files;
}

/** The machine-readable form of a dry run: ends and subjects named by entity id or by the mention's text. */
export function dryRunJson(result: ReportAnalysis) {
  const { analysis } = result;
  const name = (ref: EndRef) =>
    'entityId' in ref ? ref.entityId : (analysis.entities.find((e) => e.key === ref.key)?.name ?? refKey(ref));
  const item = (p: object) => result.items.find((i) => i.proposal === p);
  // What would be stored: statements an editor rejected before are left out, as ingesting leaves them out.
  const proposed = (p: object) => item(p) !== undefined;
  return {
    source: {
      ...result.source,
      text: undefined,
      sha256: result.sha256,
      mediaType: result.read.mediaType,
      alreadyIngestedAs: result.existingSourceId,
    },
    removed: analysis.removed,
    mentions: analysis.mentions.map((m) => ({
      text: m.text,
      start: m.start,
      end: m.end,
      kind: m.kind,
      ...(m.value ? { value: m.value } : {}),
      link: m.link,
    })),
    entities: analysis.entities.filter(proposed).map((e) => ({
      kind: e.kind,
      subkind: e.subkind,
      name: e.name,
      date: e.date,
      quote: e.quote,
      confidence: e.confidence,
    })),
    relationships: analysis.relationships.filter(proposed).map((r) => ({
      type: r.type,
      from: name(r.from),
      to: name(r.to),
      role: r.role,
      date: r.date,
      quote: r.quote,
      confidence: r.confidence,
      corroborates: item(r)?.corroborates ?? null,
    })),
    claims: analysis.claims.filter(proposed).map((c) => ({
      subject: name(c.subject),
      attribute: c.attribute,
      value: c.value,
      quote: c.quote,
      confidence: c.confidence,
      corroborates: item(c)?.corroborates ?? null,
      contradicts: item(c)?.contradicts ?? [],
    })),
    skippedAsRejected: result.skippedAsRejected,
  };
}

async function takeIn(db: Database, viewer: Viewer, files: string[], meta: Omit<IngestRequest, 'bytes'>, dryRun: boolean, json: boolean) {
  const outputs: unknown[] = [];
  const failures: string[] = [];
  const progress = createProgressBar(files.length);
  for (const [i, file] of files.entries()) {
    progress(i, path.basename(file));
    const request: IngestRequest = { ...meta, bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) };
    try {
      if (dryRun) {
        const result = await analyseRequest(db, request);
        if (json) outputs.push(dryRunJson(result));
        else
          console.log(
            `${file}: would propose ${result.items.length} fact(s) (${result.items.filter((p) => p.corroborates).length} corroborating the graph)` +
              (result.existingSourceId ? `; already taken in as ${result.existingSourceId}` : ''),
          );
      } else {
        const { sourceId, created } = await ingestReport(db, viewer, request);
        const line = created ? `${file}: taken in as ${sourceId}` : `${file}: already taken in as ${sourceId}; nothing new`;
        if (json) outputs.push({ file, sourceId, created });
        else console.log(line);
      }
    } catch (error) {
      const message = error instanceof IngestError || error instanceof Error ? error.message : String(error);
      failures.push(`${file}: ${message}`);
    }
  }
  progress(files.length, 'done');
  if (json) console.log(JSON.stringify(files.length === 1 && outputs.length === 1 ? outputs[0] : outputs, null, 2));
  if (failures.length > 0) throw new Error(`${failures.length} of ${files.length} report(s) not taken in:\n${failures.join('\n')}`);
}

runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      publisher: { type: 'string' },
      author: { type: 'string' },
      case: { type: 'string' },
      'case-title': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1)
    throw new Error('usage: npm run ingest -- <file or folder> [--title --url --date --publisher --author --case] [--dry-run] [--json]');
  const files = reportFiles(positionals[0]!);
  if (files.length > 1 && (values.title || values.url)) throw new Error('--title and --url describe one report; give a file, not a folder');
  const viewer: Viewer = { id: 'cli', name: `${userInfo().username} (command line)`, role: 'admin' };
  const meta = {
    title: values.title ?? null,
    url: values.url ?? null,
    date: values.date ?? null,
    publisher: values.publisher ?? null,
    author: values.author ?? null,
    caseId: values.case ?? null,
    caseTitle: values['case-title'] ?? null,
  };
  await withCommandDatabase((db) => takeIn(db, viewer, files, meta, values['dry-run'], values.json), undefined, { existingStore: true });
});
