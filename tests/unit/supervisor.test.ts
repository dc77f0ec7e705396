import { describe, expect, it } from 'vitest';
import { DatabaseHealth } from '../../server/db/health.js';
import { superviseDatabase, type RestartableProcess } from '../../server/neo4j/supervisor.js';

const quick = { firstDelayMs: 1, maxDelayMs: 8, factor: 2, stableAfterMs: 60_000 };

async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

/** A process that dies when told, whose restarts fail as many times as asked, and wait for `hold` if given. */
function fakeProcess(failingRestarts = 0, hold: Promise<void> = Promise.resolve()) {
  let alive = true;
  let die: (how: string) => void = () => {};
  let exited = new Promise<string>((resolve) => (die = resolve));
  let failures = failingRestarts;
  const process: RestartableProcess = {
    alive: () => alive,
    exited: () => exited,
    restart: async () => {
      await hold;
      if (failures-- > 0) throw new Error('PORT_TAKEN: port 127.0.0.1:7687 is already in use');
      alive = true;
      exited = new Promise<string>((resolve) => (die = resolve));
    },
  };
  return {
    process,
    kill() {
      alive = false;
      die('signal SIGKILL');
    },
  };
}

describe('the database supervisor', () => {
  it('restarts a dead embedded database, saying so in the health state and the log', async () => {
    const health = new DatabaseHealth();
    const lines: string[] = [];
    let release = () => {};
    const neo4j = fakeProcess(0, new Promise((resolve) => (release = resolve)));
    const supervisor = superviseDatabase({
      health,
      probe: async () => {},
      process: neo4j.process,
      log: (l) => lines.push(l),
      policy: quick,
    });
    expect(health.report().status).toBe('ok');
    neo4j.kill();
    await waitFor(() => health.state === 'restarting');
    expect(health.report().database.lastError).toBe('the embedded database exited (signal SIGKILL)');
    release();
    await waitFor(() => health.available);
    expect(health.report().database.restarts).toBe(1);
    expect(lines.join('\n')).toMatch(
      /exited \(signal SIGKILL\); restarting it in [\d.]+ s\n.*restarting the embedded database…\n.*back after/,
    );
    neo4j.kill(); // and again: it watches the new process too
    await waitFor(() => health.report().database.restarts === 2);
    await supervisor.stop();
  });

  it('says the process exited when a query found it gone first, and restarts it without waiting out the check', async () => {
    const health = new DatabaseHealth();
    const lines: string[] = [];
    const neo4j = fakeProcess();
    let probing = true;
    const supervisor = superviseDatabase({
      health,
      probe: async () => {
        if (probing) throw new Error('connect ECONNREFUSED 127.0.0.1:7687');
      },
      process: neo4j.process,
      log: (l) => lines.push(l),
      policy: { ...quick, firstDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    health.reportUnreachable('a query found Neo4j unreachable (ServiceUnavailable)');
    await waitFor(() => lines.some((l) => l.includes('checking again in 60.0 s')));
    probing = false;
    neo4j.kill(); // seen while the supervisor waits a minute before checking again
    await waitFor(() => health.available);
    expect(health.report().database).toMatchObject({ restarts: 1, lastError: 'the embedded database exited (signal SIGKILL)' });
    expect(lines.join('\n')).toMatch(
      /ECONNREFUSED.*checking again in 60\.0 s\n.*exited \(signal SIGKILL\)\n.*restarting the embedded database…\n.*back after/,
    );
    await supervisor.stop();
  });

  it('backs off between failed restarts, reporting each error and the next try', async () => {
    const health = new DatabaseHealth();
    const lines: string[] = [];
    const neo4j = fakeProcess(3);
    const policy = { firstDelayMs: 100, maxDelayMs: 400, factor: 2, stableAfterMs: 60_000 };
    const supervisor = superviseDatabase({ health, probe: async () => {}, process: neo4j.process, log: (l) => lines.push(l), policy });
    neo4j.kill();
    await waitFor(() => health.state === 'restarting');
    expect(health.report().database.nextAttemptInMs).toBeLessThanOrEqual(100);
    await waitFor(() => health.report().database.restarts === 1);
    const delays = lines.flatMap((l) => /in ([\d.]+) s$/.exec(l)?.[1] ?? []);
    expect(delays).toEqual(['0.1', '0.2', '0.4', '0.4']);
    expect(lines.filter((l) => l.includes('PORT_TAKEN'))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/back after .* \(4 tries\)/);
    await supervisor.stop();
  });

  it('checks an external database that a query found unreachable until it answers again', async () => {
    const health = new DatabaseHealth();
    let reachable = false;
    const supervisor = superviseDatabase({
      health,
      probe: async () => {
        if (!reachable) throw new Error('Could not perform discovery. No routing servers available.');
      },
      process: null,
      log: () => {},
      policy: quick,
    });
    health.reportUnreachable('a query found Neo4j unreachable (ServiceUnavailable)');
    expect(health.report().status).toBe('down');
    await waitFor(() => health.report().database.lastError?.includes('No routing servers') === true);
    expect(health.available).toBe(false);
    reachable = true;
    await waitFor(() => health.available);
    expect(health.report().database.restarts).toBe(0);
    await supervisor.stop();
  });

  it('finds an external database gone by checking it now and then, with no query needed', async () => {
    const health = new DatabaseHealth();
    let reachable = true;
    const probe = async () => {
      if (!reachable) throw new Error('connect ECONNREFUSED 10.0.0.5:7687');
    };
    const supervisor = superviseDatabase({ health, probe, process: null, log: () => {}, policy: quick, watchIntervalMs: 5 });
    reachable = false;
    await waitFor(() => health.state === 'down');
    expect(health.report().database.lastError).toContain('ECONNREFUSED');
    reachable = true;
    await waitFor(() => health.available);
    await supervisor.stop();
  });

  it('stops restarting once stopped, so shutting down does not bring the database back', async () => {
    const health = new DatabaseHealth();
    const neo4j = fakeProcess();
    let restarts = 0;
    const process = { ...neo4j.process, restart: async () => void restarts++ };
    const supervisor = superviseDatabase({ health, probe: async () => {}, process, log: () => {}, policy: { ...quick, firstDelayMs: 50 } });
    neo4j.kill();
    await waitFor(() => health.state === 'restarting');
    await supervisor.stop();
    await new Promise((r) => setTimeout(r, 80));
    expect(restarts).toBe(0);
  });
});
