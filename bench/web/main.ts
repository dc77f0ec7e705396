// npm run bench:web -- [--sizes 1000,5000,20000] [--out bench/results/web.json] [--renderers canvas,webgl]
//   [--layouts fcose,timeline] [--measure-ms 3000] [--runs 3] [--screenshots docs] [--screenshot-sizes 5000]
// Prints a markdown table and writes the rows as JSON, and the table beside them (web.md, which npm run bench embeds).
// --screenshots also opens the page itself on views of --screenshot-sizes at 1366×768 and 1920×1080 and saves
// scale-<size>-<width>.png there (--sizes "" for the screenshots alone).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import type { RendererName } from '../../web/src/graph-scale.js';
import type { LayoutName } from '../../web/src/view-state.js';
import { screenshotPage } from './page-screenshots.js';
import { runWebBench } from './web-bench.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    out: { type: 'string', default: 'bench/results/web.json' },
    renderers: { type: 'string', default: 'canvas,webgl' },
    layouts: { type: 'string', default: 'fcose' },
    'measure-ms': { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
    screenshots: { type: 'string' },
    'screenshot-sizes': { type: 'string', default: '5000' },
  },
});

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sizes = list(values.sizes).map(Number);
const shotSizes = list(values['screenshot-sizes']).map(Number);
const renderers = list(values.renderers);
const layouts = list(values.layouts);
const measureMs = Number(values['measure-ms']);
const runs = Number(values.runs);
const problems = [
  ...[...sizes, ...shotSizes].filter((n) => !Number.isInteger(n) || n < 2).map((n) => `${n} is not a whole number of elements`),
  ...renderers.filter((r) => r !== 'canvas' && r !== 'webgl').map((r) => `--renderers: ${r} is neither canvas nor webgl`),
  ...layouts.filter((l) => !['fcose', 'concentric', 'hierarchical', 'timeline'].includes(l)).map((l) => `--layouts: unknown layout ${l}`),
  ...(Number.isFinite(measureMs) && measureMs > 0 ? [] : ['--measure-ms must be a positive number']),
  ...(Number.isInteger(runs) && runs > 0 ? [] : ['--runs must be a whole number, at least 1']),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(2);
}

if (sizes.length > 0) {
  const report = await runWebBench({
    sizes,
    renderers: renderers as RendererName[],
    layouts: layouts as LayoutName[],
    measureMs,
    runs,
    log: (line) => console.error(line),
  });
  mkdirSync(path.dirname(values.out), { recursive: true });
  // Written as the formatter would write it, so results committed beside the code pass npm run format:check.
  const json = JSON.stringify({ measuredAt: new Date().toISOString(), rows: report.rows });
  writeFileSync(values.out, await format(json, { ...(await resolveConfig(values.out)), parser: 'json' }));
  const table = path.join(path.dirname(values.out), `${path.basename(values.out, path.extname(values.out))}.md`);
  writeFileSync(table, `${report.markdown}\n`);
  console.log(report.markdown);
  console.error(`Rows written to ${values.out}, the table to ${table}`);
}

if (values.screenshots) {
  const shots = await screenshotPage({ sizes: shotSizes, dir: values.screenshots, log: (line) => console.error(line) });
  console.log('');
  for (const shot of shots)
    console.log(`- ${shot.file}: the page, ${shot.nodes} entities and ${shot.edges} links, drawn ${shot.readyMs} ms after the answer`);
}
