// Starts the embedded Neo4j (server/neo4j/EmbeddedNeo4j.java) as a child process and waits for its ready line.
// Bolt listens on 127.0.0.1 and needs the password, which the launcher is given on its stdin.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Neo4jJit } from '../config.js';
import { neo4jDir } from '../paths.js';
import { BOLT_USER, readOrCreateBoltPassword } from './bolt-password.js';
import { ensureNeo4jJars, Neo4jSetupError } from './jars.js';

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  boltPort: number;
  heapMiB: number;
  pageCacheMiB: number;
  /** `quick`: the C1 compiler only (little CPU spent compiling); `full`: tiered compilation up to C2. */
  jit?: Neo4jJit;
  /** The password user neo4j gets; by default the one kept in `<dataDir>/bolt-password` (generated once). */
  password?: string;
  /** How long to wait for the ready line. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  /** Resolves when the process ends, however it ends, with how it ended ("code 1", "signal SIGKILL"). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const JAVA_17_OPENS = ['java.base/java.nio', 'java.base/sun.nio.ch', 'java.base/java.lang', 'java.base/java.util'].flatMap((pkg) => [
  '--add-opens',
  `${pkg}=ALL-UNNAMED`,
]);

export function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

export function assertJavaAvailable(java = javaCommand()): void {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jSetupError(
      'JAVA_MISSING',
      `Java 17 or newer is needed to run the embedded Neo4j, but "${java} -version" failed` +
        (probe.error ? `: ${probe.error.message}` : '') +
        '. Install a JDK (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to an existing Neo4j.',
    );
  }
}

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? console.log;
  const java = javaCommand();
  assertJavaAvailable(java);
  const libDir = await ensureNeo4jJars(undefined, log);
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const password = options.password ?? readOrCreateBoltPassword(dataDir);
  const child = spawn(
    java,
    [
      `-Xms${Math.min(512, options.heapMiB)}m`,
      `-Xmx${options.heapMiB}m`,
      '-XX:+UseG1GC',
      ...(options.jit === 'quick' ? ['-XX:TieredStopAtLevel=1'] : []),
      ...JAVA_17_OPENS,
      '-cp',
      `${libDir}${path.sep}*`,
      path.join(neo4jDir, 'EmbeddedNeo4j.java'),
      dataDir,
      String(options.boltPort),
      String(options.pageCacheMiB),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );
  child.stdin?.on('error', () => {}); // a launcher that died early closes the pipe; its exit says why
  child.stdin?.write(`${password}\n`);
  const uri = await waitForReady(child, options.timeoutMs ?? 120_000, dataDir);
  return { uri, user: BOLT_USER, password, pid: child.pid ?? -1, exited, stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess, timeoutMs: number, dataDir: string): Promise<string> {
  const stderrTail: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(chunk);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  return new Promise((resolve, reject) => {
    const fail = (error: Neo4jSetupError) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Neo4jSetupError('NEO4J_TIMEOUT', `Neo4j did not become ready within ${timeoutMs} ms (logs: ${dataDir}/logs)`)),
      timeoutMs,
    );
    child.once('error', (error) => fail(new Neo4jSetupError('JAVA_MISSING', `Could not run Java: ${error.message}`)));
    const exitedEarly = (code: number | null) => {
      const detail = stderrTail.join('').trim().split('\n').slice(-5).join('\n');
      fail(new Neo4jSetupError('NEO4J_START_FAILED', `Neo4j exited with code ${code} before it was ready. ${detail}`));
    };
    child.once('exit', exitedEarly);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^NEO4J_READY (\S+)/.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        child.off('exit', exitedEarly);
        resolve(ready[1]);
        return;
      }
      const error = /^NEO4J_ERROR (\S+) (.*)$/.exec(line);
      if (error) {
        const code = error[1] === 'PORT_TAKEN' || error[1] === 'STORE_LOCKED' ? error[1] : 'NEO4J_START_FAILED';
        const hint = code === 'STORE_LOCKED' ? ` (another process uses ${dataDir}; stop it or set DATA_DIR)` : '';
        fail(new Neo4jSetupError(code, `${error[2]}${hint}`));
      }
    });
  });
}

/** Closing stdin asks the launcher to shut down cleanly; it is killed if it has not exited in time. */
function stopChild(child: ChildProcess, graceMs = 20_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin?.end();
  });
}
