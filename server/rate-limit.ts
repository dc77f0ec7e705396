// Token buckets per key (a token, an address): each holds `burst` requests and refills at `perMinute`. In memory, per
// server process: behind several servers each counts its own share.
import { domainError } from './db/errors.js';

export interface RateLimitRule {
  /** Requests a key may make in a minute, on average. */
  perMinute: number;
  /** Requests a key may make at once after a quiet spell. */
  burst: number;
}

export interface RateLimits {
  /** Mutations per token. */
  mutationsPerToken: RateLimitRule;
  /** Mutations per client address, whatever the token. */
  mutationsPerAddress: RateLimitRule;
  /** Unknown or revoked tokens per client address: beyond it they are answered RATE_LIMITED (valid tokens still work). */
  tokenFailuresPerAddress: RateLimitRule;
}

export const defaultRateLimits: RateLimits = {
  mutationsPerToken: { perMinute: 1200, burst: 300 },
  mutationsPerAddress: { perMinute: 2400, burst: 600 },
  tokenFailuresPerAddress: { perMinute: 10, burst: 20 },
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Keys beyond this many are pruned of full buckets, so a flood of addresses cannot grow memory without end. */
const MAX_KEYS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: RateLimitRule,
    private readonly now: () => number = Date.now,
  ) {}

  private refilled(key: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.burst, at: now };
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + ((now - bucket.at) / 60_000) * this.rule.perMinute);
    bucket.at = now;
    return bucket;
  }

  /** Milliseconds until `key` may act again; 0 when it may now. */
  waitFor(key: string): number {
    const bucket = this.refilled(key);
    return bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / this.rule.perMinute) * 60_000);
  }

  /** Takes one request from `key`'s bucket; the milliseconds to wait when it is empty (nothing is taken then). */
  take(key: string): number {
    const wait = this.waitFor(key);
    if (wait > 0) return wait;
    const bucket = this.refilled(key);
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_KEYS) this.prune();
    return 0;
  }

  private prune(): void {
    for (const key of [...this.buckets.keys()]) {
      if (this.refilled(key).tokens >= this.rule.burst) this.buckets.delete(key);
    }
  }
}

export function rateLimited(what: string, waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return domainError('RATE_LIMITED', `Too many ${what}; try again in ${seconds} s.`, { retryAfterSeconds: seconds });
}
