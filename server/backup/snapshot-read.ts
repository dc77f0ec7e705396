// Reads every node and relationship as one consistent state of the database while the server goes on serving.
//
// One read transaction alone is not enough: Neo4j reads at "read committed", so a long read can see a write that
// commits halfway through it. Two ways make it consistent, the first tried first:
// - quiet: read everything in one transaction, and compare the database's last-commit bookmark before and after. If
//   nothing committed in between, what was read is the state the database was in (most backups end here);
// - locked: in one write transaction, take a write lock on every node and relationship (no existing record can then
//   change, and no relationship can be added to or taken from them), repeating that scan until one runs with nothing
//   committed meanwhile; then read exactly what was locked, and roll the transaction back. Writers that touch what is
//   locked wait until the backup is read (about a second for thousands of nodes; long for millions, when the quiet way
//   is the one to wait for); new records created meanwhile are not in the backup, as they came after its state.
//   Records created on their own (touching nothing that exists) cannot be held back by locks: if they keep coming
//   so fast that no scan runs without a commit for the whole budget, the backup stops with SNAPSHOT_BUSY rather than
//   write a file it cannot vouch for.
// The sink is told to start again (discard) whenever an attempt turns out not to be consistent.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { Neo4jError, type Record as Neo4jRecord, type Transaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { requireQuery } from '../db/queries.js';
import { encodeProperties, ValueError, type EncodedProperties } from './encode-values.js';
import { BackupError } from './errors.js';

export type SnapshotMode = 'quiet' | 'locked';

export interface SnapshotSink {
  start(counts: { nodes: number; relationships: number }, mode: SnapshotMode): Promise<void>;
  /** `id` is the node's element id: a key within this read only. */
  node(id: string, labels: string[], properties: EncodedProperties): Promise<void>;
  relationship(from: string, to: string, type: string, properties: EncodedProperties): Promise<void>;
  /** What was handed over since start() is not a consistent state: drop it. */
  discard(): Promise<void>;
}

/** A whole graph takes longer to read than a request: an hour before the read (and its locks) is given up. */
export const BACKUP_TRANSACTION_TIMEOUT_MS = 3_600_000;

export interface SnapshotOptions {
  /** Of the read (and lock) transaction. */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Quiet reads tried before locking. */
  quietAttempts?: number;
  /** How long the locked way may keep trying for a scan with no commit during it. */
  lockBudgetMs?: number;
}

export interface Snapshot {
  mode: SnapshotMode;
  nodes: number;
  relationships: number;
  attempts: number;
}

/** Thrown by a sink (or here) when what was read cannot be one state, e.g. a relationship to a node not read. */
export class SnapshotChanged extends Error {}

const MARK_PROPERTY = '__backupSnapshot';
/** A pause before the second bookmark, so that a commit still being applied during the read is counted by then. */
const SETTLE_MS = 25;
const LOCK_BUDGET_MS = 30_000;

/** The bookmark of an empty read: it changes whenever any transaction commits. */
async function lastCommit(db: Database): Promise<string> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(requireQuery(db.queries, 'backup/last-commit')));
    const bookmark = session.lastBookmarks().join(',');
    if (bookmark === '')
      throw new BackupError('SNAPSHOT_UNPROVABLE', 'The database gives no bookmarks, so no read of it can be shown to be one state.');
    return bookmark;
  } finally {
    await session.close();
  }
}

/** Whether two last-commit bookmarks, the later taken after a pause, show that nothing committed between them. */
async function nothingCommittedSince(db: Database, before: string): Promise<boolean> {
  await sleep(SETTLE_MS);
  return before === (await lastCommit(db));
}

function described(kind: string, id: string, error: unknown): unknown {
  if (error instanceof ValueError) return new BackupError('UNSUPPORTED_VALUE', `The ${kind} with element id ${id}: ${error.message}.`);
  return error;
}

