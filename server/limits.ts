// Caps on what one request may ask for, and the argument checks that enforce them.
import { domainError } from './db/errors.js';

export interface Limits {
  maxFirst: number;
  maxDepth: number;
  maxNodes: number;
  maxEdges: number;
  maxHops: number;
  maxPaths: number;
  /** Entities centrality is computed over; larger networks are ranked on their best-connected part. */
  maxAnalysisNodes: number;
}

export const defaultLimits: Limits = {
  maxFirst: 50,
  maxDepth: 3,
  // Large enough for a 20,000-element view when asked for (the page stays fluid there: web/src/graph-scale.ts);
  // the defaults of each field stay small.
  maxNodes: 10_000,
  maxEdges: 20_000,
  maxHops: 6,
  maxPaths: 10,
  maxAnalysisNodes: 2000,
};

/** Checks an integer argument is within [min, max]; a clear BAD_USER_INPUT otherwise. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw domainError('BAD_USER_INPUT', `${name} must be an integer from ${min} to ${max}, got ${value}`, { argument: name });
  }
  return value;
}
