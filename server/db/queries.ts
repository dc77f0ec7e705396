// Loads every cypher/<area>/<use-case>.cypher once, into a frozen map keyed "area/use-case". One projection, many
// queries: `@entity(n)` in a file is replaced by cypher/fragments/entity.cypher with its `__` standing for `n`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cypherDir } from '../paths.js';

export type Queries = Readonly<Record<string, string>>;

export class MissingQueryError extends Error {
  readonly code = 'QUERY_MISSING';
}

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listCypherFiles(full);
    return name.endsWith('.cypher') ? [full] : [];
  });
}

const FRAGMENTS = 'fragments';
const INCLUDE = /@([a-z][a-z-]*)\((\w+)\)/g;

/** Replaces every `@fragment(variable)` with the fragment's text (its comment lines dropped), recursively. */
export function expandFragments(text: string, fragments: Readonly<Record<string, string>>, depth = 0): string {
  if (depth > 5) throw new MissingQueryError('Cypher fragments include each other in a cycle');
  return text.replace(INCLUDE, (_, name: string, variable: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new MissingQueryError(`Cypher fragment cypher/${FRAGMENTS}/${name}.cypher is missing`);
    const body = fragment
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .trim()
      .replace(/\b__\b/g, variable);
    return expandFragments(body, fragments, depth + 1);
  });
}

export function loadQueries(dir = cypherDir): Queries {
  const files: Record<string, string> = {};
  for (const file of listCypherFiles(dir)) {
    const key = path
      .relative(dir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    files[key] = readFileSync(file, 'utf8');
  }
  const fragments = Object.fromEntries(
    Object.entries(files).flatMap(([key, text]) => (key.startsWith(`${FRAGMENTS}/`) ? [[key.slice(FRAGMENTS.length + 1), text]] : [])),
  );
  const queries = Object.fromEntries(
    Object.entries(files).flatMap(([key, text]) => (key.startsWith(`${FRAGMENTS}/`) ? [] : [[key, expandFragments(text, fragments)]])),
  );
  return Object.freeze(queries);
}

/** Looks a query up, failing loudly: a missing file is a programming error found at startup. */
export function requireQuery(queries: Queries, key: string): string {
  const text = queries[key];
  if (text === undefined) throw new MissingQueryError(`Cypher file cypher/${key}.cypher is missing`);
  return text;
}

/** Splits a file of several `;`-terminated statements (schema.cypher), dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
