// npm run prove [-- --reduced] [--out docs/prove/results.md]: the full proof (50 rounds of each race, both faults, a
// five-minute soak with 16 clients, the hostile corpus, a backup round trip) on a fresh server, written as markdown
// and JSON. Exits 1 when any check fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FULL, prove, REDUCED } from './prove.js';
import { passed, renderProof, verdictOf } from './report.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reduced: { type: 'boolean', default: false }, out: { type: 'string', default: 'docs/prove/results.md' } },
  });
  const form = values.reduced ? REDUCED : FULL;
  const results = await prove({ ...form, log: (line) => console.log(line) });
  const out = path.resolve(values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, renderProof(results));
  writeFileSync(out.replace(/\.md$/, '.json'), JSON.stringify(results, null, 2));
  const verdict = verdictOf(results);
  console.log(JSON.stringify(verdict));
  console.log(`Wrote ${path.relative(process.cwd(), out)}: ${passed(verdict) ? 'every check passed' : 'SOME CHECKS FAILED'}`);
  process.exitCode = passed(verdict) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`prove failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
