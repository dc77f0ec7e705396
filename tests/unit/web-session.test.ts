import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api.js';
import { recheck, roleOf, signIn, SignInError, storedSession, storeSession } from '../../web/src/session.js';

const holder = (name: string, role: string) => () => Promise.resolve({ name, role });
const fail = (code: string) => () => Promise.reject(new ApiError(code.toLowerCase(), code));
const kept = { token: 't0k', name: 'alice', role: 'editor' } as const;

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('signing in with a token', () => {
  it('opens a session with the name and role the server gives for the token', async () => {
    expect(await signIn('t0k', holder('alice', 'admin'))).toEqual({ token: 't0k', name: 'alice', role: 'admin' });
    expect(await signIn('t0k', holder('bob', 'editor'))).toMatchObject({ name: 'bob', role: 'editor' });
  });

  it('keeps a reader’s token for reading only, and gives a role it does not know no more than reading', async () => {
    expect((await signIn('t0k', holder('carol', 'reader'))).role).toBe('reader');
    expect(roleOf('superuser')).toBe('reader');
  });

  it('says clearly when a token is wrong', async () => {
    const attempt = signIn('nope', fail('UNAUTHENTICATED'));
    await expect(attempt).rejects.toBeInstanceOf(SignInError);
    await expect(attempt).rejects.toThrow('This token is not accepted: it is mistyped, revoked, or made for another server.');
  });

  it('passes on why the server could not answer, without calling the token wrong', async () => {
    const attempt = signIn('t0k', () => Promise.reject(new ApiError('The server cannot be reached. Is it running?', 'NETWORK')));
    await expect(attempt).rejects.toThrow('The server cannot be reached');
    await expect(attempt).rejects.toMatchObject({ refused: false });
  });
});

describe('a kept token checked again when the page opens', () => {
  it('ends the session when the token was revoked', async () => {
    expect(await recheck(kept, fail('UNAUTHENTICATED'))).toBeNull();
  });

  it('follows a changed role', async () => {
    expect(await recheck(kept, holder('alice', 'admin'))).toEqual({ ...kept, role: 'admin' });
  });

  it('keeps the session while the server is unreachable: that says nothing about the token', async () => {
    expect(await recheck(kept, fail('NETWORK'))).toBe(kept);
  });
});

describe('the session kept for this tab', () => {
  it('stores token, name and role, and forgets all of them on sign-out', () => {
    const storage = memoryStorage();
    storeSession(storage, kept);
    expect(storedSession(storage)).toEqual(kept);
    storeSession(storage, null);
    expect(storage.length).toBe(0);
    expect(storedSession(storage)).toBeNull();
  });
});
