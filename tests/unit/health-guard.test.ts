import type { Runner } from '../../server/db/database.js';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { domainError } from '../../server/db/errors.js';
import { guardByHealth } from '../../server/db/health-guard.js';
import { DatabaseHealth } from '../../server/db/health.js';

const tx = {} as Runner;
type Work = (tx: Runner) => Promise<unknown>;
/** A session runner that runs the work once `gate` opens, and counts its runs. */
function runner(gate: Promise<void> = Promise.resolve()) {
  const runs = { count: 0 };
  const run = async <T>(_mode: 'READ' | 'WRITE', work: (tx: Runner) => Promise<T>): Promise<T> => {
    runs.count++;
    await gate;
    return work(tx);
  };
  return { run, runs };
}

function upHealth(): DatabaseHealth {
  const health = new DatabaseHealth();
  health.up();
  return health;
}

describe('requests while the database is away', () => {
  it('fail at once with DATABASE_UNAVAILABLE, its state and when the next try is, without touching the driver', async () => {
    const health = new DatabaseHealth();
    health.trouble('restarting', 'the embedded database exited (signal SIGKILL)', Date.now() + 2_000);
    const { run, runs } = runner();
    const started = performance.now();
    await expect(guardByHealth(health, run)('READ', async () => 1)).rejects.toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE', state: 'restarting', retryInMs: expect.any(Number) },
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(runs.count).toBe(0);
  });

  it('answer a read in flight at once when the database goes away', async () => {
    const health = upHealth();
    const { run } = runner(new Promise(() => {})); // never answers, as a dead database
    const read = guardByHealth(health, run)('READ', async () => 1);
    health.trouble('restarting', 'the embedded database exited (signal SIGKILL)');
    await expect(read).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
  });

  it('wait for a write in flight, but start no new attempt of it once the database went away', async () => {
    const health = upHealth();
    let open = () => {};
    const { run } = runner(new Promise<void>((resolve) => (open = resolve)));
    let ran = 0;
    const work: Work = async () => ++ran;
    const write = guardByHealth(health, run)('WRITE', work);
    health.trouble('restarting', 'the embedded database exited (signal SIGKILL)');
    open(); // the driver's retry, after the outage began
    await expect(write).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(ran).toBe(0);
  });

  it('report a query that found the database unreachable, so the next ones fail fast', async () => {
    const health = upHealth();
    const reports: string[] = [];
    health.onUnreachable((error) => reports.push(error));
    const unreachable = domainError('DATABASE_UNAVAILABLE', 'The database is not reachable right now; try again shortly.', {
      cause: 'ServiceUnavailable',
    });
    const guarded = guardByHealth(health, async () => {
      throw unreachable;
    });
    await expect(guarded('READ', async () => 1)).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(health.report()).toMatchObject({ status: 'down', database: { lastError: expect.stringContaining('ServiceUnavailable') } });
    expect(reports).toHaveLength(1);
  });

  it('turn refused credentials into DATABASE_UNAVAILABLE for clients, with the reason in the health state', async () => {
    const health = upHealth();
    const refused = new Neo4jError(
      'The client is unauthorized due to authentication failure.',
      'Neo.ClientError.Security.Unauthorized',
      '',
      '',
    );
    const guarded = guardByHealth(health, async () => {
      throw refused;
    });
    await expect(guarded('READ', async () => 1)).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(health.report().database.lastError).toContain('refused the server');
  });

  it('pass other errors and results through untouched', async () => {
    const health = upHealth();
    const { run } = runner();
    await expect(guardByHealth(health, run)('READ', async () => 42)).resolves.toBe(42);
    const other = new Error('Expected');
    await expect(
      guardByHealth(health, run)('WRITE', async () => {
        throw other;
      }),
    ).rejects.toBe(other);
    expect(health.available).toBe(true);
  });
});
