import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';
import { loadQueries } from '../../server/db/queries.js';
import { boltPasswordFile } from '../../server/neo4j/bolt-password.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded.js';
import { startDatabase } from '../../server/start-database.js';
import { freePort } from '../setup/neo4j.js';

const options = { heapMiB: 512, pageCacheMiB: 64, log: () => {} };

describe('the embedded Neo4j launcher', () => {
  it('fails fast with PORT_TAKEN when the Bolt port is in use', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-port-'));
    try {
      await expect(startEmbeddedNeo4j({ ...options, dataDir, boltPort: port })).rejects.toMatchObject({
        code: 'PORT_TAKEN',
        message: expect.stringContaining(`127.0.0.1:${port} is already in use`),
      });
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('fails with STORE_LOCKED when another process holds the store', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pg-lock-'));
    const first = await startEmbeddedNeo4j({ ...options, dataDir, boltPort: await freePort() });
    try {
      await expect(startEmbeddedNeo4j({ ...options, dataDir, boltPort: await freePort() })).rejects.toMatchObject({
        code: 'STORE_LOCKED',
        message: expect.stringContaining('set DATA_DIR'),
      });
    } finally {
      await first.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** An address of /proc/net/tcp (IPv4, bytes reversed) or tcp6 (IPv4-mapped decoded, any other kept as hex). */
function decodeAddress(hex: string): string {
  const ipv4 = (word: string) =>
    (word.match(/../g) ?? [])
      .reverse()
      .map((b) => parseInt(b, 16))
      .join('.');
  if (hex.length === 8) return ipv4(hex);
  return hex.startsWith('0000000000000000FFFF0000') ? ipv4(hex.slice(24)) : `ipv6:${hex}`;
}

/** The addresses sockets listen on for a TCP port, from /proc/net/tcp and tcp6 (state 0A is LISTEN). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, portHex] = local?.split(':') ?? [];
      if (state === '0A' && address && parseInt(portHex ?? '', 16) === port) found.push(decodeAddress(address));
    }
  }
  return found;
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function connectsWith(uri: string, password: string): Promise<string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.getServerInfo();
    return 'connected';
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    await driver.close();
  }
}

describe('the embedded Neo4j Bolt access', () => {
  let dataDir: string;
  let running: EmbeddedNeo4j | null = null;
  const start = async (boltPort: number) => (running = await startEmbeddedNeo4j({ ...options, dataDir, boltPort }));

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pg-auth-'));
    await start(await freePort());
  });
  afterAll(async () => {
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a generated password in the data directory, readable by its owner only', () => {
    const file = boltPasswordFile(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(running!.password);
    expect(running!.password.length).toBeGreaterThanOrEqual(32);
  });

  it('listens on 127.0.0.1 only', async () => {
    const port = Number(new URL(running!.uri.replace('bolt:', 'http:')).port);
    expect(listeningAddresses(port)).toEqual(['127.0.0.1']);
    const outward = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (outward) expect(await accepts(outward.address, port)).toBe(false);
  });

  it('lets the command-line tools use the running database with the password of its data directory', async () => {
    const port = Number(new URL(running!.uri.replace('bolt:', 'http:')).port);
    const config = { ...parseConfig({}), dataDir, neo4jBoltPort: port };
    const reused = await startDatabase(config, loadQueries(), () => {}, true);
    try {
      expect(reused.embedded).toBe(false);
      await reused.driver.verifyConnectivity();
    } finally {
      await reused.close();
    }
  });

  it('keeps the same password across restarts', async () => {
    const before = running!.password;
    await running!.stop();
    await start(await freePort());
    expect(running!.password).toBe(before);
    expect(await connectsWith(running!.uri, before)).toBe('connected');
  }, 120_000);

  // Last: Neo4j locks user neo4j for a few seconds after three failures in a row.
  it('refuses connections without the password or with a wrong one, and the tools say so with a code', async () => {
    expect(await connectsWith(running!.uri, '')).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await connectsWith(running!.uri, 'neo4j')).toBe('Neo.ClientError.Security.Unauthorized');
    const port = Number(new URL(running!.uri.replace('bolt:', 'http:')).port);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pg-no-password-'));
    try {
      const config = { ...parseConfig({}), dataDir: elsewhere, neo4jBoltPort: port };
      await expect(startDatabase(config, loadQueries(), () => {}, true)).rejects.toMatchObject({
        code: 'NEO4J_AUTH_FAILED',
        message: expect.stringContaining(`A database runs on Bolt port ${port} but refused no password`),
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
