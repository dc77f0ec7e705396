// The results as markdown: the machine, the sizes, loading, one-client latency three ways with their ratios,
// throughput with many clients, memory, and the issue's targets each marked met or missed by the figures above.
import type { GenerateSummary } from '../../server/synthetic/store.js';
import type { Latency, Throughput } from './measure.js';
import type { Way } from './workload.js';

export interface QueryResult {
  name: string;
  latency: Partial<Record<Way, Latency>>;
  throughput: Partial<Record<Way, Throughput>>;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  settings: {
    entities: number;
    seed: number;
    iterations: number;
    warmup: number;
    clients: number;
    seconds: number;
    heapMiB: number;
    pageCacheMiB: number;
  };
  load: GenerateSummary;
  queries: QueryResult[];
  memory: {
    start: { nodeMiB: number; neo4jMiB: number };
    peak: { nodeMiB: number; neo4jMiB: number };
    end: { nodeMiB: number; neo4jMiB: number };
  };
  /** The front end's table (npm run bench:web), when it was run. */
  web?: string;
  /** Why targets are missed and what was tried (docs/benchmarks/analysis.md, written by hand). */
  analysis?: string;
}

// A figure that could not be measured is NaN in a run and null once read back from its JSON.
const ms = (x: number | null | undefined) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(1) : String(Math.round(x));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '—' : (a / b).toFixed(2));

interface Target {
  what: string;
  met: boolean | null;
  figure: string;
}

/** Links per second of the loading itself: the whole run less the time spent generating the records as CSV. */
export function loaderRate(load: GenerateSummary): number {
  const generating = load.phases['generate and write CSV'] ?? 0;
  return Math.round(load.counts.relationships / Math.max(0.001, load.loadSeconds - generating));
}

export function targets(r: BenchResults): Target[] {
  const q = (name: string) => r.queries.find((x) => x.name.startsWith(name));
  const p95 = (name: string, way: Way = 'ours') => q(name)?.latency[way]?.p95;
  const latencyTarget = (name: string, limit: number): Target => {
    const value = p95(name);
    return { what: `${name}: p95 ≤ ${limit} ms (one client)`, met: value === undefined ? null : value <= limit, figure: `${ms(value)} ms` };
  };
  const rps = (name: string) => q(name)?.throughput.ours?.requestsPerSecond;
  const list: Target[] = [
    latencyTarget('search', 10),
    latencyTarget('entity', 10),
    latencyTarget('neighbourhood depth 2', 30),
    latencyTarget('timeline', 20),
    latencyTarget('3 shortest paths', 50),
  ];
  for (const x of r.queries) {
    const [ours, raw, peer] = [x.latency.ours?.p95, x.latency.raw?.p95, x.latency.peer?.p95];
    list.push({
      what: `${x.name}: ours ≤ 1.2 × raw driver (p95)`,
      met: ours !== undefined && raw !== undefined ? ours <= 1.2 * raw : null,
      figure: `${ratio(ours, raw)} ×`,
    });
    if (peer !== undefined)
      list.push({
        what: `${x.name}: ours below @neo4j/graphql (p95)`,
        met: ours !== undefined ? ours < peer : null,
        figure: `${ms(ours)} vs ${ms(peer)} ms`,
      });
  }
  const entityOrSearch = Math.max(rps('entity') ?? 0, rps('search') ?? 0);
  list.push({
    what: `16 clients: ≥ 1,000 entity or search requests/s`,
    met: entityOrSearch >= 1000,
    figure: `entity ${rps('entity') ?? '—'}/s, search ${rps('search') ?? '—'}/s`,
  });
  list.push({
    what: '16 clients: ≥ 200 two-hop neighbourhoods/s',
    met: (rps('neighbourhood depth 2') ?? 0) >= 200,
    figure: `${rps('neighbourhood depth 2') ?? '—'}/s`,
  });
  list.push({
    what: 'Bulk load ≥ 50,000 links/s (end to end)',
    met: r.load.linksPerSecond >= 50_000,
    figure: `${r.load.linksPerSecond.toLocaleString('en')} links/s`,
  });
  return list;
}

