// npm run ingest against the seeded graph: an unseen report with other spellings, read as a dry run (nothing written)
// and in machine-readable form; a folder with a bad file in it is taken in file by file and the bad one named.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { connectToTestDatabase, countIn } from './helpers.js';

const exec = promisify(execFile);
const REPORT = path.resolve('tests/fixtures/reports/new-report-kazakhstan.txt');

function ingestCli(...args: string[]) {
  const connection = inject('neo4j')!;
  return exec(path.resolve('node_modules/.bin/tsx'), ['server/cli/ingest.ts', ...args], {
    env: { PATH: process.env.PATH ?? '', NEO4J_URI: connection.uri, NEO4J_USER: connection.user, NEO4J_PASSWORD: connection.password },
    maxBuffer: 20 * 1024 * 1024,
  });
}

interface DryRun {
  source: { id: string; sha256: string; date: string | null; alreadyIngestedAs: string | null };
  removed: { start: number; end: number; reason: string }[];
  mentions: { text: string; kind: string; link: { entityId: string | null; score: number; reasons: string[] } | null }[];
  relationships: {
    type: string;
    from: string;
    to: string;
    role: string | null;
    quote: string;
    confidence: number;
    corroborates: string | null;
  }[];
  claims: { subject: string; attribute: string; value: string; quote: string }[];
}

describe('npm run ingest', () => {
  let db: Database;
  let dryRun: DryRun;
  beforeAll(async () => {
    db = connectToTestDatabase();
    const before = await countIn(db, 'MATCH (n) RETURN count(n)', {});
    const { stdout } = await ingestCli(REPORT, '--case', 'kazakhstan-trade-unions', '--dry-run', '--json');
    dryRun = JSON.parse(stdout) as DryRun;
    expect(await countIn(db, 'MATCH (n) RETURN count(n)', {})).toBe(before);
  });
  afterAll(() => db.driver.close());

  it('links other spellings of the seeded graph’s people and bodies to them, with reasons', () => {
    const link = (text: string) => dryRun.mentions.find((m) => m.text === text)?.link;
    expect(link('Nurbek Kushakpaev')?.entityId).toBe('person/nurbek-kushakbayev');
    expect(link('Нурбек Кушакбаев')?.entityId).toBe('person/nurbek-kushakbayev');
    expect(link('Нурбек Кушакбаев')?.reasons).toContain('Cyrillic transliterated');
    expect(link('Kushakpaev')?.entityId).toBe('person/nurbek-kushakbayev');
    expect(link('Larisa Harkova')?.entityId).toBe('person/larisa-kharkova');
    expect(link('CITUK')?.entityId).toBe('organisation/knprk');
    expect(link('International Labor Organization')?.entityId).toBe('organisation/ilo');
  });

  it('keeps a regional union with a similar name apart from the national one', () => {
    const regional = dryRun.mentions.find((m) => m.text === 'Fuel and Energy Workers’ Union of Mangystau')!;
    expect(regional.link?.entityId).toBeNull();
    expect(regional.link?.reasons.join(' ')).toMatch(/Fuel and Energy Workers’ Union.*Mangystau/i);
    expect(
      dryRun.relationships.filter((r) => r.to === 'organisation/fuel-and-energy-workers-union' && r.from.includes('Mangystau')),
    ).toEqual([]);
  });

  it('proposes facts the graph holds as corroborations, each quoting its sentence', () => {
    const leads = dryRun.relationships.find((r) => r.type === 'LEADS' && r.from === 'person/nurbek-kushakbayev');
    expect(leads).toMatchObject({ to: 'organisation/knprk', role: 'vice-president' });
    expect(leads!.corroborates).toMatch(/^rel\//);
    const sentence = dryRun.relationships.find((r) => r.from === 'person/nurbek-kushakbayev' && r.to === 'event/sentence-of-kushakbayev');
    expect(sentence?.role).toBe('defendant');
    for (const r of dryRun.relationships) expect(r.quote.length).toBeGreaterThan(10);
    expect(dryRun.source.date).toBe('2017-10-02');
    expect(dryRun.removed.map((r) => r.reason)).toEqual(['share widget', 'footer']);
  });

  it('takes a folder in file by file, names the file it could not read, and writes nothing for it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-folder-'));
    const unique = `Oslo, 3 March 2021. Maria Testsen, president of the Harbour Workers’ Union, was arrested. (${Math.random()})`;
    writeFileSync(path.join(dir, 'a-report.txt'), unique);
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    copyFileSync(path.resolve('tests/fixtures/reports/scanned-image.pdf'), path.join(dir, 'c-scan.pdf'));
    const reports = await countIn(db, 'MATCH (r:Report) RETURN count(r)', {});
    const failed = await ingestCli(dir, '--case', 'kazakhstan-trade-unions').then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/a-report\.txt: taken in as report-/);
    expect(failed?.stderr).toMatch(/2 of 3 report\(s\) not taken in/);
    expect(failed?.stderr).toMatch(/b-empty\.txt: .*empty/i);
    expect(failed?.stderr).toMatch(/c-scan\.pdf: .*text layer/i);
    expect(await countIn(db, 'MATCH (r:Report) RETURN count(r)', {})).toBe(reports + 1);
    const sourceId = /taken in as (report-[0-9a-f]+)/.exec(failed!.stdout)![1]!;
    const session = db.driver.session();
    try {
      // Leave the shared seeded database as it was found.
      await session.run('MATCH (p:Proposal {sourceId: $id}) DETACH DELETE p', { id: sourceId });
      await session.run('MATCH (r:Report {sourceId: $id}) DETACH DELETE r', { id: sourceId });
      await session.run('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: sourceId });
    } finally {
      await session.close();
    }
  });
});
