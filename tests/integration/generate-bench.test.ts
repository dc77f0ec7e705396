// npm run generate and npm run bench on a small network, so that the scripts cannot rot: both loaders write the same
// counts, a store is never overwritten unasked, and the benchmark measures every query the ways it can be asked and
// writes its results. Figures are checked for being measured at all, never for speed (the machine may be busy).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../bench/server/report.js';
import type { GenerateSummary } from '../../server/synthetic/store.js';

const exec = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pg-generate-'));
const env = { PATH: process.env.PATH ?? '', NEO4J_HEAP_MIB: '512', NEO4J_PAGECACHE_MIB: '128' };

function run(script: string, ...args: string[]) {
  return exec(path.resolve('node_modules/.bin/tsx'), [script, ...args], { env, maxBuffer: 20 * 1024 * 1024, timeout: 300_000 });
}

const generate = (...args: string[]) => run('server/cli/generate.ts', '--entities', '1500', '--seed', '3', '--batch', '300', ...args);

describe('npm run generate and npm run bench', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('loads the same network by Neo4j’s importer and by Cypher over Bolt, and reports the rate', async () => {
    const [imported, created] = await Promise.all([
      generate('--data-dir', path.join(work, 'import'), '--method', 'import'),
      generate('--data-dir', path.join(work, 'cypher'), '--method', 'cypher'),
    ]);
    const a = JSON.parse(imported.stdout) as GenerateSummary;
    const b = JSON.parse(created.stdout) as GenerateSummary;
    expect(a.counts).toEqual(b.counts);
    expect(a.counts.entities).toBeGreaterThan(1400);
    expect(a.counts.relationships).toBeGreaterThan(4 * a.counts.entities);
    for (const summary of [a, b]) {
      expect(summary.linksPerSecond).toBeGreaterThan(0);
      expect(summary.memory.neo4j.maxMiB).toBeGreaterThan(0);
    }
  }, 300_000);

  it('refuses to overwrite a store unless told, and says what is wrong with its arguments', async () => {
    await expect(generate('--data-dir', path.join(work, 'import'))).rejects.toMatchObject({
      stderr: expect.stringMatching(/already exists: pass --replace/),
    });
    await expect(run('server/cli/generate.ts', '--seed', '3')).rejects.toMatchObject({
      stderr: expect.stringMatching(/--entities is required/),
    });
    await expect(run('server/cli/generate.ts', '--entities', 'many')).rejects.toMatchObject({
      stderr: expect.stringMatching(/--entities must be an integer/),
    });
  });

  it('measures every query three ways where the peer can express it, and writes the results as markdown and JSON', async () => {
    const out = path.join(work, 'results.md');
    await run(
      'bench/server/run.ts',
      ...['--entities', '1500', '--seed', '3', '--data-dir', path.join(work, 'import'), '--out', out],
      ...['--iterations', '3', '--warmup', '1', '--seconds', '1', '--clients', '4', '--heap-mib', '512', '--pagecache-mib', '128'],
    );
    const results = JSON.parse(readFileSync(out.replace(/\.md$/, '.json'), 'utf8')) as BenchResults;
    const names = results.queries.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['search', 'entity', 'neighbourhood depth 1', 'neighbourhood depth 2', 'timeline']));
    expect(names).toHaveLength(10);
    for (const q of results.queries) {
      for (const way of ['ours', 'raw'] as const) {
        expect(q.latency[way]?.count, `${q.name} ${way}`).toBe(3);
        expect(q.latency[way]!.p50, `${q.name} ${way}`).toBeGreaterThan(0);
        expect(q.throughput[way]?.requestsPerSecond, `${q.name} ${way}`).toBeGreaterThan(0);
        expect(q.throughput[way]?.errors, `${q.name} ${way}`).toBe(0);
      }
    }
    const peer = results.queries.filter((q) => q.latency.peer).map((q) => q.name);
    expect(peer).toEqual(['search', 'entity', 'neighbourhood depth 1', 'neighbourhood depth 2', 'timeline']);
    expect(results.memory.peak.neo4jMiB).toBeGreaterThan(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('## One client: latency in ms');
    expect(markdown).toMatch(/\| entity \| [\d.]+ \/ [\d.]+ \/ [\d.]+ \| [\d.]+ \/ [\d.]+ \/ [\d.]+ \| [\d.]+ \/ [\d.]+ \/ [\d.]+ \|/);
    expect(markdown).toContain('## Targets');
  }, 300_000);
});
