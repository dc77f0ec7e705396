// Reads a backup file line by line and checks all of it: the header, every record (its check, its place, its values)
// and the trailer (counts and SHA-256). Anything wrong stops the read with what is wrong and where (line, byte).
// A restore reads the whole file once this way before it writes anything.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { BACKUP_FORMAT, BACKUP_VERSION, isCount, parseLine, type BackupHeader } from './backup-format.js';
import { decodeProperties, ValueError, type EncodedProperties } from './encode-values.js';
import { BackupError, damaged } from './errors.js';
import { GraphHasher, type GraphHash } from './graph-hash.js';

export interface ReadNode {
  key: number;
  labels: string[];
  /** As written in the file (what the graph hash reads). */
  properties: EncodedProperties;
  /** As the driver sends them. */
  values: Record<string, unknown>;
  /** Length of its line, to size batches. */
  bytes: number;
}

export interface ReadRelationship {
  key: number;
  type: string;
  from: number;
  to: number;
  properties: EncodedProperties;
  values: Record<string, unknown>;
  bytes: number;
}

export interface BackupVisitor {
  node?(node: ReadNode): void | Promise<void>;
  relationship?(relationship: ReadRelationship): void | Promise<void>;
}

export interface BackupContents {
  header: BackupHeader;
  nodes: number;
  relationships: number;
  sha256: string;
  bytes: number;
}

interface FileLine {
  number: number;
  /** Byte offset of the line's first byte. */
  offset: number;
  bytes: Buffer;
  text: string;
  /** False for a last line without its newline. */
  complete: boolean;
}

const MAX_HEADER_BYTES = 64 * 1024;
const MAX_LINE_BYTES = 256 * 1024 * 1024;

