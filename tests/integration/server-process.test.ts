import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject, afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../setup/neo4j.js';
import { startServer, type Started } from './spawn-server.js';

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

function javaProcessesUsing(dir: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return ps.split('\n').filter((line) => line.includes('EmbeddedNeo4j') && line.includes(dir));
}

const running: Started[] = [];
afterEach(() => {
  for (const s of running.splice(0)) {
    try {
      if (s.child.exitCode === null && s.child.pid) process.kill(-s.child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

describe('the server process', () => {
  it('uses an already running Neo4j when NEO4J_URI is set, and starts no Java', async () => {
    const connection = inject('neo4j')!;
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-unused-'));
    const server = startServer({
      PORT: String(port),
      DATA_DIR: dataDir,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
    });
    running.push(server);
    await waitFor(() => server.output().includes('Ready:'), 60_000);
    expect(server.output()).toContain(`Connecting to Neo4j at ${connection.uri}`);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "Kharkova") { entity { id } } }' }),
    });
    expect(JSON.stringify(await response.json())).toContain('person/larisa-kharkova');
    expect(javaProcessesUsing(dataDir)).toEqual([]);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the embedded Neo4j, seeds it, and leaves no Java process after SIGTERM', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-embedded-'));
    const server = startServer({
      PORT: String(port),
      DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP_MIB: '512',
      NEO4J_PAGECACHE_MIB: '128',
    });
    running.push(server);
    await waitFor(() => server.output().includes('Ready:'), 110_000);
    expect(server.output()).toContain('Loaded the seed dataset');
    expect(javaProcessesUsing(dataDir)).toHaveLength(1);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await waitFor(() => javaProcessesUsing(dataDir).length === 0, 20_000);
    rmSync(dataDir, { recursive: true, force: true });
  }, 150_000);

  it('refuses bad configuration with every problem named and a non-zero exit', async () => {
    const server = startServer({ PORT: 'eighty', NEO4J_URI: 'http://nowhere' });
    running.push(server);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('[CONFIG_INVALID]:');
    expect(server.output()).toContain('PORT must be an integer from 0 to 65535, got "eighty"');
    expect(server.output()).toContain('NEO4J_URI must look like bolt://');
  });

  it('says Java is missing, with a non-zero exit, when it cannot run Java', async () => {
    const server = startServer({ JAVA_HOME: '/nonexistent-jdk', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pg-nojava-')) });
    running.push(server);
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('[JAVA_MISSING]: Java 17 or newer is needed to run the embedded Neo4j');
  });
});
