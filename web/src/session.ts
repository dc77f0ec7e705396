// Signing in with a token: what the token proves (there is no "whoami"), and keeping it for this browser tab only.
import { ApiError } from './api.js';
import type { Role, Session } from './store.js';

const TOKEN_KEY = 'persecution-network.token';
const ROLE_KEY = 'persecution-network.role';

export class SignInError extends Error {}

/**
 * The role a token proves: `history` answers editors and admins, `auditLog` admins only. A reader's token (useful on
 * a server whose reads need one) is refused by both.
 */
export async function proveRole(probes: { history: () => Promise<unknown>; auditLog: () => Promise<unknown> }): Promise<Role> {
  try {
    await probes.history();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === 'UNAUTHENTICATED')
      throw new SignInError('This token is not accepted: it is mistyped, revoked, or made for another server.');
    if (error.code === 'FORBIDDEN') return 'reader';
    if (error.code !== 'NOT_FOUND') throw new SignInError(error.message);
  }
  try {
    await probes.auditLog();
    return 'admin';
  } catch (error) {
    if (error instanceof ApiError && error.code === 'FORBIDDEN') return 'editor';
    throw error instanceof ApiError ? new SignInError(error.message) : error;
  }
}

export function roleDescription(role: Role): string {
  return role === 'reader' ? 'reader (reading only)' : role;
}

export function storedSession(storage: Storage): Session | null {
  const token = storage.getItem(TOKEN_KEY);
  const role = storage.getItem(ROLE_KEY);
  return token && (role === 'reader' || role === 'editor' || role === 'admin') ? { token, role } : null;
}

export function storeSession(storage: Storage, session: Session | null): void {
  if (session) {
    storage.setItem(TOKEN_KEY, session.token);
    storage.setItem(ROLE_KEY, session.role);
  } else {
    storage.removeItem(TOKEN_KEY);
    storage.removeItem(ROLE_KEY);
  }
}
