// A generated network in an embedded Neo4j store of its own: started on a free port, schema applied, the shared
// vocabulary and the synthetic case written, the network bulk-loaded, the start-up migrations recorded as done (the
// store is written in today's form), and the loading measured — rate and memory of both processes along the way.
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../config.js';
import { createDatabase } from '../db/database.js';
import { loadQueries } from '../db/queries.js';
import { freePort } from '../free-port.js';
import { recordMigrationsDone } from '../migrations/run-once.js';
import { projectRoot, seedDir } from '../paths.js';
import { bulkLoad, type BulkCounts } from '../seed/bulk-load.js';
import { runImport, writeImportFiles } from '../seed/bulk-import.js';
import { vocabularyTerms } from '../seed/load-dataset.js';
import { readDataset } from '../seed/read-dataset.js';
import { startDatabase } from '../start-database.js';
import { createProgressBar } from '../cli/progress-bar.js';
import { SyntheticNetwork } from './network.js';

/** `import`: CSV and Neo4j's offline importer, for a new store; `cypher`: batched UNWIND … CREATE over Bolt. */
export type LoadMethod = 'import' | 'cypher';

export interface GenerateOptions {
  entities: number;
  seed: number;
  dataDir: string;
  method: LoadMethod;
  parallel: number;
  batchSize: number;
  log: (line: string) => void;
}

export interface MemoryRange {
  minMiB: number;
  maxMiB: number;
}

export interface GenerateSummary {
  entities: number;
  seed: number;
  dataDir: string;
  method: LoadMethod;
  counts: BulkCounts;
  /** Generation and loading, end to end: until the store is served with every index online. */
  loadSeconds: number;
  /** Where the time went, in seconds. */
  phases: Record<string, number>;
  linksPerSecond: number;
  recordsPerSecond: number;
  parallel: number;
  batchSize: number;
  heapMiB: number;
  pageCacheMiB: number;
  memory: { node: MemoryRange; neo4j: MemoryRange };
}

export function syntheticDataDir(entities: number, seed: number): string {
  return path.join(projectRoot, '.data', `synthetic-${entities}-${seed}`);
}

/** Resident memory of a process in MiB, from /proc (Linux); null where it cannot be read. */
export function residentMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export function memoryTracker(pids: () => { node: number; neo4j: number | null }) {
  const node: MemoryRange = { minMiB: Infinity, maxMiB: 0 };
  const neo4j: MemoryRange = { minMiB: Infinity, maxMiB: 0 };
  const note = (range: MemoryRange, value: number | null) => {
    if (value === null) return;
    range.minMiB = Math.min(range.minMiB, value);
    range.maxMiB = Math.max(range.maxMiB, value);
  };
  const sample = () => {
    const { node: nodePid, neo4j: neo4jPid } = pids();
    note(node, residentMiB(nodePid));
    if (neo4jPid !== null) note(neo4j, residentMiB(neo4jPid));
  };
  const timer = setInterval(sample, 1000);
  timer.unref();
  sample();
  const finite = (r: MemoryRange): MemoryRange => (Number.isFinite(r.minMiB) ? r : { minMiB: 0, maxMiB: 0 });
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { node: finite(node), neo4j: finite(neo4j) };
    },
  };
}

/** Entities come first, then links in the order of the entities that bring them (about 4.9 each): two steps per entity. */
function progressOf(counts: { entities: number; relationships: number }, entities: number): number {
  return Math.round(counts.entities + Math.min(1, counts.relationships / (entities * 4.9)) * entities);
}

export async function generateStore(options: GenerateOptions): Promise<GenerateSummary> {
  const config = { ...parseConfig(process.env), dataDir: options.dataDir, neo4jBoltPort: await freePort(), neo4j: null };
  const queries = loadQueries();
  const network = new SyntheticNetwork({ entities: options.entities, seed: options.seed, batchSize: options.batchSize });
  const phases: Record<string, number> = {};
  const started = performance.now();
  let phaseStart = started;
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round((now - phaseStart) / 100) / 10;
    phaseStart = now;
  };
  let neo4jPid: number | null = null;
  const memory = memoryTracker(() => ({ node: process.pid, neo4j: neo4jPid }));
  let counts: BulkCounts = { sources: 0, entities: 0, relationships: 0, claims: 0 };
  options.log(`Generating ${network.entityCount} entities (about ${network.entityCount * 5} links) by ${options.method}…`);
  if (options.method === 'import') {
    const bar = createProgressBar(network.entityCount * 2);
    const files = writeImportFiles(path.join(options.dataDir, 'import'), network.batches(), (c) => {
      const rate = Math.round((c.entities + c.relationships) / ((performance.now() - started) / 1000));
      bar(progressOf(c, network.entityCount), `${c.entities} entities, ${c.relationships} links as CSV, ${rate} records/s`);
    });
    counts = files.counts;
    phase('generate and write CSV');
    options.log(`Wrote ${JSON.stringify(counts)} as CSV in ${phases['generate and write CSV']} s; importing…`);
    await runImport(options.dataDir, files, config.neo4jHeapMiB, options.log);
    rmSync(files.dir, { recursive: true, force: true });
    phase('neo4j-admin import');
  }
  options.log(
    `Starting the embedded Neo4j in ${options.dataDir} (heap ${config.neo4jHeapMiB} MiB, page cache ${config.neo4jPageCacheMiB} MiB)…`,
  );
  const database = await startDatabase(config, queries, options.log);
  neo4jPid = database.pid;
  const db = createDatabase(database.driver, queries, { transactionTimeoutMs: 600_000 });
  try {
    if (options.method === 'import') {
      phase('start, constraints and indexes');
    } else {
      phase('start');
      const bar = createProgressBar(network.entityCount * 2);
      const loaded = await bulkLoad(db, network.batches(), {
        parallel: options.parallel,
        onProgress: (p) => {
          const rate = Math.round((p.entities + p.relationships + p.claims) / (p.elapsedMs / 1000));
          bar(progressOf(p, network.entityCount), `${p.entities} entities, ${p.relationships} links, ${rate} records/s`);
        },
      });
      counts = { sources: loaded.sources, entities: loaded.entities, relationships: loaded.relationships, claims: loaded.claims };
      phase('generate and load over Bolt');
    }
    const dataset = readDataset(seedDir);
    await db.write('vocabulary/upsert-terms', { terms: vocabularyTerms(dataset), seq: Date.now() * 1000 });
    await db.write('seed/upsert-cases', {
      cases: [
        {
          id: network.caseId,
          title: `Synthetic network (${options.entities} entities, seed ${options.seed})`,
          description: 'Generated by npm run generate, for benchmarks.',
        },
      ],
    });
    await recordMigrationsDone(db);
    phase('vocabulary and case');
    const seconds = (performance.now() - started) / 1000;
    return {
      entities: options.entities,
      seed: options.seed,
      dataDir: options.dataDir,
      method: options.method,
      counts,
      loadSeconds: Math.round(seconds * 10) / 10,
      phases,
      linksPerSecond: Math.round(counts.relationships / seconds),
      recordsPerSecond: Math.round((counts.entities + counts.relationships + counts.claims + counts.sources) / seconds),
      parallel: options.parallel,
      batchSize: options.batchSize,
      heapMiB: config.neo4jHeapMiB,
      pageCacheMiB: config.neo4jPageCacheMiB,
      memory: memory.stop(),
    };
  } finally {
    memory.stop();
    await database.close();
  }
}

export const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
});
