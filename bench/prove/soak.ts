// A bounded soak over loopback: clients reading cheaply, clients asking the expensive questions, clients sending
// hostile requests and editors writing, merging and undoing — all at once. It reports every reply's outcome, the cheap
// reads' latency while the rest runs, latency over time and memory at the start and the end. The cheap readers run in
// a thread of their own (bench/prove/cheap-clients.ts), as a user's browser would: their latency is the server's, not
// the wait behind the other clients' megabytes on one event loop.
import { typeScriptWorker } from '../../server/workers/run-in-worker.js';
import { FixtureError, RaceFixture } from './races.js';
import { codeOf, outcomeOf, type GraphQLReply, type Target } from './target.js';

export interface SoakOptions {
  seconds: number;
  clients: number;
  /** Each client's pause between its requests, ms (0: back to back, a stress test of throughput, not of users). */
  thinkMs: number;
  run: string;
}

export interface Sample {
  at: number;
  ms: number;
  group: Group;
  op: string;
  outcome: ReturnType<typeof outcomeOf>;
  code: string | null;
}

export type Group = 'cheap' | 'expensive' | 'hostile' | 'write';

export interface SoakResult {
  seconds: number;
  clients: number;
  thinkMs: number;
  requests: number;
  byGroup: Record<Group, { requests: number; ok: number; refused: number; unexpected: number; p50: number; p95: number; p99: number }>;
  refusals: Record<string, number>;
  unexpected: number;
  unexpectedExamples: string[];
  /** Each question's figures, to see what is slow. */
  byOperation: Record<string, { requests: number; ok: number; refused: number; unexpected: number; p50: number; p95: number }>;
  /** p95 of the cheap reads in each tenth of the run, ms. */
  cheapP95OverTime: number[];
  memory: { start: { nodeMiB: number; neo4jMiB: number }; end: { nodeMiB: number; neo4jMiB: number } };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1));
}

export type Operation = [name: string, run: (i: number) => Promise<GraphQLReply>];

/** The cheap readers' questions, in turn. */
export function cheapOperations(gql: Target['gql'], ids: string[]): Operation[] {
  return [
    ['entity', (i) => gql(`query($id: ID!) { entity(id: $id) { id name aliases citations { quote } } }`, { id: ids[i % ids.length]! })],
    ['search', () => gql(`{ search(text: "union", first: 10) { entity { id name } score } }`)],
    ['vocabulary', () => gql(`{ vocabulary { kinds { name } } }`)],
  ];
}

/** Milliseconds on a clock every thread shares. */
export const clock = () => performance.timeOrigin + performance.now();

export interface ClientsResult {
  samples: Sample[];
  examples: string[];
}

/** Clients `indexes` of one group, each asking the group's questions in turn from `began` until `end` (clock()). */
export async function runClients(
  group: Group,
  operations: Operation[],
  indexes: number[],
  window: { began: number; end: number; thinkMs: number },
): Promise<ClientsResult> {
  const samples: Sample[] = [];
  const examples: string[] = [];
  await Promise.all(
    indexes.map(async (client) => {
      for (let i = client; clock() < window.end; i++) {
        const [op, operation] = operations[i % operations.length]!;
        const started = clock();
        let reply: GraphQLReply;
        try {
          reply = await operation(i);
        } catch (error) {
          // A fixture step (creating the entities a write needs) was refused or failed: its reply is the outcome.
          if (!(error instanceof FixtureError)) throw error;
          reply = error.reply;
        }
        const outcome = outcomeOf(reply);
        if ((outcome === 'unexpected' || outcome === 'network') && examples.length < 10) {
          examples.push(`${group}: ${reply.networkError ?? reply.errors?.[0]?.message ?? `HTTP ${reply.status}`}`);
        }
        samples.push({ at: started - window.began, ms: clock() - started, group, op, outcome, code: codeOf(reply) });
        if (window.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, window.thinkMs));
      }
    }),
  );
  return { samples, examples };
}

/** The cheap readers in their own thread: ready once loaded, then run when told the window. */
function cheapReadersThread(url: string, ids: string[], indexes: number[]) {
  const worker = typeScriptWorker(new URL('./cheap-clients.ts', import.meta.url), { url, ids, indexes });
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the cheap readers' thread exited (${code}) before reporting`)));
  });
  const next = <T>() => Promise.race([new Promise<T>((resolve) => worker.once('message', resolve)), failed]);
  const ready = next<'ready'>();
  return {
    ready,
    run: async (window: { began: number; end: number; thinkMs: number }): Promise<ClientsResult> => {
      const result = next<ClientsResult>();
      worker.postMessage(window);
      try {
        return await result;
      } finally {
        void worker.terminate();
      }
    },
  };
}

