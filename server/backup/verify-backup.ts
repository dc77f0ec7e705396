// The graph hash of a live database, read as one consistent snapshot, and the check that a backup file holds exactly
// the graph a database holds (after a restore, or right after a backup of a database nobody writes to).
import type { Database } from '../db/database.js';
import type { EncodedProperties } from './encode-values.js';
import { BackupError } from './errors.js';
import { GraphHasher, type GraphHash } from './graph-hash.js';
import { validateBackup } from './read-backup.js';
import { BACKUP_TRANSACTION_TIMEOUT_MS, readSnapshot, type SnapshotSink } from './snapshot-read.js';

class HashSink implements SnapshotSink {
  hasher = new GraphHasher();

  async start(): Promise<void> {
    this.hasher = new GraphHasher();
  }

  async node(id: string, labels: string[], properties: EncodedProperties): Promise<void> {
    this.hasher.addNode(id, labels, properties);
  }

  async relationship(from: string, to: string, type: string, properties: EncodedProperties): Promise<void> {
    this.hasher.addRelationship(from, to, type, properties);
  }

  async discard(): Promise<void> {
    this.hasher = new GraphHasher();
  }
}

export async function snapshotGraphHash(db: Database, timeoutMs = BACKUP_TRANSACTION_TIMEOUT_MS): Promise<GraphHash> {
  const sink = new HashSink();
  await readSnapshot(db, sink, { timeoutMs });
  return sink.hasher.digest();
}

export interface Verified {
  file: GraphHash;
  database: GraphHash;
}

/** Checks the whole file and compares the graph it holds with the database's; GRAPH_DIFFERS when they differ. */
export async function verifyBackup(db: Database, file: string): Promise<Verified> {
  const { graph } = await validateBackup(file);
  const database = await snapshotGraphHash(db);
  if (graph.hash !== database.hash)
    throw new BackupError(
      'GRAPH_DIFFERS',
      `${file} holds ${graph.nodes} nodes and ${graph.relationships} relationships (graph hash ${graph.hash}); the database holds ` +
        `${database.nodes} and ${database.relationships} (graph hash ${database.hash}).`,
    );
  return { file: graph, database };
}
