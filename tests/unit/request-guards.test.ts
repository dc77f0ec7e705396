import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { defaultRequestGuardLimits, queryNesting, requestGuards, variablesProblem } from '../../server/request-guards.js';
import { buildSchema } from '../../server/schema/index.js';
import { requestShapeLimits } from '../../server/security.js';

// The schema and shape limits the app serves, with the guards in front; no request here reaches a resolver.
const yoga = createYoga({ schema: buildSchema(), plugins: [...requestGuards(), ...requestShapeLimits()], maskedErrors: { isDev: false } });

async function post(body: string) {
  const response = await yoga.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, error: json.errors?.[0] };
}

const nested = (open: string, close: string, depth: number, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
const SEARCH = 'query($k: [String!]) { search(text: "x", kinds: $k) { matched } }';

describe('request guards', () => {
  it('refuse a query whose value nests 20,000 lists deep with a 400, not a stack overflow and a 500', async () => {
    const query = `{ search(text: "x", kinds: ${nested('[', ']', 20_000, '"a"')}) { matched } }`;
    const { status, error } = await post(JSON.stringify({ query }));
    expect(status).toBe(400);
    expect(error).toMatchObject({ message: 'The query nests brackets more than 64 deep.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it.each([
    ['lists nested 20,000 deep', nested('[', ']', 20_000, '"a"'), 'nest objects and lists at most 16 deep'],
    ['objects nested 20,000 deep', nested('{"a":', '}', 20_000, '1'), 'nest objects and lists at most 16 deep'],
    ['an array of 200,000 items', JSON.stringify(Array(200_000).fill('person')), 'lists of at most 1,000 items, got 200,000'],
  ])('refuse variables holding %s with a 400', async (_, value, said) => {
    const { status, error } = await post(`{"query":${JSON.stringify(SEARCH)},"variables":{"k":${value}}}`);
    expect(status).toBe(400);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(said);
  });

  it('refuse deeply nested extensions and an overlong query', async () => {
    expect((await post(`{"query":"{ __typename }","extensions":${nested('{"a":', '}', 50, '1')}}`)).status).toBe(400);
    const long = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(100_001)}` }));
    expect(long).toMatchObject({ status: 400, error: { extensions: { code: 'BAD_USER_INPUT' } } });
  });

  it('refuse a body over the size cap by its length, before reading it', async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(21 * 1024 * 1024) },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(413);
  });

  it('let ordinary requests through', async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { input: { citations: [{ sourceId: 's', quote: 'q' }] } } }),
    });
    expect(response.status).toBe(200);
  });

  it('count brackets outside strings, block strings and comments only', () => {
    expect(queryNesting('{ a(b: "[[[[[", c: """ {{{{ """) { d { e } } } # [[[[[[', 64)).toBe(3);
    expect(queryNesting('{ a(b: "\\"[[[") }', 64)).toBe(2);
    expect(variablesProblem({ input: { citations: [{ quote: 'q' }] } }, defaultRequestGuardLimits)).toBeNull();
  });
});
