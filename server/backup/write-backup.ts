// Writes a consistent snapshot of the whole graph to one backup file: first to FILE.partial, renamed when complete,
// then read back and checked in full, so a file under the final name is always a whole, readable backup.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { BACKUP_FORMAT, BACKUP_VERSION, formatLine } from './backup-format.js';
import type { EncodedProperties } from './encode-values.js';
import { BackupError } from './errors.js';
import type { GraphHash } from './graph-hash.js';
import { validateBackup } from './read-backup.js';
import {
  readSnapshot,
  SnapshotChanged,
  type Snapshot,
  type SnapshotMode,
  type SnapshotOptions,
  type SnapshotSink,
} from './snapshot-read.js';

export interface WrittenBackup {
  file: string;
  bytes: number;
  sha256: string;
  snapshot: Snapshot;
  /** The graph the file holds, hashed as read back from it. */
  graph: GraphHash;
}

const FLUSH_CHARS = 1 << 20;

/** Numbers nodes in the order read, writes each record as a line and hashes what it writes. */
class FileSink implements SnapshotSink {
  private handle: FileHandle | null = null;
  private sha: Hash = createHash('sha256');
  private readonly keys = new Map<string, number>();
  private pending: string[] = [];
  private pendingChars = 0;
  private nodes = 0;
  private relationships = 0;

  constructor(
    private readonly temp: string,
    private readonly source: string,
  ) {}

  async start(counts: { nodes: number; relationships: number }, mode: SnapshotMode): Promise<void> {
    await this.discard();
    this.handle = await open(this.temp, 'w', 0o600);
    this.sha = createHash('sha256');
    this.keys.clear();
    this.nodes = 0;
    this.relationships = 0;
    const createdAt = new Date().toISOString();
    await this.write(
      formatLine({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, ...counts, snapshot: mode, source: this.source }),
    );
  }

  async node(id: string, labels: string[], properties: EncodedProperties): Promise<void> {
    this.keys.set(id, ++this.nodes);
    await this.write(formatLine({ node: this.nodes, labels, properties }));
  }

  async relationship(from: string, to: string, type: string, properties: EncodedProperties): Promise<void> {
    const [a, b] = [this.keys.get(from), this.keys.get(to)];
    if (a === undefined || b === undefined) throw new SnapshotChanged('a relationship joins a node that was not read');
    await this.write(formatLine({ relationship: ++this.relationships, type, from: a, to: b, properties }));
  }

  /** Writes the end record (counts and the SHA-256 of everything before it) and closes the file. */
  async finish(): Promise<string> {
    const sha256 = this.sha.digest('hex');
    await this.write(formatLine({ end: BACKUP_FORMAT, nodes: this.nodes, relationships: this.relationships, sha256 }), false);
    await this.flush();
    await this.handle!.sync();
    await this.handle!.close();
    this.handle = null;
    return sha256;
  }

  async discard(): Promise<void> {
    this.pending = [];
    this.pendingChars = 0;
    if (this.handle) await this.handle.close();
    this.handle = null;
    await rm(this.temp, { force: true });
  }

  private async write(line: string, hashed = true): Promise<void> {
    if (hashed) this.sha.update(line);
    this.pending.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars >= FLUSH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    await this.handle!.write(text);
  }
}

export interface WriteBackupOptions extends SnapshotOptions {
  /** The database read from, for the header (e.g. "Neo4j/5.26.30 at 127.0.0.1:7687"). */
  source: string;
}

export async function writeBackup(db: Database, file: string, options: WriteBackupOptions): Promise<WrittenBackup> {
  const out = path.resolve(file);
  if (existsSync(out))
    throw new BackupError('BACKUP_FILE_EXISTS', `${out} exists already; choose another --out (a backup is never overwritten).`);
  mkdirSync(path.dirname(out), { recursive: true });
  const temp = `${out}.partial`;
  const sink = new FileSink(temp, options.source);
  let snapshot: Snapshot;
  let check: Awaited<ReturnType<typeof validateBackup>>;
  try {
    snapshot = await readSnapshot(db, sink, options);
    await sink.finish();
    // Read back and checked whole before it takes its name: a file under the final name is a sound backup.
    check = await validateBackup(temp);
    if (existsSync(out)) throw new BackupError('BACKUP_FILE_EXISTS', `${out} was created by someone else during the backup.`);
    await rename(temp, out);
  } catch (error) {
    await sink.discard();
    throw error;
  }
  return { file: out, bytes: check.bytes, sha256: check.sha256, snapshot, graph: check.graph };
}