export function toMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  const { settings: s, load } = r;
  lines.push(`# Benchmark: ${s.entities.toLocaleString('en')} entities`, '');
  lines.push(
    `Run on ${r.date} by \`npm run bench -- --entities ${s.entities} --seed ${s.seed}\`: ${r.machine.cpus} cores (${r.machine.cpuModel}), ` +
      `${r.machine.memoryGiB} GiB, Node ${r.machine.node}; embedded Neo4j with a ${s.heapMiB} MiB heap and a ${s.pageCacheMiB} MiB page cache. ` +
      `Server, Neo4j, the @neo4j/graphql peer and the load generator share the machine.`,
    '',
  );
  lines.push('## The store', '');
  lines.push(
    '| entities | links | claims | sources | loaded by | end to end | links/s end to end | links/s loading alone |',
    '|---|---|---|---|---|---|---|---|',
  );
  lines.push(
    `| ${load.counts.entities.toLocaleString('en')} | ${load.counts.relationships.toLocaleString('en')} | ${load.counts.claims.toLocaleString('en')} | ` +
      `${load.counts.sources.toLocaleString('en')} | ${load.method} | ${load.loadSeconds} s | ${load.linksPerSecond.toLocaleString('en')} | ${loaderRate(load).toLocaleString('en')} |`,
    '',
  );
  lines.push(
    `Where the loading time went: ${Object.entries(load.phases)
      .map(([k, v]) => `${k} ${v} s`)
      .join('; ')}. ` +
      `Resident memory while loading: Node ${load.memory.node.minMiB}–${load.memory.node.maxMiB} MiB, Neo4j ${load.memory.neo4j.minMiB}–${load.memory.neo4j.maxMiB} MiB.`,
    '',
  );
  lines.push(`## One client: latency in ms (${s.iterations} requests a way after ${s.warmup} of warm-up, the ways interleaved)`, '');
  lines.push(
    '| query | ours p50 / p95 / p99 | raw driver p50 / p95 / p99 | @neo4j/graphql p50 / p95 / p99 | ours ÷ raw (p95) | ours ÷ peer (p95) |',
    '|---|---|---|---|---|---|',
  );
  const triple = (l: Latency | undefined) => {
    if (!l) return 'cannot express';
    const notes = [
      ...(l.errors ? [`${l.errors} of ${l.count + l.errors} failed`] : []),
      ...(l.count + l.errors < s.iterations ? [`${l.count} measured within the time budget`] : []),
    ];
    return `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  };
  for (const q of r.queries) {
    lines.push(
      `| ${q.name} | ${triple(q.latency.ours)} | ${triple(q.latency.raw)} | ${triple(q.latency.peer)} | ${ratio(q.latency.ours?.p95, q.latency.raw?.p95)} | ${ratio(q.latency.ours?.p95, q.latency.peer?.p95)} |`,
    );
  }
  lines.push('', `## ${s.clients} clients at once: requests per second (p97.5 latency in ms; ${s.seconds} s each)`, '');
  lines.push('| query | ours | raw driver | @neo4j/graphql |', '|---|---|---|---|');
  const rate = (t: Throughput | undefined) =>
    t ? `${t.requestsPerSecond} (${ms(t.p97_5)})${t.errors ? `, ${t.errors} errors` : ''}` : '—';
  for (const q of r.queries)
    lines.push(`| ${q.name} | ${rate(q.throughput.ours)} | ${rate(q.throughput.raw)} | ${rate(q.throughput.peer)} |`);
  lines.push('', '## Memory (resident, MiB)', '');
  lines.push('| | our server (Node) | Neo4j (Java) |', '|---|---|---|');
  for (const [label, m] of [
    ['after start', r.memory.start],
    ['peak during the run', r.memory.peak],
    ['at the end', r.memory.end],
  ] as const) {
    lines.push(`| ${label} | ${m.nodeMiB} | ${m.neo4jMiB} |`);
  }
  lines.push('', '## Targets', '', '| target | figure | met |', '|---|---|---|');
  for (const t of targets(r)) lines.push(`| ${t.what} | ${t.figure} | ${t.met === null ? '—' : t.met ? 'yes' : '**no**'} |`);
  if (r.web) lines.push('', '## The page', '', r.web);
  if (r.analysis) lines.push('', r.analysis);
  return lines.join('\n') + '\n';
}
