// The server under proof: `npm start`'s server (tsx server/main.ts) as a real process in its own process group, on its
// own data directory and ports, seeded as a user's first start seeds it; tokens made with `npm run token`; a GraphQL
// client over loopback HTTP; and the means to kill it or its Neo4j as a bad day would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../server/free-port.js';
import { readBoltPassword } from '../../server/neo4j/bolt-password.js';
import { projectRoot } from '../../server/paths.js';
import { descendants, memoryOf } from '../server/processes.js';

const TSX = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

export interface GraphQLReply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  /** Set when no HTTP answer came at all (refused connection, timeout). */
  networkError?: string;
  /** When it was sent (performance.now()) and how long the answer took. */
  at: number;
  ms: number;
}

export interface Target {
  url: string;
  dataDir: string;
  /** The embedded Neo4j's Bolt address and the password the server keeps in its data directory. */
  bolt: { uri: string; password: string };
  editor: string;
  admin: string;
  /** A new token (npm run token), e.g. an editor of its own for each part of the proof: rate limits count per token. */
  newToken(role: 'reader' | 'editor' | 'admin'): string;
  gql(query: string, variables?: Record<string, unknown>, token?: string | null, timeoutMs?: number): Promise<GraphQLReply>;
  get(pathname: string): Promise<{ status: number; body: string }>;
  /** The server's Node process and its embedded Neo4j (found among its descendants). */
  pids(): { server: number; neo4j: number | null };
  memory(): { nodeMiB: number; neo4jMiB: number };
  /** SIGKILLs the embedded Neo4j only: the server should restart it. */
  killNeo4j(): void;
  /** SIGKILLs the server and everything it started, as a power cut would; `start()` brings it back on the same data. */
  crash(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  log(): string;
  /** Runs a command-line tool (server/cli/<name>.ts) against this server's database, or with `env` overriding it. */
  cli(name: string, args: string[], env?: Record<string, string>): { status: number | null; stdout: string; stderr: string };
}

interface Options {
  /** Extra environment for the server (QUERY_BUDGET_MS, RATE_LIMITS…). */
  env?: Record<string, string>;
  heapMiB?: number;
  pageCacheMiB?: number;
}

async function waitUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | null> | T | null): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A GraphQL client over loopback HTTP that never throws: no answer at all is a `networkError`. */
export function graphqlClient(url: string): Target['gql'] {
  return async (query, variables = {}, token = null, timeoutMs = 30_000) => {
    const began = performance.now();
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let body: Partial<GraphQLReply> = {};
      if (text.length > LARGE_REPLY && text.startsWith('{"data":{') && !hasErrorsKey(text)) {
        // A large answer (a whole-graph export) with no errors: parsing its megabytes would stall this client's other
        // connections, whose latency is what the proof measures. Its data is not read.
        body = { data: {} };
      } else {
        try {
          body = JSON.parse(text) as Partial<GraphQLReply>;
        } catch {
          body = { errors: [{ message: `not JSON (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
        }
      }
      return { status: response.status, data: body.data, errors: body.errors, at: began, ms: performance.now() - began };
    } catch (error) {
      return { status: 0, networkError: (error as Error).message, at: began, ms: performance.now() - began };
    }
  };
}

export async function startTarget(options: Options = {}): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-prove-'));
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    PORT: String(port),
    DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HEAP_MIB: String(options.heapMiB ?? 1024),
    NEO4J_PAGECACHE_MIB: String(options.pageCacheMiB ?? 256),
    ...options.env,
  };
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  const start = async () => {
    output += `--- start ${new Date().toISOString()}\n`;
    const started = spawn(TSX, [path.join(projectRoot, 'server', 'main.ts')], { env, detached: true, cwd: projectRoot });
    child = started;
    started.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    started.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    await waitUntil('the server to be ready', 600_000, () => {
      if (started.exitCode !== null) throw new Error(`the server exited (${started.exitCode}):\n${output.slice(-3000)}`);
      return /Ready: /.test(output.slice(output.lastIndexOf('--- start'))) ? true : null;
    });
  };

  const tokenFor = (role: string): string => {
    const made = spawnSync(
      TSX,
      [path.join(projectRoot, 'server', 'cli', 'token.ts'), 'create', '--name', `prove-${role}`, '--role', role],
      {
        env,
        cwd: projectRoot,
        encoding: 'utf8',
      },
    );
    const token = made.stdout.trim().split('\n').at(-1) ?? '';
    if (made.status !== 0 || !token.startsWith('pgt_')) throw new Error(`npm run token failed: ${made.stderr}${made.stdout}`);
    return token;
  };

  const gql = graphqlClient(url);

  const pids = () => {
    const server = child?.pid ?? -1;
    const java = descendants(server).find((p) => p.command === 'java');
    return { server, neo4j: java?.pid ?? null };
  };

  const crash = async () => {
    const running = child;
    if (!running?.pid || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    process.kill(-running.pid, 'SIGKILL');
    await exited;
    // The killed group's Java may take a moment to release the store lock.
    await waitUntil('the old Neo4j to exit', 60_000, () => (spawnSync('pgrep', ['-f', dataDir]).status === 0 ? null : true));
  };

  await start();
  const target: Target = {
    url,
    dataDir,
    bolt: { uri: `bolt://127.0.0.1:${boltPort}`, password: readBoltPassword(dataDir) ?? '' },
    editor: tokenFor('editor'),
    admin: tokenFor('admin'),
    newToken: tokenFor,
    gql,
    get: async (pathname) => {
      const response = await fetch(`${url}${pathname}`, { signal: AbortSignal.timeout(10_000) });
      return { status: response.status, body: await response.text() };
    },
    pids,
    memory: () => memoryOf(pids().server),
    killNeo4j: () => {
      const neo4j = pids().neo4j;
      if (neo4j === null) throw new Error('no embedded Neo4j found under the server');
      process.kill(neo4j, 'SIGKILL');
    },
    crash,
    start,
    stop: async () => {
      const running = child;
      if (running?.pid && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        process.kill(running.pid, 'SIGTERM');
        const forced = setTimeout(() => running.pid && process.kill(-running.pid, 'SIGKILL'), 30_000);
        await exited;
        clearTimeout(forced);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
    log: () => output,
    cli: (name, args, extra = {}) => {
      const ran = spawnSync(TSX, [path.join(projectRoot, 'server', 'cli', `${name}.ts`), ...args], {
        env: { ...env, ...extra },
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 600_000,
      });
      return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
    },
  };
  return target;
}

const LARGE_REPLY = 256 * 1024;

/**
 * Whether a GraphQL answer's JSON has a top-level "errors" key. Inside a JSON string every quotation mark is escaped, so
 * an unescaped `"errors":` after `{` or `,` can only be a key (ours, or one within the data: then the answer is parsed,
 * which costs time, never correctness).
 */
export function hasErrorsKey(json: string): boolean {
  return json.includes(',"errors":') || json.includes('{"errors":');
}

/** What a reply was: answered, refused with a code, or a defect (an unexpected error, HTTP 5xx, no answer). */
export type Outcome = 'ok' | 'refused' | 'unexpected' | 'network';

export function outcomeOf(reply: GraphQLReply): Outcome {
  if (reply.networkError) return 'network';
  if (reply.status >= 500) return 'unexpected';
  const errors = reply.errors ?? [];
  if (errors.length === 0) return 'ok';
  const coded = errors.every(
    (e) => e.extensions?.code && e.extensions.code !== 'INTERNAL_SERVER_ERROR' && e.message !== 'Unexpected error.',
  );
  return coded ? 'refused' : 'unexpected';
}

export function codeOf(reply: GraphQLReply): string | null {
  return reply.errors?.[0]?.extensions?.code ?? (reply.networkError ? 'NETWORK' : null);
}
