// What every resolver receives.
import type { Database } from '../db/database.js';
import type { Limits } from '../limits.js';

export interface Context {
  db: Database;
  limits: Limits;
}
