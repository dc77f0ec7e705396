// The round trip with the case files, in a database of its own (it must start empty): seed → export reproduces the
// shipped files byte for byte; curated edits → export → seed into an empty database gives the same graph; a re-seed
// over curated edits lists exactly those records and keeps them on request.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import { applySchema } from '../../server/db/apply-schema.js';
import { createDatabase, createDriver, type Database } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded.js';
import { seedDir } from '../../server/paths.js';
import { readVocabulary } from '../../server/repository/vocabulary.js';
import { caseFiles, readCaseSnapshot } from '../../server/seed/case-files.js';
import { graphDigest } from '../../server/seed/graph-digest.js';
import { loadDataset } from '../../server/seed/load-dataset.js';
import { readDataset } from '../../server/seed/read-dataset.js';
import { curatedOverwrites } from '../../server/seed/reseed.js';
import { freePort } from '../setup/neo4j.js';
import { graphqlAs } from './helpers.js';

const CASE = 'kazakhstan-trade-unions';
const exec = promisify(execFile);

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory() ? filesUnder(path.join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

async function wipe(db: Database): Promise<void> {
  const session = db.driver.session();
  await session.run('MATCH (n) DETACH DELETE n');
  await session.close();
}

describe('the round trip with the case files', () => {
  let neo4j: EmbeddedNeo4j;
  let dataDir: string;
  let db: Database;
  let app: App;
  let editor = '';
  let admin = '';
  const gql = (query: string, variables: Record<string, unknown> = {}, token = editor) => graphqlAs(app, token, query, variables);

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'round-trip-'));
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), heapMiB: 512, pageCacheMiB: 128, log: () => {} });
    const queries = loadQueries();
    const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    await applySchema(driver, queries);
    db = createDatabase(driver, queries);
    app = createApp({ db });
  });

  afterAll(async () => {
    await db?.driver.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds and exports the shipped case byte for byte', async () => {
    await loadDataset(db, readDataset(seedDir));
    const files = caseFiles((await readCaseSnapshot(db, CASE))!, Object.keys((await readVocabulary(db)).kinds));
    const shipped = path.join(seedDir, 'cases', CASE);
    expect([...files.keys()].sort()).toEqual(filesUnder(shipped).sort());
    for (const [file, content] of files) expect(content, file).toBe(readFileSync(path.join(shipped, file), 'utf8'));
  });

  it('exports curated edits, and seeding the export into an empty database gives the same graph', async () => {
    editor = (await createToken(db, 'round-trip editor', 'editor')).token;
    admin = (await createToken(db, 'round-trip admin', 'admin')).token;
    const edits = [
      gql(
        `mutation { addAlias(id: "person/larisa-kharkova", alias: "Лариса Харькова", reason: "Cyrillic spelling used by Russian-language reports") { id } }`,
      ),
      gql(
        `mutation { addVocabularyTerm(input: { group: SUBKIND, kind: "event", name: "acquittal", description: "A court's finding of not guilty." }) { roles { name } } }`,
        {},
        admin,
      ),
      gql(
        `mutation { addVocabularyTerm(input: { group: KIND, name: "vessel", description: "A ship named in a report.", color: "#117733", shape: "vee" }) { roles { name } } }`,
        {},
        admin,
      ),
      gql(`mutation { createRelationship(input: { type: "LEADS", from: "person/larisa-kharkova", to: "organisation/knprk", role: "president",
          citations: [{ sourceId: "003_070f39f0f6b30c69", quote: "The Chairperson of the national centre, Larisa Kharkova" }] }) { id } }`),
      gql(`mutation { deleteClaim(id: "claim/yeleusinov-due-process") }`),
      gql(`mutation { createClaim(input: { subject: "event/sentence-of-kushakbayev", attribute: "charge", value: "calling for participation in an illegal strike",
          citations: [{ sourceId: "000_760c9d7c1e926fee", quote: "In April 2017 Nurbek Kushakbayev, Vice-President of the KNPRK, was sentenced" }] }) { id } }`),
    ];
    for (const result of await Promise.all(edits)) expect(result.errors).toBeUndefined();
    const curatedDigest = await graphDigest(db);

    const seedRoot = path.join(mkdtempSync(path.join(tmpdir(), 'exported-')), 'seed');
    cpSync(path.join(seedDir, 'vocabulary.yaml'), path.join(seedRoot, 'vocabulary.yaml'));
    const cli = await exec(
      path.resolve('node_modules/.bin/tsx'),
      ['server/cli/export-case.ts', CASE, '--out', path.join(seedRoot, 'cases', CASE)],
      {
        env: { PATH: process.env.PATH ?? '', NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
      },
    );
    expect(cli.stdout).toContain(`Graph digest of the database: ${curatedDigest}`);
    expect(readFileSync(path.join(seedRoot, 'cases', CASE, 'entities.yaml'), 'utf8')).toContain('name: Лариса Харькова');
    expect(readFileSync(path.join(seedRoot, 'cases', CASE, 'vocabulary.yaml'), 'utf8')).toContain('acquittal');

    await wipe(db);
    await applySchema(db.driver, db.queries);
    await loadDataset(db, readDataset(seedRoot));
    expect(await graphDigest(db)).toBe(curatedDigest);
    expect((await readVocabulary(db)).kinds.vessel).toMatchObject({ color: '#117733', shape: 'vee' });
  });

  it('lists exactly the curated records a re-seed would overwrite, and keeps them on request', async () => {
    const shipped = readDataset(seedDir);
    const overwrites = await curatedOverwrites(db, shipped);
    expect(overwrites).toEqual([
      { file: `cases/${CASE}/entities.yaml`, id: 'person/larisa-kharkova', fields: ['aliases'] },
      { file: `cases/${CASE}/relationships.yaml`, id: 'rel/kharkova-leads-knprk-president', fields: ['citations'] },
      { file: `cases/${CASE}/claims.yaml`, id: 'claim/yeleusinov-due-process', fields: ['removed'] },
    ]);
    const before = await graphDigest(db);
    const seed = (...args: string[]) =>
      exec(path.resolve('node_modules/.bin/tsx'), ['server/cli/seed.ts', ...args], {
        env: { PATH: process.env.PATH ?? '', NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
      });
    await expect(seed()).rejects.toMatchObject({
      stdout: expect.stringContaining(`  - cases/${CASE}/entities.yaml [person/larisa-kharkova]: aliases`),
      stderr: expect.stringContaining('Nothing was loaded.'),
    });
    expect(await graphDigest(db)).toBe(before);
    expect((await seed('--keep-curated')).stdout).toContain('Keeping them; the rest of the seed is loaded.');
    expect(await graphDigest(db)).toBe(before);
    await loadDataset(db, shipped);
    expect(await curatedOverwrites(db, shipped)).toEqual([]);
  });
});
