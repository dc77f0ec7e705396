// Who may do what: reads are public unless configured otherwise; writes need an editor or admin; the audit log an admin.
import { domainError } from '../db/errors.js';
import type { Role, Viewer } from './tokens.js';

/** Reads the bearer token of a request, or null when there is none. */
export function bearerToken(authorization: string | null): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw domainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  return match[1] ?? null;
}

export async function requireRole(
  viewer: Promise<Viewer | null>,
  hasToken: boolean,
  roles: readonly Role[],
  action: string,
): Promise<Viewer> {
  if (!hasToken) throw domainError('UNAUTHENTICATED', `${action} needs a token: send "Authorization: Bearer <token>".`);
  const who = await viewer;
  if (!who) throw domainError('UNAUTHENTICATED', 'The token is unknown or revoked.');
  if (!roles.includes(who.role))
    throw domainError('FORBIDDEN', `${action} needs the role ${roles.join(' or ')}; this token has ${who.role}.`);
  return who;
}
