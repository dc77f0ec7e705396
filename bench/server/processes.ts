// The processes under test: our server (which starts its embedded Neo4j) on a store, and the peer beside it; their
// resident memory read from /proc, the embedded Neo4j found among the server's descendants.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../../server/free-port.js';
import { readBoltPassword } from '../../server/neo4j/bolt-password.js';
import { projectRoot } from '../../server/paths.js';
import { residentMiB } from '../../server/synthetic/store.js';

export interface Started {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

function waitForLine(child: ChildProcess, pattern: RegExp, what: string, timeoutMs: number): Promise<RegExpExecArray> {
  const tail: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs / 1000} s:\n${tail.join('\n')}`)), timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      tail.push(line);
      const match = pattern.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => tail.push(chunk.toString('utf8').trimEnd()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it was ready:\n${tail.slice(-20).join('\n')}`));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      const forced = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.once('exit', () => {
        clearTimeout(forced);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

export async function startOurServer(
  dataDir: string,
  heapMiB: number,
  pageCacheMiB: number,
): Promise<Started & { boltUri: string; boltPassword: string }> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HEAP_MIB: String(heapMiB),
    NEO4J_PAGECACHE_MIB: String(pageCacheMiB),
    // Steady state, as the published figures were measured: a benchmark runs long after the compiling is done.
    NEO4J_JIT: process.env.NEO4J_JIT ?? 'full',
  };
  delete env.NEO4J_URI;
  const child = spawn(tsx, [path.join(projectRoot, 'server', 'main.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  await waitForLine(child, /^Ready: /, 'Our server', 900_000);
  // The server's embedded database needs the password it keeps in its data directory (or the configured one).
  const boltPassword = env.NEO4J_EMBEDDED_PASSWORD || readBoltPassword(dataDir) || '';
  return { child, url: `http://127.0.0.1:${port}/graphql`, boltUri: `bolt://127.0.0.1:${boltPort}`, boltPassword, stop: stopper(child) };
}

export async function startPeer(boltUri: string, boltPassword: string): Promise<Started> {
  const port = await freePort();
  // The password in the environment, not the arguments, which ps shows to everyone.
  const child = spawn(tsx, [path.join(projectRoot, 'bench', 'server', 'peer-server.ts'), boltUri, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PEER_NEO4J_PASSWORD: boltPassword },
  });
  const [, url] = await waitForLine(child, /^PEER_READY (\S+)/, 'The @neo4j/graphql peer', 120_000);
  return { child, url: url!, stop: stopper(child) };
}

/** The process tree under a pid: [pid, command] pairs. */
export function descendants(pid: number): { pid: number; command: string }[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,comm='], { encoding: 'utf8' }).stdout;
  const rows = ps
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length >= 3)
    .map(([p, pp, command]) => ({ pid: Number(p), ppid: Number(pp), command: command! }));
  const found: { pid: number; command: string }[] = [];
  const visit = (parent: number) => {
    for (const row of rows.filter((r) => r.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command });
      visit(row.pid);
    }
  };
  visit(pid);
  return found;
}

/** Resident memory in MiB of a started server's Node processes and of any Java (Neo4j) below it. */
export function memoryOf(rootPid: number): { nodeMiB: number; neo4jMiB: number } {
  const tree = [{ pid: rootPid, command: 'node' }, ...descendants(rootPid)];
  const sum = (rows: { pid: number }[]) => rows.reduce((total, r) => total + (residentMiB(r.pid) ?? 0), 0);
  return { nodeMiB: sum(tree.filter((r) => r.command !== 'java')), neo4jMiB: sum(tree.filter((r) => r.command === 'java')) };
}
