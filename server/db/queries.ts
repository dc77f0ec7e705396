// Loads every cypher/<area>/<use-case>.cypher once, into a frozen map keyed "area/use-case".
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

export function loadQueries(dir = cypherDir): Queries {
  const queries: Record<string, string> = {};
  for (const file of listCypherFiles(dir)) {
    const key = path
      .relative(dir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    queries[key] = readFileSync(file, 'utf8');
  }
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
