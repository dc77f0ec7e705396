import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findViewer } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { freePort } from '../setup/neo4j.js';
import { connectToTestDatabase } from './helpers.js';

const exec = promisify(execFile);
const name = `cli-${Math.random().toString(36).slice(2, 8)}`;

function tokenCli(...args: string[]) {
  const connection = inject('neo4j')!;
  return exec(path.resolve('node_modules/.bin/tsx'), ['server/cli/token.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password },
  });
}

describe('npm run token', () => {
  let db: Database;
  beforeAll(() => {
    db = connectToTestDatabase();
  });
  afterAll(async () => {
    const session = db.driver.session();
    await session.run('MATCH (t:ApiToken {name: $name}) DELETE t', { name });
    await session.close();
    await db.driver.close();
  });

  it('creates a token shown once and stored only as a hash, lists it, and revokes it', async () => {
    const created = await tokenCli('create', '--name', name, '--role', 'editor');
    const token = /^(pgt_\S+)$/m.exec(created.stdout)?.[1];
    const id = /^Token (\S+) for/m.exec(created.stdout)?.[1];
    expect(token).toBeDefined();
    expect(await findViewer(db, token!)).toEqual({ id, name, role: 'editor' });
    const session = db.driver.session();
    const stored = await session.run('MATCH (t:ApiToken {name: $name}) RETURN properties(t) AS p', { name });
    await session.close();
    expect(JSON.stringify(stored.records[0]?.get('p'))).not.toContain(token!);

    expect((await tokenCli('list')).stdout).toContain(`editor  ${name}`);
    expect((await tokenCli('revoke', '--id', id!)).stdout).toContain(`Revoked ${id}`);
    expect(await findViewer(db, token!)).toBeNull();
  });

  it('refuses an unknown role with the usage', async () => {
    await expect(tokenCli('create', '--name', name, '--role', 'god')).rejects.toMatchObject({
      stderr: expect.stringContaining('create needs --name and --role (reader, editor, admin)'),
    });
  });
});

describe('npm run token without a database', () => {
  it('says it found none and creates no store, rather than silently minting a token into an empty one', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'no-store-'));
    const run = exec(path.resolve('node_modules/.bin/tsx'), ['server/cli/token.ts', 'create', '--name', 'x', '--role', 'editor'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) },
    });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining(`No database in ${dataDir}`) });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('names the database it used', async () => {
    await expect(tokenCli('list')).resolves.toMatchObject({ stderr: expect.stringContaining(`Using Neo4j at ${inject('neo4j')!.uri}`) });
  });
});
