// npm run generate -- --entities N [--seed S] [--data-dir DIR] [--method import|cypher] [--parallel P] [--batch B] [--replace]
// Writes a deterministic synthetic persecution network (server/synthetic/) into a new embedded Neo4j store — by
// Neo4j's offline importer (default), or by the batched Cypher loader over Bolt with the constraints in place
// (--method cypher) — and reports the loading rate, end to end. The store
// is then served like any other: DATA_DIR=<dir> npm start. Memory: NEO4J_HEAP_MIB and NEO4J_PAGECACHE_MIB.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand } from '../command.js';
import { generateStore, syntheticDataDir } from '../synthetic/store.js';

function integer(name: string, raw: string | undefined, fallback: number | null, min: number, max: number): number {
  if (raw === undefined) {
    if (fallback === null) throw new Error(`--${name} is required (an integer from ${min} to ${max}).`);
    return fallback;
  }
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  return Number(raw);
}

async function generate(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      parallel: { type: 'string' },
      batch: { type: 'string' },
      replace: { type: 'boolean' },
      method: { type: 'string' },
    },
  });
  const entities = integer('entities', values.entities, null, 200, 20_000_000);
  const seed = integer('seed', values.seed, 1, 0, 2 ** 31);
  const dataDir = path.resolve(values['data-dir'] ?? syntheticDataDir(entities, seed));
  if (existsSync(dataDir)) {
    if (!values.replace)
      throw new Error(`${dataDir} already exists: pass --replace to delete it and generate again, or choose --data-dir.`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const method = values.method ?? 'import';
  if (method !== 'import' && method !== 'cypher') throw new Error(`--method must be import or cypher, got "${method}".`);
  const summary = await generateStore({
    entities,
    method,
    seed,
    dataDir,
    parallel: integer('parallel', values.parallel, 2, 1, 16),
    batchSize: integer('batch', values.batch, 10_000, 100, 200_000),
    log: (line) => console.error(line),
  });
  writeFileSync(path.join(dataDir, 'generate-summary.json'), JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary, null, 2));
}

runCommand(generate);
