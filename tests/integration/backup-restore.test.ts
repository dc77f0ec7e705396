// Backup of the run's shared database (seeded, plus this suite's own writes through the API and a node of every
// property type) and restore into a fresh embedded Neo4j of this suite's own, which must start (and stay, after every
// refusal) empty. The round trip is proven by the graph hash; consistency under concurrent writes by invariants.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import { BACKUP_FORMAT, formatLine } from '../../server/backup/backup-format.js';
import { validateBackup } from '../../server/backup/read-backup.js';
import { restoreBackup } from '../../server/backup/restore.js';
import { snapshotGraphHash } from '../../server/backup/verify-backup.js';
import { writeBackup, type WrittenBackup } from '../../server/backup/write-backup.js';
import { applySchema } from '../../server/db/apply-schema.js';
import { createDatabase, createDriver, type Database } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/neo4j/embedded.js';
import { freePort } from '../setup/neo4j.js';
import { connectToTestDatabase, graphqlAs } from './helpers.js';

const exec = promisify(execFile);
const run = Math.random().toString(36).slice(2, 8);
const SOURCE = `backup-${run}-report`;
const TEXT = `Yerlan Backupov, chair of the Union of Backup Workers, was detained in March 2017. Y. Backupov denied the charges.`;
const ids = { yerlan: `person/yerlan-backupov-${run}`, initial: `person/y-backupov-${run}`, union: `organisation/backup-workers-${run}` };

/** A node and a relationship holding one property of every type Neo4j stores, set through the driver. */
const TYPED_PROPERTIES = {
  text: 'Backupov — Бэкапов 🙂',
  flag: true,
  integer: neo4j.int('9007199254740993'),
  float: 1,
  negativeZero: -0,
  notANumber: NaN,
  infinity: -Infinity,
  bytes: new Int8Array([0, -1, 127, -128]),
  date: new neo4j.types.Date(2017, 3, 14),
  localTime: new neo4j.types.LocalTime(9, 30, 0, 5),
  time: new neo4j.types.Time(9, 30, 0, 5, 21_600),
  localDateTime: new neo4j.types.LocalDateTime(2017, 3, 14, 9, 30, 0, 0),
  dateTime: new neo4j.types.DateTime(2017, 3, 14, 9, 30, 0, 123_456_789, 21_600),
  zonedDateTime: new neo4j.types.DateTime(2017, 3, 14, 9, 30, 0, 0, 21_600, 'Asia/Almaty'),
  duration: new neo4j.types.Duration(1, 2, 3, 4),
  point: new neo4j.types.Point(4326, 71.43, 51.13),
  point3d: new neo4j.types.Point(4979, 71.43, 51.13, 350),
  strings: ['a', 'b'],
  integers: [neo4j.int(1), neo4j.int(2)],
  floats: [0.5, -0],
  dates: [new neo4j.types.Date(2015, 1, 1)],
  points: [new neo4j.types.Point(7203, 1, 2)],
  empty: [],
};

type Body<T> = { data?: T | null; errors?: { message: string }[] };

async function cypher(db: Database, text: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session();
  try {
    return (await session.run(text, params)).records;
  } finally {
    await session.close();
  }
}

const countAll = async (db: Database) =>
  (await cypher(db, 'RETURN COUNT { MATCH (n) } AS n, COUNT { ()-[r]->() } AS r'))[0]!.toObject() as { n: unknown; r: unknown };

/** The refusal a promise ends in: its code and message. */
async function refusal(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error('it was not refused');
}

/** Rewrites a backup's records (renumbering nothing) with a valid header, checks and SHA-256: damage a test controls. */
function rewritten(file: string, out: string, change: (records: Record<string, unknown>[]) => Record<string, unknown>[]): string {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const strip = (line: string) => {
    const record = JSON.parse(line) as Record<string, unknown>;
    delete record.check;
    return record;
  };
  const header = strip(lines[0]!);
  const records = change(lines.slice(1, -1).map(strip));
  const nodes = records.filter((r) => 'node' in r).length;
  const relationships = records.length - nodes;
  const body = [{ ...header, nodes, relationships }, ...records].map((r) => formatLine(r as never)).join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  writeFileSync(out, body + formatLine({ end: BACKUP_FORMAT, nodes, relationships, sha256 }));
  return out;
}

