// How long the supervisor waits before each try to bring the database back: doubling from a first delay up to a cap,
// and starting over only once the database has stayed up for a while (so a crash loop keeps backing off).

export interface BackoffPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  factor: number;
  /** Up this long, the database counts as recovered: the next failure starts again from the first delay. */
  stableAfterMs: number;
}

export const defaultBackoff: BackoffPolicy = { firstDelayMs: 500, maxDelayMs: 30_000, factor: 2, stableAfterMs: 60_000 };

/** The delay before try number `attempt` (0 is the first). */
export function backoffDelay(policy: BackoffPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, Math.round(policy.firstDelayMs * policy.factor ** Math.max(0, attempt)));
}

export class BackoffSchedule {
  private attempt = 0;
  private upSinceMs: number | null = null;

  constructor(private readonly policy: BackoffPolicy = defaultBackoff) {}

  /** The database went away at `nowMs`: forget earlier failures if it had been up long enough. */
  wentDown(nowMs: number): void {
    if (this.upSinceMs !== null && nowMs - this.upSinceMs >= this.policy.stableAfterMs) this.attempt = 0;
    this.upSinceMs = null;
  }

  /** The delay before the next try; each call counts one try. */
  nextDelay(): number {
    return backoffDelay(this.policy, this.attempt++);
  }

  cameUp(nowMs: number): void {
    this.upSinceMs = nowMs;
  }

  /** Tries since the last stable period. */
  get attempts(): number {
    return this.attempt;
  }
}
