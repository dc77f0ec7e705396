// What every resolver receives.
import type { Viewer } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import type { Limits } from '../limits.js';

export interface Context {
  db: Database;
  limits: Limits;
  /** Who is asking, for rate limits: the peer address and a key derived from the token (never the token itself). */
  client: { address: string; tokenKey: string };
  auth: {
    /** Whether the request carried a bearer token at all. */
    hasToken: boolean;
    /** The token's holder, looked up on first use (reads that need no token never touch the database for it). */
    viewer: () => Promise<Viewer | null>;
  };
}
