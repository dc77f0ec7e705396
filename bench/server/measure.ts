// Measuring: one client, the three ways interleaved request by request (so a busy moment of the machine falls on all
// three alike), after a warm-up; then 16 clients at once for a fixed time, one way after another.
import autocannon from 'autocannon';
import type { Database } from '../../server/db/database.js';
import type { BenchQuery, GraphqlRequest, Way } from './workload.js';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  count: number;
  /** Requests that failed (a timeout, an error answer): not in the figures above, and reported. */
  errors: number;
}

export function percentiles(samples: number[], errors = 0): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    count: sorted.length,
    errors,
  };
}

export class BenchError extends Error {
  readonly code = 'BENCH_FAILED';
}

export interface Endpoints {
  ours: string;
  peer: string;
  raw: Database;
}

async function postGraphql(url: string, request: GraphqlRequest, what: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    throw new BenchError(`${what}: HTTP ${response.status} ${body.errors?.map((e) => e.message).join('; ') ?? ''}`);
  }
}

/** Sends the i-th request of a query one way; fails loudly on any error, so no failure is timed as a success. */
export async function send(endpoints: Endpoints, query: BenchQuery, way: Way, i: number): Promise<void> {
  if (way === 'raw') {
    await query.raw(endpoints.raw, i);
    return;
  }
  const request = way === 'ours' ? query.ours(i) : query.peer?.(i);
  if (!request) throw new BenchError(`${query.name} cannot be asked ${way}`);
  await postGraphql(way === 'ours' ? endpoints.ours : endpoints.peer, request, `${query.name} (${way})`);
}

export function waysOf(query: BenchQuery): Way[] {
  return query.peer ? ['ours', 'raw', 'peer'] : ['ours', 'raw'];
}

/**
 * One client, the ways interleaved. A way that has spent `budgetMs` in total on this query stops there (a query that
 * takes seconds a time would otherwise hold the run for an hour); its count then says how many were measured.
 */
export async function measureLatency(endpoints: Endpoints, query: BenchQuery, warmup: number, iterations: number, budgetMs = 60_000) {
  const ways = waysOf(query);
  const spent: Record<string, number> = Object.fromEntries(ways.map((w) => [w, 0]));
  const timed = async (way: Way, i: number) => {
    const started = performance.now();
    try {
      await send(endpoints, query, way, i);
    } finally {
      spent[way]! += performance.now() - started;
    }
  };
  for (let i = 0; i < warmup; i++) for (const way of ways) if (spent[way]! < budgetMs / 4) await timed(way, i).catch(() => {});
  const times: Record<string, number[]> = Object.fromEntries(ways.map((w) => [w, []]));
  const errors: Record<string, number> = Object.fromEntries(ways.map((w) => [w, 0]));
  for (let i = 0; i < iterations; i++) {
    // Rotate who goes first, so no way always meets a warm or a cold cache.
    for (let k = 0; k < ways.length; k++) {
      const way = ways[(i + k) % ways.length]!;
      if (spent[way]! >= budgetMs) continue;
      const started = performance.now();
      try {
        await timed(way, warmup + i);
        times[way]!.push(performance.now() - started);
      } catch {
        errors[way]!++;
      }
    }
  }
  return Object.fromEntries(ways.map((w) => [w, percentiles(times[w]!, errors[w])])) as Partial<Record<Way, Latency>>;
}

export interface Throughput {
  requestsPerSecond: number;
  errors: number;
  /** autocannon reports p97.5, not p95; the raw loops report the same. */
  p97_5: number;
}

/** `clients` at once for `seconds`: autocannon for the HTTP ways, as many concurrent driver loops for the raw one. */
export async function measureThroughput(
  endpoints: Endpoints,
  query: BenchQuery,
  way: Way,
  clients: number,
  seconds: number,
): Promise<Throughput> {
  let i = 0;
  if (way === 'raw') {
    const deadline = performance.now() + seconds * 1000;
    const times: number[] = [];
    let errors = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const started = performance.now();
          try {
            await send(endpoints, query, 'raw', i++);
            times.push(performance.now() - started);
          } catch {
            errors++;
          }
        }
      }),
    );
    const sorted = times.sort((a, b) => a - b);
    const p97_5 = Math.round((sorted[Math.floor(sorted.length * 0.975)] ?? NaN) * 100) / 100;
    return { requestsPerSecond: Math.round((times.length / seconds) * 10) / 10, errors, p97_5 };
  }
  const url = way === 'ours' ? endpoints.ours : endpoints.peer;
  const next = () => JSON.stringify(way === 'ours' ? query.ours(i++) : query.peer!(i++));
  const result = await autocannon({
    url,
    connections: clients,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, body: next() }) }],
  });
  return {
    requestsPerSecond: Math.round((result.requests.total / seconds) * 10) / 10,
    errors: result.errors + result.non2xx + result.timeouts,
    p97_5: result.latency.p97_5,
  };
}
