// The database supervised: the real server process with its embedded Neo4j killed under load, and an external database
// (played by an embedded one the supervisor may not restart) going away and coming back.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, createDriver, pingDatabase } from '../../server/db/database.js';
import { DatabaseHealth } from '../../server/db/health.js';
import { loadQueries } from '../../server/db/queries.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded.js';
import { superviseDatabase } from '../../server/neo4j/supervisor.js';
import { freePort } from '../setup/neo4j.js';
import { startServer } from './spawn-server.js';

const exec = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The bound on each request's answer while the database is away, with the machine busy restarting Neo4j. */
const FAST_MS = 1_000;

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function javaPidsUsing(dir: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return ps
    .split('\n')
    .filter((line) => line.includes('EmbeddedNeo4j') && line.includes(dir))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
  ms: number;
}

async function graphql(port: number, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, body, ms: performance.now() - started };
}

interface Health {
  sentAt: number;
  httpStatus: number;
  status: string;
  database: { state: string; restarts: number; lastError: string | null; nextAttemptInMs: number | null };
}

async function healthz(port: number): Promise<Health> {
  const sentAt = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { sentAt, httpStatus: response.status, ...((await response.json()) as Omit<Health, 'sentAt' | 'httpStatus'>) };
}

const SEARCH = '{ search(text: "Kharkova") { entity { id } } }';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the supervised embedded Neo4j', () => {
  it('is restarted after kill -9 under load: requests fail fast meanwhile, /healthz says so, nothing acknowledged is lost', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-supervised-'));
    const env = { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort) };
    const server = startServer({ ...env, PORT: String(port), NEO4J_HEAP_MIB: '512', NEO4J_PAGECACHE_MIB: '128' });
    cleanups.push(() => {
      if (server.child.exitCode === null && server.child.pid) process.kill(-server.child.pid, 'SIGKILL');
      for (const pid of javaPidsUsing(dataDir)) process.kill(pid, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });
    await waitFor(() => server.output().includes('Ready:'), 170_000, 'the server');
    expect(await healthz(port)).toMatchObject({ httpStatus: 200, status: 'ok', database: { state: 'up', restarts: 0 } });

    // An editor's token through the command-line tool, which uses the running database with its kept password.
    const created = await exec(TSX, ['server/cli/token.ts', 'create', '--name', 'supervision', '--role', 'editor'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    expect(created.stderr).toContain("Using the running server's embedded database");
    const token = /^(pgt_\S+)$/m.exec(created.stdout)?.[1];
    const alias = `Kharkova before the kill ${Date.now()}`;
    const added = await graphql(
      port,
      'mutation($alias: String!) { addAlias(id: "person/larisa-kharkova", alias: $alias, reason: "written before the kill") { aliases } }',
      { alias },
      token,
    );
    expect(added.body.errors).toBeUndefined();
    expect(JSON.stringify(added.body.data)).toContain(alias);

    const [javaPid, ...others] = javaPidsUsing(dataDir);
    expect(others).toEqual([]);
    const answers: (Answer & { startedAt: number })[] = [];
    let querying = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (querying) {
        const startedAt = performance.now();
        answers.push({ ...(await graphql(port, SEARCH)), startedAt });
        await sleep(100);
      }
    });
    await sleep(1_000);
    const killedAt = performance.now();
    process.kill(javaPid!, 'SIGKILL');

    const seen: Health[] = [];
    await waitFor(
      async () => {
        seen.push(await healthz(port));
        return seen.some((h) => h.httpStatus === 503) && seen.at(-1)!.httpStatus === 200;
      },
      240_000,
      'the database to come back',
    );
    const backAt = performance.now();
    await waitFor(() => answers.some((a) => a.startedAt > backAt && !a.body.errors), 30_000, 'a query after the restart');
    querying = false;
    await Promise.all(clients);

    // /healthz said what was happening, then ok again.
    const outage = seen.filter((h) => h.httpStatus === 503);
    expect(outage.map((h) => h.status)).toContain('restarting');
    // A query may find the database gone before its exit is seen; once seen, the exit is what /healthz reports.
    expect(outage.map((h) => h.database.lastError).find((e) => e?.includes('exited'))).toContain('exited (signal SIGKILL)');
    expect(seen.at(-1)).toMatchObject({ status: 'ok', database: { state: 'up', restarts: 1 } });

    // Requests sent and answered while the server said it was restarting: every one refused fast, with the code clients
    // can act on. Those under way at the kill: answered soon after it. None at any time: "Unexpected error.".
    const lastDownPoll = outage.at(-1)!.sentAt;
    const during = answers.filter((a) => a.startedAt >= killedAt && a.startedAt + a.ms <= lastDownPoll);
    expect(during.length).toBeGreaterThan(10);
    expect(new Set(during.map((a) => a.body.errors?.[0]?.extensions?.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
    const underWay = answers.filter((a) => a.startedAt < killedAt && a.startedAt + a.ms > killedAt);
    const waited = [...during.map((a) => a.ms), ...underWay.map((a) => a.startedAt + a.ms - killedAt)];
    const slowest = Math.max(...waited);
    expect(slowest).toBeLessThan(FAST_MS);
    for (const a of underWay) expect([undefined, 'DATABASE_UNAVAILABLE']).toContain(a.body.errors?.[0]?.extensions?.code);
    const otherFailures = answers.filter((a) => a.body.errors && !during.includes(a) && !underWay.includes(a));
    for (const a of answers) expect(a.body.errors?.[0]?.message).not.toBe('Unexpected error.');

    // Service resumed in the same server process, with a new Java process, and the acknowledged write is there.
    expect(server.child.exitCode).toBeNull();
    expect(server.output().match(/Ready:/g)).toHaveLength(1);
    expect(javaPidsUsing(dataDir)).toHaveLength(1);
    expect(javaPidsUsing(dataDir)[0]).not.toBe(javaPid);
    const after = await graphql(port, '{ entity(id: "person/larisa-kharkova") { aliases } }');
    expect(after.body.data).toEqual({ entity: { aliases: expect.arrayContaining([alias]) } });
    // Its log says why and what was done (a query may have found it gone first: then the exit is logged when seen).
    expect(server.output()).toMatch(/exited \(signal SIGKILL\)[\s\S]*restarting the embedded database…[\s\S]*back after/);

    const sorted = waited.sort((a, b) => a - b);
    console.log(
      `outage: ${during.length} requests refused, ${underWay.length} under way at the kill; waited median ` +
        `${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, slowest ${slowest.toFixed(0)} ms; ` +
        `kill to /healthz 200 in ${((backAt - killedAt) / 1000).toFixed(1)} s; other failures (load): ` +
        (otherFailures
          .map((a) => `${a.body.errors![0]!.extensions?.code} at ${((a.startedAt - killedAt) / 1000).toFixed(1)} s`)
          .join(', ') || 'none'),
    );

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await waitFor(() => javaPidsUsing(dataDir).length === 0, 30_000, 'no Java left');
  }, 420_000);
});

