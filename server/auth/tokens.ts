// API tokens: random, shown once, stored only as a SHA-256 hash (they carry 256 random bits, so no slow hash is needed).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { fieldProblem } from '../../domain/input-rules.js';
import type { Database } from '../db/database.js';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  id: string;
  name: string;
  role: Role;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateToken(): string {
  return `pgt_${randomBytes(32).toString('base64url')}`;
}

export async function createToken(db: Database, name: string, role: Role): Promise<{ id: string; token: string }> {
  // The name is shown in every audit record its holder writes: one line, a name's length, no control characters.
  const problem = name.trim() === '' ? 'the token name must not be empty' : fieldProblem('the token name', name, 'name');
  if (problem) throw new Error(problem);
  const token = generateToken();
  const id = randomUUID();
  await db.write('auth/create-token', { id, name, role, hash: hashToken(token), createdAt: new Date().toISOString() });
  return { id, token };
}

export async function findViewer(db: Database, token: string): Promise<Viewer | null> {
  const [record] = await db.read('auth/find-token', { hash: hashToken(token) });
  if (!record) return null;
  const role = String(record.get('role'));
  return (ROLES as readonly string[]).includes(role)
    ? { id: String(record.get('id')), name: String(record.get('name')), role: role as Role }
    : null;
}

export async function listTokens(db: Database) {
  const records = await db.read('auth/list-tokens');
  return records.map((r) => ({
    id: String(r.get('id')),
    name: String(r.get('name')),
    role: String(r.get('role')),
    createdAt: String(r.get('createdAt')),
    revokedAt: r.get('revokedAt') === null ? null : String(r.get('revokedAt')),
  }));
}

export async function revokeToken(db: Database, id: string): Promise<boolean> {
  const records = await db.write('auth/revoke-token', { id, revokedAt: new Date().toISOString() });
  return records.length > 0;
}