/** The questions each other kind of client asks, in turn. */
function workloads(fixture: RaceFixture, target: Target, ids: string[]): Record<Exclude<Group, 'cheap'>, Operation[]> {
  const pick = (i: number) => ids[i % ids.length]!;
  const expensive: Operation[] = [
    [
      'neighbourhood depth 3',
      (i) =>
        target.gql(`query($id: ID!) { neighbourhood(id: $id, depth: 3, limit: 2000) { nodes { id } edges { id } truncated } }`, {
          id: pick(i),
        }),
    ],
    [
      'paths',
      (i) =>
        target.gql(`query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 6, first: 3) { nodes { id } } }`, {
          a: pick(i),
          b: pick(i + 7),
        }),
    ],
    ['betweenness', () => target.gql(`{ centrality(measure: BETWEENNESS, first: 10) { scores { entity { id } betweenness } } }`)],
    ['overview', () => target.gql(`{ overview(limit: 300) { nodes { id } edges { id } } }`)],
    ['export GraphML', () => target.gql(`{ export(format: GRAPHML) }`)],
  ];
  const hostile: Operation[] = [
    [
      '15 aliased centralities',
      () => target.gql(`{ ${Array.from({ length: 15 }, (_, i) => `c${i}: centrality(first: 50) { approximate }`).join(' ')} }`),
    ],
    ['Lucene syntax', () => target.gql(`{ search(text: "a* OR b~ AND (c:d) \\\\ /regex/ [x TO y]", first: 50) { score } }`)],
    ['huge first', () => target.gql(`{ search(text: "union", first: 100000) { score } }`)],
    ['controls in an id', (i) => target.gql(`query($id: ID!) { entity(id: $id) { id } }`, { id: `person/${'\u202e'}x${i}\u0000` })],
    ['forged token', () => target.gql(`mutation { deleteEntity(id: "organisation/knprk") }`, {}, 'pgt_forged_token_for_the_soak')],
    ['over-deep query', () => target.gql(`{ entity(id: "x") { ${'claims { '.repeat(20)}id${' }'.repeat(20)} } }`)],
  ];
  const write: Operation[] = [
    [
      'entity and alias',
      async () => {
        const id = await fixture.entity('person');
        return fixture.gql('addAlias', { id, alias: `Provetov soak ${id.split('-').at(-1)}` });
      },
    ],
    [
      'two entities and a link',
      async () => {
        const [a, b] = [await fixture.entity('person'), await fixture.entity('organisation')];
        return fixture.gql('link', { input: { type: 'MEMBER_OF', from: a, to: b, citations: fixture.quote() } });
      },
    ],
    [
      'merge and undo',
      async () => {
        const [a, b] = [await fixture.entity('person'), await fixture.entity('person')];
        const merged = await fixture.gql('merge', { s: a, m: b });
        const merge = merged.data?.mergeEntities as { id: string } | undefined;
        return merge ? fixture.gql('undo', { id: merge.id }) : merged;
      },
    ],
  ];
  return { expensive, hostile, write };
}

export async function runSoak(target: Target, options: SoakOptions): Promise<SoakResult> {
  const fixture = new RaceFixture(target, `${options.run}-soak`, target.newToken('editor'));
  await fixture.prepare();
  const overview = await target.gql(`{ overview(limit: 60) { nodes { id } } }`);
  const ids = ((overview.data?.overview as { nodes: { id: string }[] } | undefined)?.nodes ?? []).map((n) => n.id);
  if (ids.length < 2) {
    throw new Error(`the soak needs a seeded database; the overview gave ${JSON.stringify(overview).slice(0, 500)}`);
  }
  const work = workloads(fixture, target, ids);
  const groups: Group[] = Array.from({ length: options.clients }, (_, i) => {
    const share = i / options.clients;
    return share < 0.5 ? 'cheap' : share < 0.7 ? 'expensive' : share < 0.85 ? 'hostile' : 'write';
  });
  const indexesOf = (group: Group) => groups.flatMap((g, i) => (g === group ? [i] : []));
  const readers = cheapReadersThread(target.url, ids, indexesOf('cheap'));
  await readers.ready;
  const memoryAtStart = target.memory();
  const began = clock();
  const window = { began, end: began + options.seconds * 1000, thinkMs: options.thinkMs };
  const results = await Promise.all([
    readers.run(window),
    ...(['expensive', 'hostile', 'write'] as const).map((group) => runClients(group, work[group], indexesOf(group), window)),
  ]);
  const samples = results.flatMap((r) => r.samples);
  const examples = results.flatMap((r) => r.examples).slice(0, 10);
  const figures = (mine: Sample[]) => {
    const ms = mine.map((s) => s.ms);
    return {
      requests: mine.length,
      ok: mine.filter((s) => s.outcome === 'ok').length,
      refused: mine.filter((s) => s.outcome === 'refused').length,
      unexpected: mine.filter((s) => s.outcome === 'unexpected' || s.outcome === 'network').length,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      p99: percentile(ms, 99),
    };
  };
  const byGroup = Object.fromEntries(
    (['cheap', 'expensive', 'hostile', 'write'] as Group[]).map((group) => [group, figures(samples.filter((s) => s.group === group))]),
  ) as SoakResult['byGroup'];
  const byOperation = Object.fromEntries(
    [...new Set(samples.map((s) => s.op))].map((op) => [op, figures(samples.filter((s) => s.op === op))]),
  );
  const refusals: Record<string, number> = {};
  for (const s of samples) if (s.outcome === 'refused' && s.code) refusals[s.code] = (refusals[s.code] ?? 0) + 1;
  const tenth = (options.seconds * 1000) / 10;
  const cheapP95OverTime = Array.from({ length: 10 }, (_, k) =>
    percentile(
      samples.filter((s) => s.group === 'cheap' && s.at >= k * tenth && s.at < (k + 1) * tenth).map((s) => s.ms),
      95,
    ),
  );
  return {
    seconds: options.seconds,
    clients: options.clients,
    thinkMs: options.thinkMs,
    requests: samples.length,
    byGroup,
    byOperation,
    refusals,
    unexpected: samples.filter((s) => s.outcome === 'unexpected' || s.outcome === 'network').length,
    unexpectedExamples: examples,
    cheapP95OverTime,
    memory: { start: memoryAtStart, end: target.memory() },
  };
}