async function* fileLines(file: string): AsyncGenerator<FileLine> {
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new BackupError('BACKUP_UNREADABLE', `Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  try {
    const chunk = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    let pendingLength = 0;
    let number = 1;
    let offset = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      let start = 0;
      for (let newline = data.indexOf(10, start); newline !== -1; newline = data.indexOf(10, start)) {
        const bytes = Buffer.concat([...pending, data.subarray(start, newline + 1)]);
        yield { number, offset, bytes, text: bytes.toString('utf8', 0, bytes.length - 1), complete: true };
        number++;
        offset += bytes.length;
        pending = [];
        pendingLength = 0;
        start = newline + 1;
      }
      if (start < bytesRead) {
        pending.push(Buffer.from(data.subarray(start)));
        pendingLength += bytesRead - start;
        if (number === 1 && pendingLength > MAX_HEADER_BYTES)
          throw new BackupError('NOT_A_BACKUP', `${file} is not a backup: its first line is longer than any ${BACKUP_FORMAT} header.`);
        if (pendingLength > MAX_LINE_BYTES) throw damaged(number, offset, `longer than ${MAX_LINE_BYTES} bytes`);
      }
    }
    if (pendingLength > 0) {
      const bytes = Buffer.concat(pending);
      yield { number, offset, bytes, text: bytes.toString('utf8'), complete: false };
    }
  } finally {
    await handle.close();
  }
}

function readHeader(file: string, line: FileLine): BackupHeader {
  const notBackup = (why: string) =>
    new BackupError('NOT_A_BACKUP', `${file} is not a backup: line 1 ${why}, not a ${BACKUP_FORMAT} header.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.text);
  } catch {
    throw notBackup('is not JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw notBackup('is not a JSON object');
  const format = (parsed as { format?: unknown }).format;
  if (format !== BACKUP_FORMAT) throw notBackup(format === undefined ? 'has no "format"' : `has format ${JSON.stringify(format)}`);
  const version = (parsed as { version?: unknown }).version;
  if (version !== BACKUP_VERSION)
    throw new BackupError(
      'UNSUPPORTED_BACKUP_VERSION',
      `${file} is a backup of version ${JSON.stringify(version)}; this tool reads version ${BACKUP_VERSION}.`,
    );
  if (!line.complete) throw new BackupError('TRUNCATED_BACKUP', `${file} is truncated: it ends within its header (line 1).`);
  const checked = parseLine(line.text);
  if ('problem' in checked) throw damaged(1, 0, checked.problem);
  const header = checked.record as unknown as BackupHeader;
  const missing = [
    typeof header.createdAt === 'string' ? null : 'createdAt',
    isCount(header.nodes) ? null : 'nodes',
    isCount(header.relationships) ? null : 'relationships',
  ].filter(Boolean);
  if (missing.length > 0) throw damaged(1, 0, `the header lacks a valid ${missing.join(', ')}`);
  return header;
}

function checkFields(record: Record<string, unknown>, allowed: string[]): string | null {
  const extra = Object.keys(record).filter((k) => !allowed.includes(k));
  return extra.length > 0 ? `unexpected field ${JSON.stringify(extra[0])}` : null;
}

function decode(properties: unknown, what: string, where: (problem: string) => BackupError): Record<string, unknown> {
  try {
    return decodeProperties(properties);
  } catch (error) {
    if (error instanceof ValueError) throw where(`${what}: ${error.message}`);
    throw error;
  }
}

/** Reads and checks the whole file, handing each record to the visitor in file order. */
export async function readBackup(file: string, visitor: BackupVisitor = {}): Promise<BackupContents> {
  const sha = createHash('sha256');
  let header: BackupHeader | null = null;
  let ended = false;
  let nodes = 0;
  let relationships = 0;
  let bytes = 0;
  let lastLine = 0;
  for await (const line of fileLines(file)) {
    bytes += line.bytes.length;
    lastLine = line.number;
    const where = (problem: string) => damaged(line.number, line.offset, problem);
    if (line.number === 1) {
      header = readHeader(file, line);
      sha.update(line.bytes);
      continue;
    }
    if (ended) throw where('the file goes on after its end record');
    if (!line.complete)
      throw new BackupError(
        'TRUNCATED_BACKUP',
        `${file} is truncated: it ends in the middle of line ${line.number} (byte ${line.offset}), ` +
          `after ${nodes} of ${header!.nodes} nodes and ${relationships} of ${header!.relationships} relationships.`,
      );
    const parsed = parseLine(line.text);
    if ('problem' in parsed) throw where(parsed.problem);
    const record = parsed.record;
    const h = header!;
    if ('node' in record) {
      const problem = checkFields(record, ['node', 'labels', 'properties']);
      if (problem) throw where(problem);
      if (relationships > 0) throw where('a node after the relationships');
      if (record.node !== nodes + 1) throw where(`node ${JSON.stringify(record.node)} where node ${nodes + 1} was expected`);
      if (nodes + 1 > h.nodes) throw where(`more nodes than the ${h.nodes} the header counts`);
      const labels = record.labels;
      if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' && l.length > 0) || new Set(labels).size !== labels.length)
        throw where(`node ${nodes + 1}: labels must be a list of distinct names`);
      const values = decode(record.properties, `node ${nodes + 1}`, where);
      nodes++;
      await visitor.node?.({ key: nodes, labels, properties: record.properties as EncodedProperties, values, bytes: line.bytes.length });
    } else if ('relationship' in record) {
      const problem = checkFields(record, ['relationship', 'type', 'from', 'to', 'properties']);
      if (problem) throw where(problem);
      if (nodes !== h.nodes) throw where(`relationships begin after ${nodes} of the ${h.nodes} nodes the header counts`);
      const key = relationships + 1;
      if (record.relationship !== key) throw where(`relationship ${JSON.stringify(record.relationship)} where ${key} was expected`);
      if (key > h.relationships) throw where(`more relationships than the ${h.relationships} the header counts`);
      if (typeof record.type !== 'string' || record.type.length === 0) throw where(`relationship ${key}: no type`);
      for (const end of ['from', 'to'] as const) {
        const n = record[end];
        if (!Number.isSafeInteger(n) || (n as number) < 1 || (n as number) > nodes)
          throw where(`relationship ${key}: "${end}" is ${JSON.stringify(n)}, not a node of this file`);
      }
      const values = decode(record.properties, `relationship ${key}`, where);
      relationships++;
      await visitor.relationship?.({
        key,
        type: record.type,
        from: record.from as number,
        to: record.to as number,
        properties: record.properties as EncodedProperties,
        values,
        bytes: line.bytes.length,
      });
    } else if ('end' in record) {
      const problem = checkFields(record, ['end', 'nodes', 'relationships', 'sha256']);
      if (problem) throw where(problem);
      if (record.end !== BACKUP_FORMAT) throw where('an end record of another format');
      if (record.nodes !== nodes || record.relationships !== relationships)
        throw where(
          `the end record counts ${JSON.stringify(record.nodes)} nodes and ${JSON.stringify(record.relationships)} relationships, ` +
            `the file holds ${nodes} and ${relationships}`,
        );
      if (nodes !== h.nodes || relationships !== h.relationships)
        throw where(
          `the header counts ${h.nodes} nodes and ${h.relationships} relationships, the file holds ${nodes} and ${relationships}`,
        );
      const actual = sha.copy().digest('hex');
      if (record.sha256 !== actual)
        throw where(
          `the SHA-256 of lines 1 to ${line.number - 1} is ${actual}, the end record says ${String(record.sha256)}: the file was changed`,
        );
      ended = true;
      continue;
    } else {
      throw where('neither a node, a relationship nor the end record');
    }
    sha.update(line.bytes);
  }
  if (!header) throw new BackupError('NOT_A_BACKUP', `${file} is not a backup: it is empty.`);
  if (!ended)
    throw new BackupError(
      'TRUNCATED_BACKUP',
      `${file} is truncated: it ends after line ${lastLine} (byte ${bytes}) without its end record, ` +
        `after ${nodes} of ${header.nodes} nodes and ${relationships} of ${header.relationships} relationships.`,
    );
  return { header, nodes, relationships, sha256: sha.digest('hex'), bytes };
}

/** Reads and checks the whole file, and hashes the graph it holds (to compare with a database's). */
export async function validateBackup(file: string): Promise<BackupContents & { graph: GraphHash }> {
  const hasher = new GraphHasher();
  const contents = await readBackup(file, {
    node: (n) => hasher.addNode(String(n.key), n.labels, n.properties),
    relationship: (r) => hasher.addRelationship(String(r.from), String(r.to), r.type, r.properties),
  });
  return { ...contents, graph: hasher.digest() };
}
