import { describe, expect, it } from 'vitest';
import { BackoffSchedule, backoffDelay, defaultBackoff } from '../../server/neo4j/backoff.js';

describe('the restart backoff', () => {
  it('waits 0.5 s, 1 s, 2 s … doubling, capped at 30 s', () => {
    const delays = Array.from({ length: 10 }, (_, attempt) => backoffDelay(defaultBackoff, attempt));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('keeps backing off when the database dies again soon after coming back (a crash loop)', () => {
    const schedule = new BackoffSchedule(defaultBackoff);
    schedule.wentDown(0);
    expect([schedule.nextDelay(), schedule.nextDelay()]).toEqual([500, 1_000]);
    schedule.cameUp(10_000);
    schedule.wentDown(20_000);
    expect(schedule.nextDelay()).toBe(2_000);
  });

  it('starts again from 0.5 s once the database has stayed up for a minute', () => {
    const schedule = new BackoffSchedule(defaultBackoff);
    schedule.wentDown(0);
    for (let i = 0; i < 5; i++) schedule.nextDelay();
    schedule.cameUp(100_000);
    schedule.wentDown(160_000);
    expect(schedule.nextDelay()).toBe(500);
  });

  it('does not forget failures while the database is still down', () => {
    const schedule = new BackoffSchedule(defaultBackoff);
    schedule.cameUp(0);
    schedule.wentDown(120_000);
    schedule.nextDelay();
    schedule.wentDown(500_000); // a second report while recovering: no stable period in between
    expect(schedule.nextDelay()).toBe(1_000);
  });
});
