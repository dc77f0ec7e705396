// The importer's CSV restates the stored form: every property of every kind of record has a column, and a property
// without one is refused rather than dropped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeImportFiles } from '../../server/seed/bulk-import.js';
import { SyntheticNetwork } from '../../server/synthetic/network.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pg-csv-'));

describe('writeImportFiles', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a column for every stored property of entities, links, claims and sources', () => {
    const batches = [...new SyntheticNetwork({ entities: 1000, seed: 4 }).batches()];
    const files = writeImportFiles(path.join(dir, 'ok'), batches);
    expect(files.counts.entities).toBe(batches.reduce((n, b) => n + b.entities.length, 0));
    const header = (name: string) => readFileSync(path.join(dir, 'ok', name), 'utf8').split('\n')[0]!;
    const columns = (name: string) =>
      header(name)
        .split(',')
        .map((c) => c.split(':')[0]!);
    const first = batches.find((b) => b.claims.length > 0)!;
    expect(columns('entities.csv').sort()).toEqual(Object.keys(batches[0]!.entities[0]!).sort());
    expect(columns('relations.csv').filter(Boolean).sort()).toEqual(Object.keys(first.relationships[0]!.props).sort());
    expect(columns('claims.csv').sort()).toEqual(Object.keys(first.claims[0]!.props).sort());
    expect(columns('sources.csv').sort()).toEqual(Object.keys(batches[0]!.sources[0]!).sort());
  });

  it('refuses a record with a property it has no column for, naming it', () => {
    const batch = { sources: [], entities: [{ id: 'person/x', name: 'X', invented: 1 }], relationships: [], claims: [] };
    expect(() => writeImportFiles(path.join(dir, 'bad'), [batch])).toThrow(/entity: no CSV column for invented/);
  });
});
