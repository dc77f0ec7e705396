// The embedded database's Bolt password: the configured one, or one generated once and kept in the data directory
// (readable by its owner only), so a restart, and the command-line tools, use the same.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BOLT_USER = 'neo4j';

export class BoltAuthError extends Error {
  readonly code = 'NEO4J_AUTH_FAILED';
}

export function boltPasswordFile(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'bolt-password');
}

/** The kept password, or null when the data directory has none. */
export function readBoltPassword(dataDir: string): string | null {
  const file = boltPasswordFile(dataDir);
  if (!existsSync(file)) return null;
  const password = readFileSync(file, 'utf8').trim();
  if (!password) throw new BoltAuthError(`${file} is empty: delete it and start the server to generate a new password.`);
  // Kept from others even if someone loosened it; the owner can always read it.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return password;
}

/** The kept password, generated (mode 0600) on first use. */
export function readOrCreateBoltPassword(dataDir: string): string {
  const kept = readBoltPassword(dataDir);
  if (kept) return kept;
  const password = randomBytes(24).toString('base64url');
  try {
    writeFileSync(boltPasswordFile(dataDir), `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readBoltPassword(dataDir)!;
    throw error;
  }
  return password;
}
