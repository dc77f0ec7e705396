// A reduced run of npm run eval:ingest: two seed articles as scraped and the unseen report, against the seed graph.
// Floors, not targets: a change that makes linking or proposals clearly worse fails here; the full figures are in the README.
import { describe, expect, it } from 'vitest';
import { evaluate, precision, recall, sum } from '../../server/ingest/evaluate.js';
import { evaluationInputs } from '../../server/ingest/evaluation-inputs.js';
import { buildGazetteer, knownEntities } from '../../server/ingest/gazetteer.js';
import { readLexicon } from '../../server/ingest/lexicon.js';
import { seedDir } from '../../server/paths.js';
import { readDataset } from '../../server/seed/read-dataset.js';

const dataset = readDataset(seedDir);
const gazetteer = buildGazetteer(knownEntities(dataset.entities, dataset.relationships));
const lexicon = readLexicon(dataset.vocabulary);
const { seeds, unseen } = evaluationInputs(dataset);
const reduced = [...seeds.filter((s) => ['000_760c9d7c1e926fee', '003_070f39f0f6b30c69'].includes(s.label.source)), ...unseen];
const result = evaluate(reduced, gazetteer, lexicon);
const people = sum(['person', 'organisation', 'court'].map((k) => result.linking[k] ?? { tp: 0, fp: 0, fn: 0 }));

describe('ingestion on labelled reports (reduced run)', () => {
  it('links people, organisations and courts at 0.9 precision and 0.8 recall or better', () => {
    expect(precision(people)).toBeGreaterThanOrEqual(0.9);
    expect(recall(people)).toBeGreaterThanOrEqual(0.8);
  });

  it('proposes relationships at 0.7 precision or better', () => {
    expect(precision(result.relationships)).toBeGreaterThanOrEqual(0.7);
    expect(result.relationships.tp).toBeGreaterThan(10);
  });

  it('finds nothing in page chrome and never links the regional union to the national one', () => {
    expect(result.fromChrome).toEqual({ mentions: 0, proposals: 0 });
    expect(result.forbidden).toBe(0);
  });
});
