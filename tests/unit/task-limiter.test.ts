import { describe, expect, it } from 'vitest';
import { taskLimiter } from '../../server/db/session-cap.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('taskLimiter', () => {
  it('runs at most `size` tasks at once, the others in the order they came', async () => {
    const limit = taskLimiter(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        limit(async () => {
          most = Math.max(most, ++running);
          await pause(5);
          order.push(i);
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order.slice(2)).toEqual([2, 3, 4]);
  });

  it('refuses a task that waited too long with DATABASE_BUSY, and the others still run', async () => {
    const limit = taskLimiter(1, 20);
    const slow = limit(() => pause(200));
    await expect(limit(async () => 'late')).rejects.toMatchObject({ extensions: { code: 'DATABASE_BUSY' } });
    await slow;
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });

  it('keeps a slot closed after a task for as long again when asked to rest (restRatio 1)', async () => {
    const limit = taskLimiter(1, Infinity, 1);
    const began = performance.now();
    let secondStarted = 0;
    await Promise.all([limit(() => pause(60)), limit(async () => (secondStarted = performance.now() - began))]);
    // The first ran at least 60 ms, then rested at least as long: timers only ever fire late.
    expect(secondStarted).toBeGreaterThanOrEqual(115);
  });
});
