// Loads a backup into an empty database, and proves it: the graph hash of the database afterwards must equal the
// backup's. The whole file is read and checked before anything is written. Then:
// - up to SINGLE_TRANSACTION_RECORDS records, everything is written in one transaction, which also checks the database
//   is empty: a failure leaves nothing behind (the seeded case is 356 records; a generated network of 20,000 entities,
//   123,000 records, took 31 s in one transaction here);
// - beyond that, one transaction per batch (one would outgrow the database's memory), and on any failure the nodes
//   written so far are deleted again (with their relationships), so the database is empty as it was.
import type { Database, Run } from '../db/database.js';
import { BackupError } from './errors.js';
import { readBackup, validateBackup, type BackupContents } from './read-backup.js';
import { snapshotGraphHash } from './verify-backup.js';

const SINGLE_TRANSACTION_RECORDS = 200_000;
const BATCH_RECORDS = 1000;
const BATCH_BYTES = 8 * 1024 * 1024;
const DELETE_BATCH = 10_000;

export interface Restored {
  nodes: number;
  relationships: number;
  graphHash: string;
  transactions: number;
}

export interface RestoreOptions {
  log?: (line: string) => void;
  /** The file's check, when the caller has already made it (to fail before starting a database). */
  validated?: Awaited<ReturnType<typeof validateBackup>>;
  /** Lower only in tests, to exercise the batched way on a small file. */
  singleTransactionRecords?: number;
}

/** Refuses a database that holds anything, saying what it holds. */
async function assertEmpty(run: Run, where: string): Promise<void> {
  const [contents] = await run('backup/contents');
  const nodes = contents!.get('nodes').toNumber() as number;
  const relationships = contents!.get('relationships').toNumber() as number;
  if (nodes === 0 && relationships === 0) return;
  const labels = (contents!.get('labels') as { label: string; count: { toNumber(): number } }[])
    .slice(0, 8)
    .map((l) => `${l.count.toNumber()} ${l.label}`)
    .join(', ');
  throw new BackupError(
    'DATABASE_NOT_EMPTY',
    `The database at ${where} is not empty: it holds ${nodes} nodes (${labels || 'without labels'}) and ${relationships} relationships. ` +
      'A backup is restored only into an empty database. Give the command a new DATA_DIR (and, while the server runs, ' +
      'another NEO4J_BOLT_PORT), e.g. DATA_DIR=./data-restored NEO4J_BOLT_PORT=7688 npm run restore -- FILE, then start the server on it.',
  );
}

/**
 * Reads the file again and writes it through `runBatch`, in batches of nodes then relationships. `created` collects the
 * element ids of the nodes created as it goes, so that they can be deleted when a later batch fails.
 */
async function writeRecords(file: string, expected: BackupContents, runBatch: Run, created: string[]): Promise<void> {
  const ids = new Map<number, string>();
  let nodes: { key: number; labels: string[]; properties: Record<string, unknown> }[] = [];
  let relationships: { from: string; to: string; type: string; properties: Record<string, unknown> }[] = [];
  let bytes = 0;
  const flushNodes = async () => {
    if (nodes.length === 0) return;
    const rows = await runBatch('backup/create-nodes', { nodes });
    for (const row of rows) {
      ids.set(Number(row.get('key')), row.get('id') as string);
      created.push(row.get('id') as string);
    }
    if (rows.length !== nodes.length)
      throw new BackupError('RESTORE_FAILED', `Created ${rows.length} of a batch of ${nodes.length} nodes.`);
    nodes = [];
    bytes = 0;
  };
  const flushRelationships = async () => {
    if (relationships.length === 0) return;
    const [row] = await runBatch('backup/create-relationships', { relationships });
    const count = row?.get('created').toNumber() as number;
    if (count !== relationships.length)
      throw new BackupError('RESTORE_FAILED', `Created ${count} of a batch of ${relationships.length} relationships.`);
    relationships = [];
    bytes = 0;
  };
  const again = await readBackup(file, {
    async node(n) {
      nodes.push({ key: n.key, labels: n.labels, properties: n.values });
      bytes += n.bytes;
      if (nodes.length >= BATCH_RECORDS || bytes >= BATCH_BYTES) await flushNodes();
    },
    async relationship(r) {
      await flushNodes();
      relationships.push({ from: ids.get(r.from)!, to: ids.get(r.to)!, type: r.type, properties: r.values });
      bytes += r.bytes;
      if (relationships.length >= BATCH_RECORDS || bytes >= BATCH_BYTES) await flushRelationships();
    },
  });
  await flushNodes();
  await flushRelationships();
  if (again.sha256 !== expected.sha256) throw new BackupError('RESTORE_FAILED', `${file} changed while it was being restored.`);
}

async function deleteNodes(db: Database, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += DELETE_BATCH) await db.write('backup/delete-nodes', { ids: ids.slice(i, i + DELETE_BATCH) });
}

export async function restoreBackup(db: Database, file: string, options: RestoreOptions = {}): Promise<Restored> {
  const log = options.log ?? (() => {});
  const expected = options.validated ?? (await validateBackup(file));
  const where = (await db.driver.getServerInfo()).address ?? 'the configured address';
  await assertEmpty((key, params) => db.read(key, params), where);
  const created: string[] = [];
  const single = expected.nodes + expected.relationships <= (options.singleTransactionRecords ?? SINGLE_TRANSACTION_RECORDS);
  let transactions = 0;
  try {
    if (single) {
      await db.writeTransaction(async (run) => {
        created.length = 0;
        await assertEmpty(run, where);
        await writeRecords(file, expected, run, created);
      });
      transactions = 1;
    } else {
      const runBatch: Run = (key, params) => {
        transactions++;
        return db.write(key, params);
      };
      await writeRecords(file, expected, runBatch, created);
    }
  } catch (error) {
    // One transaction rolls back by itself; batches already committed are deleted here.
    if (!single && created.length > 0) {
      log(`Restore failed; deleting the ${created.length} nodes it wrote.`);
      await deleteNodes(db, created);
    }
    throw error instanceof BackupError
      ? error
      : new BackupError('RESTORE_FAILED', `Restore failed and wrote nothing: ${(error as Error).message}`);
  }
  const actual = await snapshotGraphHash(db);
  if (actual.hash !== expected.graph.hash) {
    await deleteNodes(db, created);
    throw new BackupError(
      'RESTORE_MISMATCH',
      `The restored graph (hash ${actual.hash}, ${actual.nodes} nodes) differs from the backup's (hash ${expected.graph.hash}, ` +
        `${expected.nodes} nodes); what was restored has been deleted again.`,
    );
  }
  return { nodes: actual.nodes, relationships: actual.relationships, graphHash: actual.hash, transactions };
}
