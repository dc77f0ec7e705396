import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset, SeedError } from '../../server/seed/read-dataset.js';

const fixture = path.resolve('tests/fixtures/seed-mini');

/** A copy of the mini seed with one file edited. */
function seedWith(file: string, edit: (text: string) => string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'seed-')), 'seed');
  cpSync(fixture, dir, { recursive: true });
  const target = path.join(dir, 'cases/mini', file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  return dir;
}

function problemsOf(seedRoot: string): string[] {
  try {
    readDataset(seedRoot);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as SeedError).problems.map((p) => `${p.file} [${p.record ?? ''}] ${p.reason}`);
  }
  throw new Error('expected the seed to be rejected');
}

describe('readDataset', () => {
  it('reads a valid case with its sources, entities, relationships and claims', () => {
    const dataset = readDataset(fixture);
    expect(dataset.cases.map((c) => c.id)).toEqual(['mini']);
    expect(dataset.sources.map((s) => s.id)).toEqual(['mini-1', 'mini-2']);
    expect(dataset.entities).toHaveLength(3);
    expect(dataset.relationships).toHaveLength(2);
    expect(dataset.claims).toHaveLength(2);
  });

  it('names the file, the record and the reason of a missing field', () => {
    const root = seedWith('entities.yaml', (t) => t.replace('  name: Anna Testova\n', ''));
    expect(problemsOf(root)).toEqual([
      'seed/cases/mini/entities.yaml [#1 person/anna-testova] name: Invalid input: expected string, received undefined',
    ]);
  });

  it('rejects an unknown kind, naming the known ones', () => {
    const root = seedWith('entities.yaml', (t) => t.replace('kind: person', 'kind: persn'));
    expect(problemsOf(root)[0]).toContain('entities.yaml [person/anna-testova] kind "persn" is not one of: person, organisation, event');
  });

  it('rejects a citation of an unknown source', () => {
    const root = seedWith('relationships.yaml', (t) =>
      t.replace('{ source: mini-1, quote: "Anna Testova, president', '{ source: mini-9, quote: "Anna Testova, president'),
    );
    expect(problemsOf(root)).toEqual(['seed/cases/mini/relationships.yaml [rel/testova-leads-ewu] source "mini-9" does not exist']);
  });

  it('rejects a quote that is not in its source', () => {
    const root = seedWith('claims.yaml', (t) =>
      t.replace('barred from union activity for three years', 'barred from union activity for four years'),
    );
    expect(problemsOf(root)).toEqual([
      'seed/cases/mini/claims.yaml [claim/testova-ban-mini-2] the quote "barred from union activity for four years" is not in the source\'s text; ' +
        'the nearest passage is "barred from union activity for three years" (source "mini-2")',
    ]);
  });

  it('rejects a duplicate id', () => {
    const root = seedWith('relationships.yaml', (t) => t.replace('id: rel/testova-defendant', 'id: rel/testova-leads-ewu'));
    expect(problemsOf(root)).toEqual(['seed/cases/mini/relationships.yaml [rel/testova-leads-ewu] duplicate id']);
  });

  it('rejects an edge to an unknown entity and an unknown relationship type', () => {
    const root = seedWith('relationships.yaml', (t) =>
      t.replace('to: organisation/example-workers-union', 'to: organisation/nobody').replace('type: LEADS', 'type: HEADS'),
    );
    expect(problemsOf(root)).toEqual([
      'seed/cases/mini/relationships.yaml [rel/testova-leads-ewu] type "HEADS" is not one of: LEADS, PARTICIPANT_IN',
      'seed/cases/mini/relationships.yaml [rel/testova-leads-ewu] refers to unknown entity "organisation/nobody"',
    ]);
  });

  it('reports broken YAML with its file', () => {
    const root = seedWith('claims.yaml', (t) => `${t}\n  - : [unclosed`);
    expect(problemsOf(root)[0]).toMatch(/^seed\/cases\/mini\/claims.yaml \[\] not valid YAML/);
  });
});
