// Token buckets: a burst, then one request per refill interval; keys apart; memory bounded.
import { describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { toDomainError } from '../../server/db/errors.js';
import { RateLimiter } from '../../server/rate-limit.js';

describe('RateLimiter', () => {
  it('lets a burst through, then one request per refill interval, and says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(1000);
    now += 500;
    expect(limiter.take('a')).toBe(500);
    now += 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1000);
  });

  it('counts each key apart, and a refused request takes nothing', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 6, burst: 1 }, () => now);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('b')).toBe(0);
    for (let i = 0; i < 5; i++) expect(limiter.take('a')).toBeGreaterThan(0);
    now += 10_000;
    expect(limiter.take('a')).toBe(0);
  });

  it('waitFor looks without taking', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 1 }, () => 0);
    expect(limiter.waitFor('a')).toBe(0);
    expect(limiter.waitFor('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.waitFor('a')).toBe(1000);
  });

  it('forgets full buckets when a flood of keys passes the bound, and still limits the busy ones', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 2 }, () => now);
    limiter.take('busy');
    limiter.take('busy');
    now += 60_000;
    for (let i = 0; i < 10_001; i++) limiter.take(`flood-${i}`);
    limiter.take('busy');
    limiter.take('busy');
    expect(limiter.take('busy')).toBeGreaterThan(0);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10_002);
  });
});

describe('transient database errors', () => {
  const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

  it('a full connection pool is DATABASE_BUSY, retryable, not an unexpected error', () => {
    const error = new Neo4jError('Connection acquisition timed out in 200 ms. Pool status: Active conn count = 1', 'N/A', 'N/A', 'N/A');
    expect(codeOf(toDomainError(error))).toBe('DATABASE_BUSY');
  });

  it('a transient error that outlasted the retries is DATABASE_BUSY', () => {
    const error = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'N/A', 'N/A');
    expect(codeOf(toDomainError(error))).toBe('DATABASE_BUSY');
  });

  it('an entity deleted while it was read is a retryable CONFLICT', () => {
    const error = new Neo4jError(
      'Node with id 12 has been deleted in this transaction',
      'Neo.ClientError.Statement.EntityNotFound',
      'N/A',
      'N/A',
    );
    expect(codeOf(toDomainError(error))).toBe('CONFLICT');
  });
});
