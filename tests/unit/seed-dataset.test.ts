import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, seedDir } from '../../server/paths.js';
import { containsQuote, normaliseForQuote } from '../../domain/quotes.js';
import { readDataset } from '../../server/seed/read-dataset.js';

// The originals of the seed articles, beside the repository (shared/seeds), as the issue tracker hands them out.
const ORIGINALS = path.resolve(projectRoot, '../shared/seeds');
const dataset = readDataset(seedDir);
const citedRecords = [...dataset.entities, ...dataset.relationships, ...dataset.claims];

describe('the seed dataset', () => {
  it('cites at least one quote for every entity, relationship and claim', () => {
    const uncited = citedRecords.filter((r) => r.citations.length === 0).map((r) => r.id);
    expect(uncited).toEqual([]);
    expect(dataset.entities.length).toBeGreaterThan(50);
    expect(dataset.relationships.length).toBeGreaterThan(100);
  });

  it('names each source by its seed file', () => {
    expect(dataset.sources.map((s) => s.id).sort()).toEqual([
      '000_760c9d7c1e926fee',
      '001_5d51890738cb558a',
      '002_06c7abdfee648ecc',
      '003_070f39f0f6b30c69',
      '004_4993d1cd090f0092',
    ]);
  });

  describe.skipIf(!existsSync(ORIGINALS))('against the original articles in shared/seeds', () => {
    const original = (id: string) => readFileSync(path.join(ORIGINALS, `${id}.txt`), 'utf8');

    it('finds every quote verbatim (whitespace-normalised) in the original it cites', () => {
      const missing = citedRecords.flatMap((r) =>
        r.citations.filter((c) => !containsQuote(original(c.sourceId), c.quote)).map((c) => `${r.id}: ${c.quote}`),
      );
      expect(missing).toEqual([]);
    });

    it('keeps each cleaned source text as paragraphs of its original, boilerplate removed', () => {
      for (const source of dataset.sources) {
        const paragraphs = source.text
          .split(/\n\s*\n/)
          .map(normaliseForQuote)
          .filter(Boolean);
        for (const paragraph of paragraphs) expect(normaliseForQuote(original(source.id)), source.id).toContain(paragraph);
        expect(source.text).not.toMatch(/Leave a Reply|Font size|business efficient|Printer-friendly|bloggers like this/);
      }
    });
  });

  it('uses only aliases that the sources actually write', () => {
    const allText = dataset.sources.map((s) => normaliseForQuote(s.text).toLowerCase()).join('\n');
    const invented = dataset.entities.flatMap((e) =>
      e.aliases.filter((a) => !allText.includes(normaliseForQuote(a.name).toLowerCase())).map((a) => `${e.id}: ${a.name}`),
    );
    expect(invented).toEqual([]);
  });

  it('records why each date inferred from context was inferred', () => {
    const dated = [...dataset.entities, ...dataset.relationships].filter((r) => r.dateInferred);
    expect(dated.length).toBeGreaterThan(0);
    for (const record of dated) expect(record.dateInferred!.length, record.id).toBeGreaterThan(15);
  });

  it('keeps both sides where the sources disagree on the ban imposed on Kushakbayev', () => {
    const ban = dataset.claims.filter((c) => c.subject === 'event/sentence-of-kushakbayev' && c.attribute === 'ban on public activity');
    expect(ban.map((c) => [c.value, c.citations[0]?.sourceId])).toEqual([
      ['3 years', '000_760c9d7c1e926fee'],
      ['2 years after the sentence is served', '003_070f39f0f6b30c69'],
    ]);
  });
});
