// Signing in with a token: who holds it (Query.viewer), checking it again when the page opens, and keeping it for
// this browser tab only.
import { ApiError } from './api.js';
import type { Viewer } from './api-types.js';
import type { Role, Session } from './store.js';

const TOKEN_KEY = 'persecution-network.token';
const NAME_KEY = 'persecution-network.name';
const ROLE_KEY = 'persecution-network.role';

export class SignInError extends Error {
  constructor(
    message: string,
    /** True when the server does not know the token (unknown or revoked), not merely unreachable. */
    readonly refused = false,
  ) {
    super(message);
  }
}

export const TOKEN_REFUSED = 'This token is not accepted: it is mistyped, revoked, or made for another server.';
export const SESSION_ENDED = 'You were signed out: your token is no longer accepted (it was revoked). Sign in again with a valid one.';

/** A role the page does not know gets no more than reading. */
export function roleOf(role: string): Role {
  return role === 'editor' || role === 'admin' ? role : 'reader';
}

/** The session a token opens, from the server's answer to `viewer` sent with that token. */
export async function signIn(token: string, askViewer: () => Promise<Viewer | null>): Promise<Session> {
  let viewer: Viewer | null;
  try {
    viewer = await askViewer();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw error.code === 'UNAUTHENTICATED' ? new SignInError(TOKEN_REFUSED, true) : new SignInError(error.message);
  }
  // Null means the server saw no token at all: it cannot be used either.
  if (!viewer) throw new SignInError(TOKEN_REFUSED, true);
  return { token, name: viewer.name, role: roleOf(viewer.role) };
}

/**
 * A stored session checked again: the same or an updated one while the token holds, null (signed out) when the server
 * refuses it. Any other failure (the server is down) keeps the session: it says nothing about the token.
 */
export async function recheck(session: Session, askViewer: () => Promise<Viewer | null>): Promise<Session | null> {
  try {
    return await signIn(session.token, askViewer);
  } catch (error) {
    if (error instanceof SignInError && error.refused) return null;
    return session;
  }
}

export function roleDescription(role: Role): string {
  return role === 'reader' ? 'reader (reading only)' : role;
}

export function storedSession(storage: Storage): Session | null {
  const token = storage.getItem(TOKEN_KEY);
  const name = storage.getItem(NAME_KEY) ?? '';
  const role = storage.getItem(ROLE_KEY);
  return token && role ? { token, name, role: roleOf(role) } : null;
}

export function storeSession(storage: Storage, session: Session | null): void {
  if (session) {
    storage.setItem(TOKEN_KEY, session.token);
    storage.setItem(NAME_KEY, session.name);
    storage.setItem(ROLE_KEY, session.role);
  } else {
    for (const key of [TOKEN_KEY, NAME_KEY, ROLE_KEY]) storage.removeItem(key);
  }
}
