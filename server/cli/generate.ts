// npm run generate -- --entities N [--seed S] [--data-dir DIR] [--method import|cypher] [--parallel P] [--batch B] [--replace]
// Writes a deterministic synthetic persecution network (server/synthetic/) into a new embedded Neo4j store — by
// Neo4j's offline importer (default), or by the batched Cypher loader over Bolt with the constraints in place
// (--method cypher) — and reports the loading rate, end to end. The store
// is then served like any other: DATA_DIR=<dir> npm start. Memory: NEO4J_HEAP_MIB and NEO4J_PAGECACHE_MIB.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { integerFlag, runCommand } from '../command.js';
import { generateStore, syntheticDataDir } from '../synthetic/store.js';

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
  const entities = integerFlag('entities', values.entities, null, 200, 20_000_000);
  const seed = integerFlag('seed', values.seed, 1, 0, 2 ** 31);
  const dataDir = path.resolve(values['data-dir'] ?? syntheticDataDir(entities, seed));
  if (existsSync(dataDir)) {
    if (!values.replace)
      throw new Error(`${dataDir} already exists: pass --replace to delete it and generate again, or choose --data-dir.`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const method = values.method ?? 'import';
  if (method !== 'import' && method !== 'cypher') throw new Error(`--method must be import or cypher, got "${method}".`);
  const options = {
    entities,
    method,
    seed,
    dataDir,
    parallel: integerFlag('parallel', values.parallel, 2, 1, 16),
    batchSize: integerFlag('batch', values.batch, 10_000, 100, 200_000),
    log: (line: string) => console.error(line),
  } as const;
  const summary = await generateStore(options).catch((error: unknown) => {
    // A store that was not finished is no store: nothing half-written is left to be mistaken for one.
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  writeFileSync(path.join(dataDir, 'generate-summary.json'), JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary, null, 2));
}

runCommand(generate);
