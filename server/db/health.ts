// What the server knows about its database right now: up, starting, being restarted, or down. The supervisor sets it;
// the Database layer reads it to fail fast while the database is away, and reports queries that found it unreachable.

export type DatabaseState = 'starting' | 'up' | 'restarting' | 'down';

export interface HealthReport {
  status: 'ok' | Exclude<DatabaseState, 'up'>;
  database: {
    state: DatabaseState;
    /** Since when the state holds (ISO time). */
    since: string;
    /** How many times the embedded database was brought back after it died. */
    restarts: number;
    lastError: string | null;
    /** When the supervisor tries again (a restart or a check), if it is waiting to. */
    nextAttemptInMs: number | null;
  };
}

type Listener = () => void;

export class DatabaseHealth {
  private current: DatabaseState = 'starting';
  private sinceMs: number;
  private restartCount = 0;
  private lastError: string | null = null;
  private nextAttemptAtMs: number | null = null;
  private readonly leaving = new Set<Listener>();
  private readonly unreachable = new Set<(error: string) => void>();

  constructor(private readonly now: () => number = Date.now) {
    this.sinceMs = now();
  }

  get state(): DatabaseState {
    return this.current;
  }

  get available(): boolean {
    return this.current === 'up';
  }

  up(): void {
    this.set('up');
    this.nextAttemptAtMs = null;
  }

  /** The database is not usable: `restarting` while its process is brought back, `down` while it cannot be reached. */
  trouble(state: 'starting' | 'restarting' | 'down', error: string, nextAttemptAtMs: number | null = null): void {
    this.set(state);
    this.lastError = error;
    this.nextAttemptAtMs = nextAttemptAtMs;
  }

  restarted(): void {
    this.restartCount++;
  }

  /** A query found the database unreachable while it was thought up: it is down until the supervisor finds it again. */
  reportUnreachable(error: string): void {
    if (this.current !== 'up') return;
    this.trouble('down', error);
    for (const listener of [...this.unreachable]) listener(error);
  }

  /** Called (once) when the database stops being available; returns a function that cancels the call. */
  onceUnavailable(listener: Listener): () => void {
    if (!this.available) {
      listener();
      return () => {};
    }
    this.leaving.add(listener);
    return () => this.leaving.delete(listener);
  }

  /** What the supervisor listens to, to start checking when queries fail. */
  onUnreachable(listener: (error: string) => void): () => void {
    this.unreachable.add(listener);
    return () => this.unreachable.delete(listener);
  }

  report(): HealthReport {
    const state = this.current;
    return {
      status: state === 'up' ? 'ok' : state,
      database: {
        state,
        since: new Date(this.sinceMs).toISOString(),
        restarts: this.restartCount,
        lastError: this.lastError,
        nextAttemptInMs: this.nextAttemptAtMs === null ? null : Math.max(0, this.nextAttemptAtMs - this.now()),
      },
    };
  }

  private set(state: DatabaseState): void {
    const wasAvailable = this.available;
    if (state !== this.current) this.sinceMs = this.now();
    this.current = state;
    if (wasAvailable && !this.available) {
      const listeners = [...this.leaving];
      this.leaving.clear();
      for (const listener of listeners) listener();
    }
  }
}