async function readMarked(tx: Transaction, db: Database, sink: SnapshotSink, mode: SnapshotMode, mark: string | null): Promise<Snapshot> {
  const count = (await tx.run(requireQuery(db.queries, 'backup/count'), { mark })).records[0]!;
  const expected = { nodes: count.get('nodes').toNumber() as number, relationships: count.get('relationships').toNumber() as number };
  await sink.start(expected, mode);
  const properties = (record: Neo4jRecord): Record<string, unknown> => {
    const all = { ...(record.get('properties') as Record<string, unknown>) };
    if (mark !== null) delete all[MARK_PROPERTY];
    return all;
  };
  let nodes = 0;
  for await (const record of tx.run(requireQuery(db.queries, 'backup/nodes'), { mark })) {
    const id = record.get('id') as string;
    let encoded: EncodedProperties;
    try {
      encoded = encodeProperties(properties(record));
    } catch (error) {
      throw described('node', id, error);
    }
    await sink.node(id, record.get('labels') as string[], encoded);
    nodes++;
  }
  let relationships = 0;
  for await (const record of tx.run(requireQuery(db.queries, 'backup/relationships'), { mark })) {
    let encoded: EncodedProperties;
    try {
      encoded = encodeProperties(properties(record));
    } catch (error) {
      throw described('relationship', `${record.get('from')}->${record.get('to')}`, error);
    }
    await sink.relationship(record.get('from') as string, record.get('to') as string, record.get('type') as string, encoded);
    relationships++;
  }
  if (nodes !== expected.nodes || relationships !== expected.relationships)
    throw new SnapshotChanged(`counted ${expected.nodes}/${expected.relationships}, read ${nodes}/${relationships}`);
  return { mode, nodes, relationships, attempts: 0 };
}

/** One read transaction; null when something committed during it. */
async function quietRead(db: Database, sink: SnapshotSink, timeoutMs: number): Promise<Snapshot | null> {
  const before = await lastCommit(db);
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    const read = await readMarked(tx, db, sink, 'quiet', null);
    await tx.commit();
    return (await nothingCommittedSince(db, before)) ? read : null;
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

/** One write transaction that locks everything, reads what it locked and is rolled back; null when it found no quiet scan in time. */
async function lockedRead(db: Database, sink: SnapshotSink, timeoutMs: number, deadline: number): Promise<Snapshot | null> {
  const mark = randomUUID();
  const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction({ timeout: timeoutMs });
  try {
    for (;;) {
      const before = await lastCommit(db);
      const [scan] = (await tx.run(requireQuery(db.queries, 'backup/lock'), { mark })).records;
      if (scan!.get('clashes').toNumber() > 0)
        throw new BackupError(
          'RESERVED_PROPERTY',
          `Some nodes or relationships hold a property named ${MARK_PROPERTY}, which the backup uses to mark what it locked.`,
        );
      if (await nothingCommittedSince(db, before)) break;
      if (Date.now() > deadline) return null;
    }
    return await readMarked(tx, db, sink, 'locked', mark);
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

/** A deadlock with a writer, or another error the database says may pass: try again. */
const isTransient = (error: unknown) => error instanceof Neo4jError && error.retriable;

export async function readSnapshot(db: Database, sink: SnapshotSink, options: SnapshotOptions): Promise<Snapshot> {
  const log = options.log ?? (() => {});
  const quietAttempts = options.quietAttempts ?? 2;
  const timeoutMs = options.timeoutMs ?? BACKUP_TRANSACTION_TIMEOUT_MS;
  const budgetMs = options.lockBudgetMs ?? LOCK_BUDGET_MS;
  let deadline = Infinity; // set when the locked way begins
  for (let attempt = 1; ; attempt++) {
    const mode: SnapshotMode = attempt <= quietAttempts ? 'quiet' : 'locked';
    if (mode === 'locked' && deadline === Infinity) deadline = Date.now() + budgetMs;
    let read: Snapshot | null = null;
    try {
      read = mode === 'quiet' ? await quietRead(db, sink, timeoutMs) : await lockedRead(db, sink, timeoutMs, deadline);
    } catch (error) {
      if (!(error instanceof SnapshotChanged) && !isTransient(error)) {
        await sink.discard();
        throw error;
      }
    }
    if (read) return { ...read, attempts: attempt };
    await sink.discard();
    if (Date.now() > deadline)
      throw new BackupError(
        'SNAPSHOT_BUSY',
        `For ${Math.round(budgetMs / 1000)} s with every record locked, the database never went ${SETTLE_MS} ms without a ` +
          'commit: new records kept being created. Nothing was written; try again when fewer writes run.',
      );
    log(mode === 'quiet' ? 'The database changed during the read; reading again.' : 'Could not lock a still state yet; trying again.');
  }
}
