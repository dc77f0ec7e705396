// Keeps the database usable: restarts a dead embedded Neo4j (same store, port and password) with backoff, and checks
// an unreachable one (embedded or external) until it answers again, saying each step in the log and the health state.
import type { DatabaseHealth } from '../db/health.js';
import { BackoffSchedule, defaultBackoff, type BackoffPolicy } from './backoff.js';

/** The embedded database's process, as the supervisor sees it. */
export interface RestartableProcess {
  alive(): boolean;
  /** Resolves when the current process ends, with how ("signal SIGKILL"). */
  exited(): Promise<string>;
  /** Starts a new process on the same store, port and password; resolves once it is ready. */
  restart(): Promise<void>;
}

export interface SupervisorOptions {
  health: DatabaseHealth;
  /** Answers when the database does (through the server's own driver). */
  probe: () => Promise<void>;
  /** null for an external database: nothing to restart, only to wait for. */
  process: RestartableProcess | null;
  log: (line: string) => void;
  policy?: BackoffPolicy;
  /** How often an external database is checked while it is thought up (an embedded one reports its own exit). */
  watchIntervalMs?: number;
  now?: () => number;
}

export interface Supervisor {
  /** Stops supervising; waits for a restart under way, so the caller can then stop the process it started. */
  stop(): Promise<void>;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

export function superviseDatabase(options: SupervisorOptions): Supervisor {
  const { health, probe, process, log } = options;
  const now = options.now ?? Date.now;
  const schedule = new BackoffSchedule(options.policy ?? defaultBackoff);
  let stopped = false;
  let recovering: Promise<void> | null = null;
  /** How the process ended, when that became known while recovering (a query's report often comes first). */
  let exitedBecause: string | null = null;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const recover = (why: string) => {
    if (stopped || recovering) return;
    recovering = bringBack(why).finally(() => (recovering = null));
  };

  async function bringBack(why: string): Promise<void> {
    const downSince = now();
    schedule.wentDown(downSince);
    let lastError = why;
    let tries = 0;
    // After a query's report, check at once: a dropped connection need not mean a dead database.
    let delay = process?.alive() === false ? schedule.nextDelay() : 0;
    while (!stopped) {
      const restarting = process !== null && !process.alive();
      health.trouble(restarting ? 'restarting' : 'down', lastError, now() + delay);
      if (delay > 0) {
        log(`Neo4j: ${lastError}; ${restarting ? 'restarting it' : 'checking again'} in ${(delay / 1000).toFixed(1)} s`);
        await sleep(delay);
        if (stopped) return;
      }
      if (exitedBecause) {
        [lastError, exitedBecause] = [exitedBecause, null];
        log(`Neo4j: ${lastError}`);
      }
      tries++;
      try {
        if (process !== null && !process.alive()) {
          health.trouble('restarting', lastError);
          log('Neo4j: restarting the embedded database…');
          await process.restart();
          health.restarted();
          watchExit();
        }
        await probe();
        health.up();
        schedule.cameUp(now());
        log(`Neo4j: back after ${((now() - downSince) / 1000).toFixed(1)} s (${tries} ${tries === 1 ? 'try' : 'tries'})`);
        return;
      } catch (error) {
        lastError = describe(error);
      }
      delay = schedule.nextDelay();
    }
  }

  function watchExit(): void {
    if (!process) return;
    void process.exited().then((how) => {
      if (stopped) return;
      const why = `the embedded database exited (${how})`;
      // Already recovering after a query's report: the state says now that the process itself is gone.
      if (recovering) {
        exitedBecause = why;
        health.trouble('restarting', why);
        wake?.(); // no need to wait for a check: it is gone
      }
      recover(why);
    });
  }

  health.up();
  schedule.cameUp(now());
  watchExit();
  const stopListening = health.onUnreachable((error) => recover(error));
  let watcher: ReturnType<typeof setInterval> | null = null;
  if (!process && options.watchIntervalMs) {
    watcher = setInterval(() => {
      if (!health.available || recovering) return;
      probe().catch((error: unknown) => health.reportUnreachable(`a check found Neo4j unreachable: ${describe(error)}`));
    }, options.watchIntervalMs);
    watcher.unref();
  }

  return {
    async stop() {
      stopped = true;
      stopListening();
      if (watcher) clearInterval(watcher);
      wake?.();
      await recovering;
    },
  };
}
