// npm run bench -- --entities N [--seed S] [--iterations K] [--warmup W] [--clients C] [--seconds T]
//   [--heap-mib H] [--pagecache-mib P] [--only name,name] [--data-dir DIR] [--out results.md]
// npm run bench -- --render results.json: the markdown again from a run's figures, measuring nothing.
// Generates the store when it is not there yet (npm run generate), starts our server on it and the @neo4j/graphql
// peer beside it, measures every query three ways — one client interleaved, then C clients — and writes a markdown
// results file (default docs/benchmarks/bench-<N>.md) and the same figures as JSON beside it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { integerFlag, runCommand } from '../../server/command.js';
import { createDatabase, createDriver } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { projectRoot } from '../../server/paths.js';
import { generateStore, machine, syntheticDataDir, type GenerateSummary } from '../../server/synthetic/store.js';
import { measureLatency, measureThroughput, send, waysOf, type Endpoints } from './measure.js';
import { memoryOf, startOurServer, startPeer } from './processes.js';
import { toMarkdown, type BenchResults, type QueryResult } from './report.js';
import { benchQueries, drawSamples } from './workload.js';

const log = (line: string) => console.error(line);

/** The hand-written reading of the figures, kept beside the results and printed below them. */
function analysis(): { analysis?: string } {
  const file = path.join(projectRoot, 'docs', 'benchmarks', 'analysis.md');
  return existsSync(file) ? { analysis: readFileSync(file, 'utf8') } : {};
}

async function storeFor(entities: number, seed: number, dataDir: string, heapMiB: number, pageCacheMiB: number): Promise<GenerateSummary> {
  const summaryFile = path.join(dataDir, 'generate-summary.json');
  if (existsSync(summaryFile)) {
    log(`Using the store generated before in ${dataDir}.`);
    return JSON.parse(readFileSync(summaryFile, 'utf8')) as GenerateSummary;
  }
  rmSync(dataDir, { recursive: true, force: true }); // a load that did not finish
  process.env.NEO4J_HEAP_MIB = String(heapMiB);
  process.env.NEO4J_PAGECACHE_MIB = String(pageCacheMiB);
  const summary = await generateStore({ entities, seed, dataDir, method: 'import', parallel: 2, batchSize: 10_000, log });
  writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  return summary;
}

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string' },
      seed: { type: 'string' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      seconds: { type: 'string' },
      'heap-mib': { type: 'string' },
      'pagecache-mib': { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      render: { type: 'string' },
    },
  });
  if (values.render) {
    // Writes the markdown again from a run's JSON (after the report's wording changed), measuring nothing.
    const json = path.resolve(values.render);
    const report = { ...(JSON.parse(readFileSync(json, 'utf8')) as BenchResults), ...analysis() };
    writeFileSync(json.replace(/\.json$/, '.md'), toMarkdown(report));
    log(`Rendered ${json.replace(/\.json$/, '.md')}`);
    return;
  }
  const entities = integerFlag('entities', values.entities, null, 200, 20_000_000);
  const large = entities > 200_000;
  const settings = {
    entities,
    seed: integerFlag('seed', values.seed, 1, 0, 2 ** 31),
    iterations: integerFlag('iterations', values.iterations, 200, 1, 100_000),
    warmup: integerFlag('warmup', values.warmup, 30, 0, 100_000),
    clients: integerFlag('clients', values.clients, 16, 1, 256),
    seconds: integerFlag('seconds', values.seconds, 10, 1, 600),
    heapMiB: integerFlag('heap-mib', values['heap-mib'], large ? 4096 : 2048, 256, 16_384),
    pageCacheMiB: integerFlag('pagecache-mib', values['pagecache-mib'], large ? 6144 : 1024, 64, 16_384),
  };
  const out = path.resolve(values.out ?? path.join(projectRoot, 'docs', 'benchmarks', `bench-${entities}.md`));
  const dataDir = path.resolve(values['data-dir'] ?? syntheticDataDir(entities, settings.seed));
  const load = await storeFor(entities, settings.seed, dataDir, settings.heapMiB, settings.pageCacheMiB);

  log('Starting our server and the @neo4j/graphql peer…');
  const ours = await startOurServer(load.dataDir, settings.heapMiB, settings.pageCacheMiB);
  const driver = createDriver(ours.boltUri, 'neo4j', ours.boltPassword);
  let peer: Awaited<ReturnType<typeof startPeer>> | null = null;
  try {
    peer = await startPeer(ours.boltUri, ours.boltPassword);
    const endpoints: Endpoints = { ours: ours.url, peer: peer.url, raw: createDatabase(driver, loadQueries()) };
    const samples = await drawSamples(driver, 200);
    const only = values.only?.split(',').map((s) => s.trim());
    const queries = benchQueries(samples).filter((q) => !only || only.some((o) => q.name.startsWith(o)));
    const memory = () => memoryOf(ours.child.pid!);
    const start = memory();
    const peak = { ...start };
    const notePeak = () => {
      const now = memory();
      peak.nodeMiB = Math.max(peak.nodeMiB, now.nodeMiB);
      peak.neo4jMiB = Math.max(peak.neo4jMiB, now.neo4jMiB);
    };
    const results: QueryResult[] = [];
    for (const query of queries) {
      for (const way of waysOf(query)) {
        // A way that cannot answer at all is said so, not timed as a success (each failure is counted below too).
        await send(endpoints, query, way, 0).catch((error: unknown) => log(`  ${query.name} (${way}) failed: ${(error as Error).message}`));
      }
      log(`${query.name}: one client…`);
      const latency = await measureLatency(endpoints, query, settings.warmup, settings.iterations);
      notePeak();
      const throughput: QueryResult['throughput'] = {};
      for (const way of waysOf(query)) {
        log(`${query.name}: ${settings.clients} clients, ${way}…`);
        throughput[way] = await measureThroughput(endpoints, query, way, settings.clients, settings.seconds);
        notePeak();
      }
      results.push({ name: query.name, latency, throughput });
      log(
        `  p95 ours ${latency.ours?.p95} ms, raw ${latency.raw?.p95} ms, peer ${latency.peer?.p95 ?? '—'} ms; ours ${throughput.ours?.requestsPerSecond} req/s`,
      );
    }
    const webTable = path.join(projectRoot, 'bench', 'results', 'web.md');
    const report: BenchResults = {
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine: { ...machine(), node: process.version },
      settings,
      load,
      queries: results,
      memory: { start, peak, end: memory() },
      ...(existsSync(webTable) ? { web: readFileSync(webTable, 'utf8') } : {}),
      ...analysis(),
    };
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, toMarkdown(report));
    writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify(report, null, 2));
    console.log(toMarkdown(report));
    log(`Results written to ${out}`);
  } finally {
    await peer?.stop();
    await driver.close();
    await ours.stop();
  }
}

runCommand(bench);