describe('an external database going away', () => {
  it('is reported down after a check fails, fails requests fast, and is used again when it is back, with the same driver', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-external-'));
    const boltPort = await freePort();
    const start = () => startEmbeddedNeo4j({ dataDir, boltPort, heapMiB: 512, pageCacheMiB: 64, log: () => {} });
    let neo4j: EmbeddedNeo4j = await start();
    const queries = loadQueries();
    const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    const health = new DatabaseHealth();
    const supervisor = superviseDatabase({
      health,
      probe: () => pingDatabase(driver, queries),
      process: null,
      log: () => {},
      watchIntervalMs: 200,
    });
    cleanups.push(async () => {
      await supervisor.stop();
      await driver.close();
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const db = createDatabase(driver, queries, { health });
    await db.read('health/ping');

    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.exited;
    await waitFor(() => health.state === 'down', 30_000, 'the check to find it gone');
    const started = performance.now();
    await expect(db.read('health/ping')).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE', state: 'down' } });
    expect(performance.now() - started).toBeLessThan(FAST_MS);

    neo4j = await start(); // someone else brings it back, on the same address
    await waitFor(() => health.available, 120_000, 'the supervisor to find it back');
    await expect(db.read('health/ping')).resolves.toHaveLength(1);
    expect(health.report().database.restarts).toBe(0);
  }, 240_000);
});
