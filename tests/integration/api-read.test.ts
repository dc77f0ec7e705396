import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase, createDriver } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { graphqlRequest, useAppOverTestDatabase } from './helpers.js';

interface Hit {
  matched: string;
  score: number;
  entity: { id: string; name: string; kind: string };
}

const SEARCH = `query($text: String!, $kinds: [String!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { matched score entity { id name kind } } }`;

describe('the read API over the seed dataset', () => {
  const suite = useAppOverTestDatabase();

  async function search(text: string, kinds?: string[]) {
    const { body } = await graphqlRequest<{ search: Hit[] }>(suite.app, SEARCH, { text, kinds, first: 5 });
    expect(body.errors).toBeUndefined();
    return body.data!.search;
  }

  it.each([
    ['Kushakbaev', 'person/nurbek-kushakbayev', 'Kushakbaev'],
    ['Yeleusinov', 'person/amin-yeleusinov', 'Yeleusinov'],
    ['Eleusinov', 'person/amin-yeleusinov', 'Eleusinov'],
    ['CITUK', 'organisation/knprk', 'CITUK'],
    ['Харькова', 'person/larisa-kharkova', 'Kharkova'],
    ['techno trading', 'organisation/techno-trading-ltd', 'Techno Trading'],
  ])('search finds the one entity for the spelling %s', async (text, id, matched) => {
    const hits = await search(text);
    expect(hits[0]?.entity.id).toBe(id);
    expect(hits[0]?.matched).toContain(matched);
    expect(hits[0]?.score).toBeGreaterThan(0);
  });

  it('search forgives a small typo', async () => {
    expect((await search('Kharkva'))[0]?.entity.id).toBe('person/larisa-kharkova');
  });

  it('search filters by kind', async () => {
    const hits = await search('Kushakbayev', ['event']);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entity.kind === 'event')).toBe(true);
  });

  it('neighbourhood returns the entity, its neighbours and cited edges', async () => {
    const { body } = await graphqlRequest<{
      neighbourhood: {
        truncated: boolean;
        nodes: { id: string }[];
        edges: { type: string; source: { id: string }; target: { id: string }; citations: { quote: string; source: { id: string } }[] }[];
      };
    }>(
      suite.app,
      `query { neighbourhood(id: "person/nurbek-kushakbayev", depth: 1) { truncated nodes { id } edges { type source { id } target { id } citations { quote source { id } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { nodes, edges, truncated } = body.data!.neighbourhood;
    expect(truncated).toBe(false);
    expect(nodes[0]?.id).toBe('person/nurbek-kushakbayev');
    expect(nodes.length).toBeGreaterThan(2);
    expect(edges.length).toBeGreaterThan(1);
    const ids = new Set(nodes.map((n) => n.id));
    for (const edge of edges) {
      expect(ids.has(edge.source.id) && ids.has(edge.target.id)).toBe(true);
      expect(edge.citations.length).toBeGreaterThan(0);
    }
  });

  it('neighbourhood caps the nodes and says so', async () => {
    const { body } = await graphqlRequest<{ neighbourhood: { truncated: boolean; nodes: unknown[] } }>(
      suite.app,
      `query { neighbourhood(id: "organisation/knprk", depth: 3, limit: 3) { truncated nodes { id } } }`,
    );
    expect(body.data!.neighbourhood).toMatchObject({ truncated: true });
    expect(body.data!.neighbourhood.nodes).toHaveLength(3);
  });

  it('an unknown id is NOT_FOUND and a depth of 9 is BAD_USER_INPUT', async () => {
    const missing = await graphqlRequest(suite.app, `query { neighbourhood(id: "person/nobody") { truncated } }`);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deep = await graphqlRequest(suite.app, `query { neighbourhood(id: "organisation/knprk", depth: 9) { truncated } }`);
    expect(deep.body.errors?.[0]).toMatchObject({
      message: 'depth must be an integer from 1 to 3, got 9',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('entity returns null for an unknown id and the typed entity otherwise', async () => {
    const { body } = await graphqlRequest<{ a: { __typename: string; kind: string; name: string } | null; b: null }>(
      suite.app,
      `query { a: entity(id: "person/larisa-kharkova") { __typename kind name } b: entity(id: "person/nobody") { name } }`,
    );
    expect(body.data).toEqual({ a: { __typename: 'Entity', kind: 'person', name: 'Larisa Kharkova' }, b: null });
  });

  it('serves GraphiQL at /graphql and the page at /', async () => {
    const graphiql = await suite.app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('GraphiQL');
    const page = await suite.app.fetch('http://test/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="graph"');
  });

  it('/healthz is 200 while the database answers', async () => {
    expect((await suite.app.fetch('http://test/healthz')).status).toBe(200);
  });

  it('/healthz is 503 when the database does not answer', async () => {
    const deadDriver = createDriver('bolt://127.0.0.1:1', 'neo4j', '');
    const deadApp = createApp({ db: createDatabase(deadDriver, loadQueries()) });
    const response = await deadApp.fetch('http://test/healthz');
    expect(response.status).toBe(503);
    await deadDriver.close();
  });
});
