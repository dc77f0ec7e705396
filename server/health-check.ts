// What /healthz answers: the database's state as the supervisor knows it, checked with a ping; 200 when usable, else 503.
import type { Database } from './db/database.js';
import type { DatabaseHealth, HealthReport } from './db/health.js';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);

/** Without a supervisor (tests, tools), the ping alone says whether the database is up. */
function pingOnly(pingError: string | null): HealthReport {
  return {
    status: pingError ? 'down' : 'ok',
    database: {
      state: pingError ? 'down' : 'up',
      since: new Date().toISOString(),
      restarts: 0,
      lastError: pingError,
      nextAttemptInMs: null,
    },
  };
}

export async function healthResponse(
  db: Database,
  health: DatabaseHealth | undefined,
  Response: typeof globalThis.Response,
): Promise<Response> {
  let pingError: string | null = null;
  try {
    await db.read('health/ping');
  } catch (error) {
    pingError = describe(error);
  }
  // A failed ping has just told the health state (through the database layer), so its report already says why.
  let report = health ? health.report() : pingOnly(pingError);
  if (pingError && report.status === 'ok') report = { ...report, status: 'down', database: { ...report.database, lastError: pingError } };
  return new Response(JSON.stringify(report), {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
