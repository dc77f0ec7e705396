// What one reply to a hostile request says: refused with a clear code, accepted, or a defect — an unexpected error
// (HTTP 5xx, "Unexpected error.", INTERNAL_SERVER_ERROR, an error without a code, no answer) or a leak (a stack
// trace, Cypher, a Java class, a file path of the server in what the client sees, beyond the value it sent).
import { forbiddenCharacter, MAX_SOURCE_TEXT } from '../../domain/input-rules.js';
import type { HostileReply } from './hostile-fixtures.js';

export type Outcome = 'refused' | 'accepted' | 'unexpected';

export interface Classified {
  outcome: Outcome;
  /** The refusal's code; `GRAPHQL_VALIDATION` for a 400 the GraphQL layer gave (a value of the wrong type). */
  code: string | null;
  message: string | null;
  /** What in the reply looks leaked, when anything does. */
  leak: string | null;
}

const LEAKS: readonly [string, RegExp][] = [
  ['stack trace', /\n\s+at \S|\bat (?:async )?[\w$.<>]+ \((?:file:\/\/)?\/[^)]*:\d+:\d+\)/],
  ['file path', /(?:\/work\/|\/home\/|\/usr\/|\/tmp\/|\/root\/|node_modules|[\w-]+\.(?:ts|js|mjs|cjs|cypher|java):\d+)/],
  ['Cypher', /\b(?:MATCH|MERGE|UNWIND|OPTIONAL MATCH|DETACH DELETE|CREATE)\s*\(|\bRETURN\s+[\w.]+\s+AS\b|\$[a-z]\w*\.\w+/],
  ['Java class', /\b(?:org\.neo4j|java\.(?:lang|util|io)|scala)\.[\w.$]+/],
  ['Neo4j error code', /\bNeo\.(?:ClientError|DatabaseError|TransientError)\.\w+/],
  [
    'JavaScript error',
    /\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack)\b|Cannot read propert|is not a function|undefined is not/,
  ],
];

/** The first thing in `text` that looks leaked and is not part of the value the request sent. */
export function findLeak(text: string, sent: string): string | null {
  for (const [what, pattern] of LEAKS) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
      const found = match[0];
      if (!sent.includes(found.trim())) return `${what}: ${found.trim().slice(0, 80)}`;
    }
  }
  return null;
}

/** A message quoting a value of megabytes is searched at its two ends, where anything but the value would be. */
const ENDS = 20_000;

/** Everything a client sees of a reply's errors, for the leak check. */
function visibleErrors(reply: HostileReply): string {
  const text = JSON.stringify(reply.errors ?? []);
  return text.length <= 2 * ENDS ? text : `${text.slice(0, ENDS)}\n${text.slice(-ENDS)}`;
}

/** The value as it travels in a request and as messages may quote it, to tell an echo from a leak. */
export function sentForms(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return typeof value === 'string' ? `${value}\n${json}` : json;
}

export function classify(reply: HostileReply, sent: string): Classified {
  const errors = reply.errors ?? [];
  const first = errors[0];
  const message = first?.message ?? reply.networkError ?? null;
  const leak = findLeak(visibleErrors(reply), sent);
  const code = (first?.extensions?.code as string | undefined) ?? (reply.status === 400 && first ? 'GRAPHQL_VALIDATION' : null);
  const unexpected =
    reply.networkError !== undefined ||
    reply.status >= 500 ||
    errors.some((e) => e.message === 'Unexpected error.' || e.extensions?.code === 'INTERNAL_SERVER_ERROR') ||
    (errors.length > 0 && code === null) ||
    (errors.length === 0 && (reply.data === undefined || reply.data === null));
  if (unexpected) return { outcome: 'unexpected', code, message, leak };
  return { outcome: errors.length > 0 ? 'refused' : 'accepted', code, message, leak };
}

/** Strings of an accepted reply that no stored value may be: a forbidden character, or longer than any field. */
export function storedViolations(data: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      const bad = forbiddenCharacter(value, true);
      if (bad) found.push(`stored ${bad.label} at offset ${bad.offset}`);
      if (value.length > MAX_SOURCE_TEXT) found.push(`stored a string of ${value.length} characters`);
    } else if (value && typeof value === 'object') stack.push(...Object.values(value));
  }
  return found;
}
