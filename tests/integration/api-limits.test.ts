import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase } from '../../server/db/database.js';
import { graphqlRequest, useAppOverTestDatabase } from './helpers.js';

describe('limits and the GraphQL-over-HTTP contract', () => {
  const suite = useAppOverTestDatabase();

  it('answers a GET query with application/graphql-response+json', async () => {
    const query = encodeURIComponent('{ entity(id: "organisation/knprk") { name } }');
    const response = await suite.app.fetch(`http://test/graphql?query=${query}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(await response.json()).toEqual({ data: { entity: { name: 'Confederation of Independent Trade Unions of Kazakhstan' } } });
  });

  it('refuses a mutation sent with GET', async () => {
    const query = encodeURIComponent('mutation { deleteRelationship(id: "x") }');
    const response = await suite.app.fetch(`http://test/graphql?query=${query}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(405);
  });

  it('refuses an over-deep query before touching the database', async () => {
    const ordinary = `{ search(text: "KNPRK") { entity { citations { source { id } } claims { citations { source { id title } } } } } }`;
    expect((await graphqlRequest(suite.app, ordinary)).body.errors).toBeUndefined();
    const fields = Array.from({ length: 14 }).reduce<string>((inner) => `citations { source { id } quote } claims { ${inner} }`, 'id');
    const { body } = await graphqlRequest(suite.app, `{ entity(id: "organisation/knprk") { claims { ${fields} } } }`);
    expect(body.errors?.[0]?.message).toMatch(/depth limit/i);
    expect(body.data ?? null).toBeNull();
  });

  it('refuses a query whose estimated cost is too high', async () => {
    const { body } = await graphqlRequest(suite.app, `{ search(text: "KNPRK", first: 100000) { score } }`);
    expect(body.errors?.[0]?.message).toMatch(/Cost limit/i);
  });

  it('refuses too many aliases in one request', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `a${i}: search(text: "KNPRK") { score }`).join(' ');
    const { body } = await graphqlRequest(suite.app, `{ ${many} }`);
    expect(body.errors?.[0]?.message).toMatch(/aliases limit/i);
  });

  it('caps first, depth and maxHops with a clear message naming the argument', async () => {
    const cases: [string, string][] = [
      ['{ search(text: "KNPRK", first: 51) { score } }', 'first must be an integer from 1 to 50, got 51'],
      ['{ neighbourhood(id: "organisation/knprk", depth: 4) { truncated } }', 'depth must be an integer from 1 to 3, got 4'],
      ['{ neighbourhood(id: "organisation/knprk", limit: 10001) { truncated } }', 'limit must be an integer from 1 to 10000, got 10001'],
      ['{ paths(from: "a", to: "b", maxHops: 7) { length } }', 'maxHops must be an integer from 1 to 6, got 7'],
      ['{ paths(from: "a", to: "b", first: 11) { length } }', 'first must be an integer from 1 to 10, got 11'],
      ['{ timeline(from: "last year") { id } }', 'from must be an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD), got "last year"'],
    ];
    for (const [query, message] of cases) {
      const { body } = await graphqlRequest(suite.app, query);
      expect(body.errors?.[0], query).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('answers the widest allowed trace and a depth-3 neighbourhood of a hub within their caps', async () => {
    const { body } = await graphqlRequest<{ paths: { length: number }[]; neighbourhood: { nodes: unknown[] } }>(
      suite.app,
      `{ paths(from: "place/zhanaozen", to: "place/karaganda-region", maxHops: 6, first: 10) { length }
         neighbourhood(id: "organisation/government-of-kazakhstan", depth: 3, limit: 500) { nodes { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.paths.length).toBeLessThanOrEqual(10);
    expect(body.data!.neighbourhood.nodes.length).toBeLessThanOrEqual(500);
  });

  it('never shows a stack trace or Cypher to clients, even when a query fails in Neo4j', async () => {
    const broken = { ...suite.db.queries, 'search/candidates': 'MATCH (n:Entity) RETURN n.name + AS broken' };
    const app = createApp({ db: createDatabase(suite.db.driver, broken) });
    const { body } = await graphqlRequest(app, `{ search(text: "KNPRK") { score } }`);
    expect(body.errors?.[0]).toMatchObject({ message: 'Unexpected error.' });
    expect(JSON.stringify(body)).not.toMatch(/MATCH|broken|Neo4j|\.ts:|stack/);
  });
});
