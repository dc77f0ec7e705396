import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api.js';
import { proveRole, SignInError } from '../../web/src/session.js';

const ok = () => Promise.resolve([]);
const fail = (code: string) => () => Promise.reject(new ApiError(code.toLowerCase(), code));

describe('signing in with a token', () => {
  it('proves an admin when the audit log answers, an editor when only history does', async () => {
    expect(await proveRole({ history: ok, auditLog: ok })).toBe('admin');
    expect(await proveRole({ history: ok, auditLog: fail('FORBIDDEN') })).toBe('editor');
  });

  it('counts a history of an unknown id as proof: the token was accepted', async () => {
    expect(await proveRole({ history: fail('NOT_FOUND'), auditLog: fail('FORBIDDEN') })).toBe('editor');
  });

  it('keeps a reader’s token for reading only', async () => {
    expect(await proveRole({ history: fail('FORBIDDEN'), auditLog: fail('FORBIDDEN') })).toBe('reader');
  });

  it('says clearly when a token is wrong', async () => {
    const attempt = proveRole({ history: fail('UNAUTHENTICATED'), auditLog: ok });
    await expect(attempt).rejects.toBeInstanceOf(SignInError);
    await expect(attempt).rejects.toThrow('This token is not accepted: it is mistyped, revoked, or made for another server.');
  });
});