describe('backup and restore', () => {
  let db: Database;
  let app: App;
  let editor = '';
  let target: EmbeddedNeo4j;
  let targetDb: Database;
  let targetDir = '';
  let dir = '';
  let backup: WrittenBackup;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, editor, query, variables) as Promise<Body<T>>;
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'backup-files-'));
    db = connectToTestDatabase();
    app = createApp({ db });
    editor = (await createToken(db, `backup-editor-${run}`, 'editor')).token;
    const cite = (quote: string) => [{ sourceId: SOURCE, quote }];
    const writes: Body<unknown>[] = [
      await gql(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
        input: { id: SOURCE, caseId: `backup-${run}`, caseTitle: 'Backup tests', title: 'Backup report', text: TEXT },
      }),
      await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: {
          id: ids.yerlan,
          kind: 'person',
          name: 'Yerlan Backupov',
          aliases: [{ name: 'Ерлан Бэкапов', reason: 'Cyrillic spelling of the same chair' }],
          citations: cite('Yerlan Backupov, chair of the Union of Backup Workers'),
        },
      }),
      await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: { id: ids.initial, kind: 'person', name: 'Y. Backupov', citations: cite('Y. Backupov denied the charges') },
      }),
      await gql(`mutation { addAlias(id: "${ids.yerlan}", alias: "Erlan Backupov", reason: "Latin transliteration") { id } }`),
      await gql(
        `mutation { mergeEntities(survivorId: "${ids.yerlan}", mergedId: "${ids.initial}", reason: "initial of the same chair") { id } }`,
      ),
    ];
    for (const write of writes) expect(write.errors).toBeUndefined();
    await db.write('migrations/record', { ids: [`backup-test-${run}`] });
    await cypher(db, 'CREATE (a:BackupTyped {run: $run}) SET a += $p CREATE (a)-[r:BACKUP_TYPED]->(:BackupTyped {run: $run}) SET r = $p', {
      run,
      p: TYPED_PROPERTIES,
    });

    targetDir = mkdtempSync(path.join(tmpdir(), 'backup-target-'));
    target = await startEmbeddedNeo4j({ dataDir: targetDir, boltPort: await freePort(), heapMiB: 512, pageCacheMiB: 64, log: () => {} });
    // The launcher hands back the Bolt credentials of the database it started (none in earlier versions).
    const { user = 'neo4j', password = '' } = target as { user?: string; password?: string } & EmbeddedNeo4j;
    const queries = loadQueries();
    const driver = createDriver(target.uri, user, password);
    await applySchema(driver, queries);
    targetDb = createDatabase(driver, queries, { transactionTimeoutMs: 300_000 });

    backup = await writeBackup(db, file('shared.jsonl'), { source: 'the test database' });
  });

  afterAll(async () => {
    await cypher(
      db,
      'MATCH (n) WHERE n.run = $run OR n.id CONTAINS $run OR n.targetId CONTAINS $run OR n.name ENDS WITH $run DETACH DELETE n',
      {
        run,
      },
    ).catch(() => {});
    await cypher(db, 'MATCH (m:Merge) WHERE m.survivorId CONTAINS $run DETACH DELETE m', { run }).catch(() => {});
    await db?.driver.close();
    await targetDb?.driver.close();
    await target?.stop();
    for (const d of [dir, targetDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await cypher(targetDb, 'MATCH (n) DETACH DELETE n');
  });

  it('restores the shared database into an empty one: the same graph hash, the same counts, every property type kept', async () => {
    const text = readFileSync(backup.file, 'utf8');
    for (const expected of [
      ids.yerlan,
      'Erlan Backupov',
      'Ерлан Бэкапов',
      'initial of the same chair',
      '"labels":["Migration"]',
      '"labels":["ApiToken"]',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('"labels":["AuditRecord"]');
    expect(text).not.toContain(editor); // tokens are kept as stored: hashed

    const restored = await restoreBackup(targetDb, backup.file);
    expect(restored).toMatchObject({ nodes: backup.graph.nodes, relationships: backup.graph.relationships, transactions: 1 });
    expect(restored.graphHash).toBe(backup.graph.hash);
    expect(await snapshotGraphHash(targetDb)).toEqual(backup.graph);
    expect(await countAll(targetDb)).toEqual({ n: neo4j.int(backup.graph.nodes), r: neo4j.int(backup.graph.relationships) });

    const types =
      'MATCH (a:BackupTyped {run: $run})-[r]->() RETURN [k IN keys(a) | k + " " + valueType(a[k])] AS a, [k IN keys(r) | k + " " + valueType(r[k])] AS r';
    const [source] = await cypher(db, types, { run });
    const [copy] = await cypher(targetDb, types, { run });
    expect(copy!.get('a').sort()).toEqual(source!.get('a').sort());
    expect(copy!.get('r').sort()).toEqual(source!.get('r').sort());
    // valueType() calls a byte array a list of integers; the driver tells them apart.
    const [bytes] = await cypher(targetDb, 'MATCH (a:BackupTyped {run: $run})-->() RETURN a.bytes AS b, a.integers AS i', { run });
    expect(bytes!.get('b')).toEqual(new Int8Array([0, -1, 127, -128]));
    expect(bytes!.get('i')).toEqual([neo4j.int(1), neo4j.int(2)]);
    const zoned =
      'MATCH (a:BackupTyped {run: $run})-->() RETURN toString(a.zonedDateTime) AS z, toString(a.negativeZero) AS nz, toString(a.integer) AS i';
    expect((await cypher(targetDb, zoned, { run }))[0]!.toObject()).toEqual((await cypher(db, zoned, { run }))[0]!.toObject());
  });

  it('backs up exactly the graph the database holds, when nothing else writes during it', async () => {
    // Other suites write to the shared database while this one runs; compare only over a still moment.
    const before = await snapshotGraphHash(db);
    const again = await writeBackup(db, file('still.jsonl'), { source: 'the test database' });
    const after = await snapshotGraphHash(db);
    if (before.hash === after.hash) expect(again.graph).toEqual(before);
    expect(again.graph.nodes).toBeGreaterThan(150);
  });

  it('refuses a database that is not empty, saying what it holds, and changes nothing', async () => {
    const shared = await refusal(restoreBackup(db, backup.file));
    expect(shared.code).toBe('DATABASE_NOT_EMPTY');
    expect(shared.message).toMatch(/^The database at \S+ is not empty: it holds \d+ nodes \(\d+ \w+/);
    expect((await cypher(db, 'MATCH (e:Entity {id: $id}) RETURN count(e) AS c', { id: ids.yerlan }))[0]!.get('c').toNumber()).toBe(1);

    await cypher(targetDb, 'CREATE (:Leftover {name: "one node"})');
    expect(await refusal(restoreBackup(targetDb, backup.file))).toMatchObject({
      code: 'DATABASE_NOT_EMPTY',
      message: expect.stringContaining('it holds 1 nodes (1 Leftover) and 0 relationships'),
    });
    expect(await countAll(targetDb)).toEqual({ n: neo4j.int(1), r: neo4j.int(0) });
  });

  it('refuses a truncated file, a file with one byte changed and a foreign file, and writes nothing', async () => {
    const bytes = readFileSync(backup.file);
    const truncated = file('truncated.jsonl');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const changed = Buffer.from(bytes);
    const at = changed.indexOf('Union of Backup Workers');
    changed[at] = 'V'.charCodeAt(0);
    const oneByte = file('one-byte.jsonl');
    writeFileSync(oneByte, changed);
    const lineOfChange = bytes.subarray(0, at).toString('utf8').split('\n').length;
    const foreign = file('foreign.json');
    writeFileSync(foreign, JSON.stringify({ nodes: [{ id: 1 }], relationships: [] }, null, 2));

    const refusals = [
      await refusal(restoreBackup(targetDb, truncated)),
      await refusal(restoreBackup(targetDb, oneByte)),
      await refusal(restoreBackup(targetDb, foreign)),
    ];
    expect(refusals[0]).toMatchObject({
      code: 'TRUNCATED_BACKUP',
      message: expect.stringMatching(/in the middle of line \d+ \(byte \d+\)/),
    });
    expect(refusals[1]).toMatchObject({
      code: 'DAMAGED_BACKUP',
      message: expect.stringMatching(new RegExp(`^line ${lineOfChange} \\(byte \\d+\\): its content does not match`)),
    });
    expect(refusals[2]).toMatchObject({ code: 'NOT_A_BACKUP', message: expect.stringContaining('line 1 is not JSON') });
    expect(await countAll(targetDb)).toEqual({ n: neo4j.int(0), r: neo4j.int(0) });
  });

  it('leaves the database empty when writing fails part way, in one transaction or in batches', async () => {
    // Sound as a file, refused by the database: a second Entity with an id the first one has.
    const duplicate = rewritten(backup.file, file('duplicate.jsonl'), (records) => {
      const entity = records.find((r) => (r.labels as string[] | undefined)?.includes('Entity'))!;
      const nodes = records.filter((r) => 'node' in r);
      const relationships = records.filter((r) => 'relationship' in r);
      return [...nodes, { ...entity, node: nodes.length + 1 }, ...relationships];
    });
    expect((await validateBackup(duplicate)).nodes).toBe(backup.graph.nodes + 1);
    const once = await refusal(restoreBackup(targetDb, duplicate));
    expect(once).toMatchObject({ code: 'RESTORE_FAILED', message: expect.stringContaining('wrote nothing') });
    expect(await countAll(targetDb)).toEqual({ n: neo4j.int(0), r: neo4j.int(0) });
    const batched = await refusal(restoreBackup(targetDb, duplicate, { singleTransactionRecords: 10 }));
    expect(batched.code).toBe('RESTORE_FAILED');
    expect(await countAll(targetDb)).toEqual({ n: neo4j.int(0), r: neo4j.int(0) });

    const restored = await restoreBackup(targetDb, backup.file, { singleTransactionRecords: 10 });
    expect(restored.transactions).toBeGreaterThan(1);
    expect(restored.graphHash).toBe(backup.graph.hash);
  });

  it('takes a backup that is one state of the database while writers keep changing and adding to it', async () => {
    await cypher(db, 'CREATE (:BackupCounter {run: $run, count: 0})', { run });
    let stop = false;
    let counted = 0;
    let loose = 0;
    // Each write bumps a counter and adds a node and a link in one transaction: any state has count = nodes = links.
    const counter = (async () => {
      const session = db.driver.session();
      while (!stop) {
        await session.executeWrite((tx) =>
          tx.run(
            'MATCH (c:BackupCounter {run: $run}) SET c.count = c.count + 1 ' +
              'CREATE (c)-[:WROTE {seq: c.count}]->(:BackupWritten {run: $run, seq: c.count, text: $text, at: datetime()})',
            { run, text: TEXT },
          ),
        );
        counted++;
      }
      await session.close();
    })();
    // New records on their own, as a researcher's new entities would be, ten a second.
    const creator = (async () => {
      while (!stop) {
        await cypher(db, 'CREATE (:BackupLoose {run: $run, seq: $seq, text: $text, at: datetime()})', { run, seq: loose++, text: TEXT });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const during = await writeBackup(db, file('during.jsonl'), { source: 'the test database' });
    const writtenMeanwhile = counted;
    stop = true;
    await Promise.all([counter, creator]);
    expect(writtenMeanwhile).toBeGreaterThan(0);

    const restored = await restoreBackup(targetDb, during.file);
    expect(restored).toMatchObject({ nodes: during.graph.nodes, relationships: during.graph.relationships, graphHash: during.graph.hash });
    const [state] = await cypher(
      targetDb,
      `MATCH (c:BackupCounter {run: $run})
       RETURN c.count AS count,
         COUNT { MATCH (w:BackupWritten {run: $run}) } AS nodes,
         COUNT { MATCH (c)-[:WROTE]->(:BackupWritten) } AS links,
         COLLECT { MATCH (w:BackupWritten {run: $run}) RETURN w.seq ORDER BY w.seq } AS seqs,
         COUNT { MATCH (w:BackupWritten|BackupLoose {run: $run}) WHERE w.text IS NULL OR w.at IS NULL OR w.seq IS NULL } AS incomplete`,
      { run },
    );
    const count = state!.get('count').toNumber();
    expect(count).toBeGreaterThan(0);
    expect({
      nodes: state!.get('nodes').toNumber(),
      links: state!.get('links').toNumber(),
      incomplete: state!.get('incomplete').toNumber(),
    }).toEqual({
      nodes: count,
      links: count,
      incomplete: 0,
    });
    expect(state!.get('seqs').map((s: { toNumber(): number }) => s.toNumber())).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('under a storm of new records, either proves a still moment or refuses, never leaving a file it cannot vouch for', async () => {
    let stop = false;
    const storm = (async () => {
      const session = db.driver.session();
      for (let seq = 0; !stop; seq++)
        await session.executeWrite((tx) => tx.run('CREATE (:BackupLoose {run: $run, seq: $seq, storm: true})', { run, seq }));
      await session.close();
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const out = file('storm.jsonl');
    const result = await writeBackup(db, out, { source: 'the test database', lockBudgetMs: 3000 }).catch(
      (error: Error & { code?: string }) => error,
    );
    stop = true;
    await storm;
    if (result instanceof Error) {
      expect(result).toMatchObject({ code: 'SNAPSHOT_BUSY', message: expect.stringContaining('new records kept being created') });
      expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
    } else {
      expect((await validateBackup(out)).graph).toEqual(result.graph);
    }
  });

  it('npm run backup and npm run restore: a round trip through the commands, and [CODE] with the line on a damaged file', async () => {
    const shared = inject('neo4j')!;
    const { user = 'neo4j', password = '' } = target as { user?: string; password?: string } & EmbeddedNeo4j;
    const cli = (script: string, args: string[], connection: { uri: string; user: string; password: string }) =>
      exec(path.resolve('node_modules/.bin/tsx'), [`server/cli/${script}.ts`, ...args], {
        env: { PATH: process.env.PATH ?? '', NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password },
      });
    const out = file('cli.jsonl');
    const backedUp = await cli('backup', ['--out', out], shared);
    expect(backedUp.stdout).toMatch(/^Backed up \d+ nodes and \d+ relationships to .*cli\.jsonl \([\d.]+ MB\) in [\d.]+ s;/);
    const graphHash = /graph hash ([0-9a-f]{64})/.exec(backedUp.stdout)![1];

    const damagedFile = file('cli-damaged.jsonl');
    writeFileSync(damagedFile, readFileSync(out, 'utf8').replace('"labels":["Case"]', '"labels":["Cas"]'));
    const refused = await cli('restore', [damagedFile], { uri: target.uri, user, password }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/\[DAMAGED_BACKUP\] line \d+ \(byte \d+\): its content does not match/),
    });
    expect(await countAll(targetDb)).toEqual({ n: neo4j.int(0), r: neo4j.int(0) });

    const restored = await cli('restore', [out], { uri: target.uri, user, password });
    expect(restored.stdout).toContain(`graph hash ${graphHash} equals the backup's`);
  });
});
