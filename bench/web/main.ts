// npm run bench:web -- [--sizes 1000,5000,20000] [--out bench/results/web.json] [--renderers canvas,webgl]
//   [--layouts fcose,timeline] [--measure-ms 3000]
// Prints a markdown table and writes the rows as JSON, and the table beside them (web.md, which npm run bench embeds).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RendererName } from '../../web/src/graph-scale.js';
import type { LayoutName } from '../../web/src/view-state.js';
import { runWebBench } from './web-bench.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    out: { type: 'string', default: 'bench/results/web.json' },
    renderers: { type: 'string', default: 'canvas,webgl' },
    layouts: { type: 'string', default: 'fcose' },
    'measure-ms': { type: 'string', default: '3000' },
  },
});

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const sizes = list(values.sizes).map(Number);
const renderers = list(values.renderers);
const layouts = list(values.layouts);
const measureMs = Number(values['measure-ms']);
const problems = [
  ...sizes.filter((n) => !Number.isInteger(n) || n < 2).map((n) => `--sizes: ${n} is not a whole number of elements`),
  ...renderers.filter((r) => r !== 'canvas' && r !== 'webgl').map((r) => `--renderers: ${r} is neither canvas nor webgl`),
  ...layouts.filter((l) => !['fcose', 'concentric', 'hierarchical', 'timeline'].includes(l)).map((l) => `--layouts: unknown layout ${l}`),
  ...(Number.isFinite(measureMs) && measureMs > 0 ? [] : ['--measure-ms must be a positive number']),
];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(2);
}

const report = await runWebBench({
  sizes,
  renderers: renderers as RendererName[],
  layouts: layouts as LayoutName[],
  measureMs,
  log: (line) => console.error(line),
});
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ measuredAt: new Date().toISOString(), rows: report.rows }, null, 2)}\n`);
const table = path.join(path.dirname(values.out), `${path.basename(values.out, path.extname(values.out))}.md`);
writeFileSync(table, `${report.markdown}\n`);
console.log(report.markdown);
console.error(`Rows written to ${values.out}, the table to ${table}`);
