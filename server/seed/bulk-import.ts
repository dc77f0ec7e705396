// The fastest way into an empty store: the records in their stored form written as CSV, then Neo4j's own offline
// importer (`neo4j-admin database import full`, from the same jars as the embedded database) builds the store. The
// schema (constraints, indexes) is applied when the database next starts, which populates the indexes. CSV cannot
// carry an empty list: an entity without aliases has no `aliases` property, which every reader takes as [].
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { javaCommand } from '../neo4j/embedded.js';
import { ensureNeo4jJars } from '../neo4j/jars.js';
import type { BulkBatch, BulkCounts } from './bulk-load.js';

const ARRAY_DELIMITER = '\u001f';

type ColumnType = 'string' | 'boolean' | 'string[]';
type Columns = [name: string, type: ColumnType][];

const ENTITY_COLUMNS: Columns = [
  ['caseId', 'string'], ['kind', 'string'], ['subkind', 'string'], ['name', 'string'], ['descriptiveName', 'boolean'],
  ['aliases', 'string[]'], ['aliasReasons', 'string[]'], ['date', 'string'], ['dateStart', 'string'], ['dateEnd', 'string'],
  ['dateInferred', 'string'], ['description', 'string'], ['searchText', 'string'], ['citedSources', 'string[]'], ['citedQuotes', 'string[]'],
];
const SOURCE_COLUMNS: Columns = [
  ['caseId', 'string'], ['title', 'string'], ['publisher', 'string'], ['author', 'string'], ['date', 'string'],
  ['dateNote', 'string'], ['url', 'string'], ['text', 'string'],
];
const LINK_COLUMNS: Columns = [
  ['id', 'string'], ['caseId', 'string'], ['type', 'string'], ['role', 'string'], ['date', 'string'], ['dateStart', 'string'],
  ['dateEnd', 'string'], ['dateInferred', 'string'], ['citedSources', 'string[]'], ['citedQuotes', 'string[]'],
];
const CLAIM_COLUMNS: Columns = [
  ['caseId', 'string'], ['attribute', 'string'], ['value', 'string'], ['valueKey', 'string'], ['preferred', 'boolean'],
  ['preferredReason', 'string'], ['citedSources', 'string[]'], ['citedQuotes', 'string[]'],
];

