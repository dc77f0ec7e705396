// Backup → restore as an operator runs it: `npm run backup` against the running server, `npm run restore` into a new
// data directory (its own embedded Neo4j), and the restore's graph hash compared with the backup's.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/free-port.js';
import type { ProofResults } from './report.js';
import type { Target } from './target.js';

export async function backupRoundTrip(target: Target): Promise<NonNullable<ProofResults['backup']>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-prove-backup-'));
  try {
    const file = path.join(dir, 'graph.jsonl');
    let started = performance.now();
    const backup = target.cli('backup', ['--out', file]);
    const backupMs = Math.round(performance.now() - started);
    if (backup.status !== 0) throw new Error(`npm run backup failed: ${backup.stderr}${backup.stdout}`);
    const written = /Backed up (\d+) nodes and (\d+) relationships/.exec(backup.stdout);
    const backupHash = /graph hash (\S+)/.exec(backup.stdout)?.[1];
    started = performance.now();
    const restore = target.cli('restore', [file], { DATA_DIR: path.join(dir, 'restored'), NEO4J_BOLT_PORT: String(await freePort()) });
    const restoreMs = Math.round(performance.now() - started);
    const restoredHash = /graph hash (\S+) equals the backup's/.exec(restore.stdout)?.[1];
    return {
      nodes: Number(written?.[1] ?? 0),
      relationships: Number(written?.[2] ?? 0),
      bytes: statSync(file).size,
      exact: restore.status === 0 && backupHash !== undefined && restoredHash === backupHash,
      backupMs,
      restoreMs,
      ...(restore.status === 0 ? {} : { problem: `${restore.stderr}${restore.stdout}`.slice(-1000) }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
