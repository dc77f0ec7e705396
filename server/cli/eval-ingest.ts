// npm run eval:ingest [-- --names-only] [--tagger compromise|wink|none] [--verbose] [--json]: how well ingestion finds, links and proposes, on the hand-labelled
// seed articles (as scraped, chrome and all) and on an unseen report written with other spellings.
import { runCommand } from '../command.js';
import { evaluate, precision, recall, sum, type Evaluation, type Tally } from '../ingest/evaluate.js';
import { evaluationInputs } from '../ingest/evaluation-inputs.js';
import { buildGazetteer, knownEntities } from '../ingest/gazetteer.js';
import { readLexicon } from '../ingest/lexicon.js';
import { compromiseTagger, noTagger } from '../ingest/taggers.js';
import { seedDir } from '../paths.js';
import { readDataset } from '../seed/read-dataset.js';

const figure = (n: number | null) => (n === null ? '  –  ' : n.toFixed(2).padStart(5));
const row = (name: string, t: Tally) =>
  `  ${name.padEnd(22)} P ${figure(precision(t))}  R ${figure(recall(t))}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

function report(title: string, e: Evaluation): string {
  const lines = [`${title}  (${e.milliseconds} ms)`, ' mentions'];
  for (const [kind, t] of Object.entries(e.mentions).sort()) lines.push(row(kind, t));
  lines.push(row('all', sum(Object.values(e.mentions))), ' linking to existing entities');
  for (const [kind, t] of Object.entries(e.linking).sort()) lines.push(row(kind, t));
  lines.push(row('people+orgs+courts', sum(['person', 'organisation', 'court'].map((k) => e.linking[k] ?? { tp: 0, fp: 0, fn: 0 }))));
  lines.push(
    ' proposals',
    row('relationships', e.relationships),
    row('relationships (direct)', e.relationshipsDirect),
    row('claims', e.claims),
  );
  lines.push(
    ` from page chrome: ${e.fromChrome.mentions} mentions, ${e.fromChrome.proposals} proposals; forbidden links proposed: ${e.forbidden}`,
  );
  if (verbose) lines.push(...e.errors.map((error) => `   - ${error}`));
  return lines.join('\n');
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');

runCommand(async () => {
  const dataset = readDataset(seedDir);
  const namesOnly = args.includes('--names-only');
  const entities = dataset.entities.map((e) => (namesOnly ? { ...e, aliases: [] } : e));
  const gazetteer = buildGazetteer(knownEntities(entities, dataset.relationships));
  const lexicon = readLexicon(dataset.vocabulary);
  const { seeds, unseen } = evaluationInputs(dataset);
  const which = args.includes('--tagger') ? (args[args.indexOf('--tagger') + 1] ?? '') : 'compromise';
  const tagger =
    !args.includes('--tagger') || which === 'compromise'
      ? compromiseTagger
      : which === 'none'
        ? noTagger
        : which === 'wink'
          ? (await import('../ingest/wink-tagger.js')).winkTagger()
          : null;
  if (!tagger) throw new Error(`--tagger ${which}: use compromise, wink or none`);
  const results = { seeds: evaluate(seeds, gazetteer, lexicon, tagger), unseen: evaluate(unseen, gazetteer, lexicon, tagger) };
  if (args.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  const graph = `${namesOnly ? 'the graph without its aliases' : 'the seeded graph'}, tagger ${which}`;
  console.log(report(`Five seed articles, as scraped, against ${graph}`, results.seeds));
  console.log();
  console.log(report(`Unseen report (other spellings), against ${graph}`, results.unseen));
});