export class BulkImportError extends Error {
  readonly code = 'BULK_IMPORT_FAILED';
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV field; null (and, as CSV cannot tell them apart, an empty list) is an empty field: no property. */
function field(value: unknown, type: ColumnType, where: string): string {
  if (value === null || value === undefined) return '';
  if (type === 'boolean') return value === true ? 'true' : 'false';
  if (type === 'string[]') {
    const items = value as unknown[];
    for (const item of items) {
      if (String(item).includes(ARRAY_DELIMITER)) throw new BulkImportError(`${where}: a list item holds the control character U+001F`);
    }
    return items.length === 0 ? '' : quoted(items.map(String).join(ARRAY_DELIMITER));
  }
  return quoted(String(value));
}

function header(first: string[], columns: Columns): string {
  return [...first, ...columns.map(([name, type]) => (type === 'string' ? name : `${name}:${type}`))].join(',') + '\n';
}

/**
 * The columns restate the stored form (domain/records.ts): a property they do not name would be dropped without a
 * word, so the first record of each kind is checked against them (every record of a kind has the same properties).
 */
function checkColumns(props: Record<string, unknown>, columns: Columns, where: string): void {
  const known = new Set(['id', ...columns.map(([name]) => name)]);
  const unknown = Object.keys(props).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new BulkImportError(`${where}: no CSV column for ${unknown.join(', ')} (server/seed/bulk-import.ts)`);
}

function row(first: string[], props: Record<string, unknown>, columns: Columns, where: string): string {
  return [...first, ...columns.map(([name, type]) => field(props[name], type, `${where} ${name}`))].join(',') + '\n';
}

interface CsvFile {
  file: string;
  fd: number;
}

export interface ImportFiles {
  dir: string;
  counts: BulkCounts;
  nodes: { labels: string; file: string }[];
  relationships: { type: string; file: string }[];
}

/** Writes every batch as CSV files for the importer; returns what they hold. */
export function writeImportFiles(dir: string, batches: Iterable<BulkBatch>, onProgress?: (counts: BulkCounts) => void): ImportFiles {
  mkdirSync(dir, { recursive: true });
  const open = (name: string, head: string): CsvFile => {
    const file = path.join(dir, name);
    const fd = openSync(file, 'w');
    writeSync(fd, head);
    return { file, fd };
  };
  const files = {
    entities: open('entities.csv', header(['id:ID(Entity)'], ENTITY_COLUMNS)),
    sources: open('sources.csv', header(['id:ID(Source)'], SOURCE_COLUMNS)),
    claims: open('claims.csv', header(['id:ID(Claim)'], CLAIM_COLUMNS)),
    links: open('relations.csv', header([':START_ID(Entity)', ':END_ID(Entity)'], LINK_COLUMNS)),
    about: open('about.csv', ':START_ID(Claim),:END_ID(Entity)\n'),
  };
  const counts: BulkCounts = { sources: 0, entities: 0, relationships: 0, claims: 0 };
  const checkFirst = <T>(records: readonly T[], seen: number, props: (record: T) => Record<string, unknown>, columns: Columns, what: string) => {
    if (seen === 0 && records[0] !== undefined) checkColumns(props(records[0]), columns, what);
  };
  try {
    for (const batch of batches) {
      checkFirst(batch.sources as Record<string, unknown>[], counts.sources, (r) => r, SOURCE_COLUMNS, 'source');
      checkFirst(batch.entities as Record<string, unknown>[], counts.entities, (r) => r, ENTITY_COLUMNS, 'entity');
      checkFirst(batch.relationships as { props: Record<string, unknown> }[], counts.relationships, (r) => r.props, LINK_COLUMNS, 'link');
      checkFirst(batch.claims as { props: Record<string, unknown> }[], counts.claims, (r) => r.props, CLAIM_COLUMNS, 'claim');
      let text = '';
      for (const source of batch.sources as Record<string, unknown>[]) text += row([quoted(String(source.id))], source, SOURCE_COLUMNS, `source ${String(source.id)}`);
      writeSync(files.sources.fd, text);
      text = '';
      for (const entity of batch.entities as Record<string, unknown>[]) text += row([quoted(String(entity.id))], entity, ENTITY_COLUMNS, `entity ${String(entity.id)}`);
      writeSync(files.entities.fd, text);
      text = '';
      for (const link of batch.relationships as { from: string; to: string; props: Record<string, unknown> }[])
        text += row([quoted(link.from), quoted(link.to)], link.props, LINK_COLUMNS, `link ${String(link.props.id)}`);
      writeSync(files.links.fd, text);
      text = '';
      let about = '';
      for (const claim of batch.claims as { subject: string; props: Record<string, unknown> }[]) {
        const id = quoted(String(claim.props.id));
        text += row([id], claim.props, CLAIM_COLUMNS, `claim ${String(claim.props.id)}`);
        about += `${id},${quoted(claim.subject)}\n`;
      }
      writeSync(files.claims.fd, text);
      writeSync(files.about.fd, about);
      counts.sources += batch.sources.length;
      counts.entities += batch.entities.length;
      counts.relationships += batch.relationships.length;
      counts.claims += batch.claims.length;
      onProgress?.(counts);
    }
  } finally {
    for (const f of Object.values(files)) closeSync(f.fd);
  }
  return {
    dir,
    counts,
    nodes: [
      { labels: 'Entity', file: files.entities.file },
      { labels: 'Source', file: files.sources.file },
      { labels: 'Claim', file: files.claims.file },
    ],
    relationships: [
      { type: 'RELATION', file: files.links.file },
      { type: 'ABOUT', file: files.about.file },
    ],
  };
}

/** Runs Neo4j's importer into `dataDir` (the embedded database's home), which must hold no database yet. */
export async function runImport(dataDir: string, files: ImportFiles, heapMiB: number, log: (line: string) => void): Promise<void> {
  const libDir = await ensureNeo4jJars(undefined, log);
  const home = path.resolve(dataDir);
  mkdirSync(path.join(home, 'conf'), { recursive: true });
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), '# Written for neo4j-admin database import; the embedded database does not read it.\n');
  const args = [
    `-Xmx${heapMiB}m`,
    '-cp',
    `${libDir}${path.sep}*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j', // before the options: --nodes and --relationships take every word after them as a file
    `--array-delimiter=U+001F`,
    '--multiline-fields=true',
    '--threads=2',
    `--report-file=${path.join(files.dir, 'import.report')}`,
    ...files.nodes.map((n) => `--nodes=${n.labels}=${n.file}`),
    ...files.relationships.map((r) => `--relationships=${r.type}=${r.file}`),
  ];
  const child = spawn(javaCommand(), args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 200) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new BulkImportError(`neo4j-admin database import failed (exit ${code}):\n${output.join('').split('\n').slice(-25).join('\n')}`);
}
