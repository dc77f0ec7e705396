// Requests too large or too deeply nested to be worth parsing are refused before GraphQL parses or coerces them: a
// body over the size cap (413), a query whose brackets nest deeper than any real query (the parser recurses on them
// and would overflow the stack: HTTP 500), variables nested deeper than any input type, or holding huge arrays.
// Each is a 4xx with code BAD_USER_INPUT and a message saying which limit; nothing reaches a resolver.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface RequestGuardLimits {
  /** Bytes of a request body: a report file base64-encoded up to its cap (domain/input-rules.ts MAX_BASE64), in JSON. */
  maxBodyBytes: number;
  /** Characters of the query text. */
  maxQueryLength: number;
  /** Brackets ({ [ () open at once in the query text. */
  maxQueryNesting: number;
  /** Objects and arrays open at once in the variables (the deepest input type needs 4). */
  maxVariableDepth: number;
  /** Items of any one array in the variables. */
  maxArrayItems: number;
  /** Values (strings, numbers, objects…) in all the variables together. */
  maxVariableValues: number;
}

export const defaultRequestGuardLimits: RequestGuardLimits = {
  maxBodyBytes: 20 * 1024 * 1024,
  maxQueryLength: 100_000,
  maxQueryNesting: 64,
  maxVariableDepth: 16,
  maxArrayItems: 1_000,
  maxVariableValues: 20_000,
};

const refuse = (message: string, status = 400) => createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status } } });

/** How deep brackets nest in a GraphQL document, strings and comments aside; stops counting past `limit`. */
export function queryNesting(query: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length && deepest <= limit; i++) {
    const c = query[i];
    if (c === '#') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '"') {
      if (query.startsWith('"""', i)) {
        const end = query.indexOf('"""', i + 3);
        i = end < 0 ? query.length : end + 2;
      } else {
        for (i++; i < query.length && query[i] !== '"' && query[i] !== '\n'; i++) if (query[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === '}' || c === ']' || c === ')') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** What is wrong with a variables (or extensions) object, walked without recursion; null when nothing is. */
export function variablesProblem(value: unknown, limits: RequestGuardLimits, name = 'variables'): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value: item, depth } = stack.pop()!;
    if (++count > limits.maxVariableValues) return `${name} may hold at most ${limits.maxVariableValues.toLocaleString('en')} values`;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limits.maxVariableDepth) return `${name} may nest objects and lists at most ${limits.maxVariableDepth} deep`;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (Array.isArray(item) && item.length > limits.maxArrayItems)
      return `${name} may hold lists of at most ${limits.maxArrayItems.toLocaleString('en')} items, got ${item.length.toLocaleString('en')}`;
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/** The guards as yoga plugins: add them before the others, so nothing parses what they refuse. */
export function requestGuards(limits: RequestGuardLimits = defaultRequestGuardLimits): Plugin[] {
  return [
    {
      onRequest({ request, endResponse, fetchAPI }) {
        const length = Number(request.headers.get('content-length') ?? 0);
        if (!(length > limits.maxBodyBytes)) return;
        const message = `The request body is ${length.toLocaleString('en')} bytes; the limit is ${limits.maxBodyBytes.toLocaleString('en')}.`;
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }), {
            status: 413,
            headers: { 'content-type': 'application/json' },
          }),
        );
      },
      onParams({ params }) {
        const { query, variables, extensions } = params;
        if (typeof query === 'string') {
          if (query.length > limits.maxQueryLength)
            throw refuse(
              `The query is ${query.length.toLocaleString('en')} characters; the limit is ${limits.maxQueryLength.toLocaleString('en')}.`,
            );
          if (queryNesting(query, limits.maxQueryNesting) > limits.maxQueryNesting)
            throw refuse(`The query nests brackets more than ${limits.maxQueryNesting} deep.`);
        }
        const problem = variablesProblem(variables ?? null, limits) ?? variablesProblem(extensions ?? null, limits, 'extensions');
        if (problem) throw refuse(`The request's ${problem}.`);
      },
    },
  ];
}
