import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j } from '../../server/neo4j/embedded.js';
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
