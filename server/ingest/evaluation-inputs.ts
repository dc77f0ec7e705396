// The labelled reports of the evaluation (tests/fixtures/ingest-eval.yaml and the unseen report beside the fixtures),
// read for npm run eval:ingest and for the reduced run in the test suite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../paths.js';
import type { Dataset } from '../seed/schema.js';
import type { EvaluationInput, LabelledReport } from './evaluate.js';

const fixtures = path.join(projectRoot, 'tests', 'fixtures');

export function evaluationInputs(dataset: Dataset): { seeds: EvaluationInput[]; unseen: EvaluationInput[] } {
  const labels = parse(readFileSync(path.join(fixtures, 'ingest-eval.yaml'), 'utf8')) as { articles: LabelledReport[] };
  const seeds = labels.articles.map((label) => {
    const source = dataset.sources.find((s) => s.id === label.source);
    if (!source) throw new Error(`tests/fixtures/ingest-eval.yaml: no seed source ${label.source}`);
    return {
      label,
      text: readFileSync(path.join(fixtures, 'reports', 'seeds', `${label.source}.txt`), 'utf8'),
      date: source.date,
      articleLines: new Set(source.text.split('\n').map((l) => l.trim())),
    };
  });
  const unseenLabel = parse(readFileSync(path.join(fixtures, 'reports', 'new-report-kazakhstan.yaml'), 'utf8')) as LabelledReport;
  const unseen = [
    {
      label: unseenLabel,
      text: readFileSync(path.join(fixtures, 'reports', 'new-report-kazakhstan.txt'), 'utf8'),
      date: null,
      articleLines: null,
    },
  ];
  return { seeds, unseen };
}
