// Closed by default and fair under load: CORS for the server's own origin, rate limits on changes and on guessed
// tokens, expensive fields counted alias by alias, a few sessions per request, a read budget, no schema hints when
// reads need a token, and several servers over one database answering alike.
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import { createDatabase, type Database } from '../../server/db/database.js';
import { connectToTestDatabase, graphqlAs } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
const SOURCE = `security-${run}`;
const UNION = `organisation/testgrad-strike-committee-${run}`;
const TEXT = 'Aigul Testova, a union organiser, was detained by the police in Testgrad on 2 March 2021 after the strike.';

async function post(app: App, body: unknown, headers: Record<string, string> = {}, address?: string) {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  const response = address
    ? await app.fetch('http://test/graphql', init, { req: { socket: { remoteAddress: address } } })
    : await app.fetch('http://test/graphql', init);
  return {
    response,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('security and fairness of the API', () => {
  let db: Database;
  let app: App;
  let editor = '';

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    editor = (await createToken(db, `security-editor-${run}`, 'editor')).token;
    const created = await graphqlAs(app, editor, `mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
      input: { id: SOURCE, caseId: `test-${run}`, caseTitle: 'Security tests', title: 'Security report', text: TEXT },
    });
    expect(created.errors).toBeUndefined();
    const union = await graphqlAs(app, editor, `mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
      input: {
        id: UNION,
        kind: 'organisation',
        subkind: 'campaign-group',
        name: `Testgrad Strike Committee ${run}`,
        citations: [{ sourceId: SOURCE, quote: 'a union organiser, was detained by the police' }],
      },
    });
    expect(union.errors).toBeUndefined();
  });

  afterAll(async () => {
    const session = db.driver.session();
    await session.run('MATCH (n) WHERE n.id CONTAINS $run OR n.caseId = $case OR n.name CONTAINS $run DETACH DELETE n', {
      run,
      case: `test-${run}`,
    });
    await session.close();
    await db.driver.close();
  });

  describe('CORS', () => {
    const preflight = (origin: string, target: App = app) =>
      target.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });

    it('lets the server’s own origin read its answers', async () => {
      const { response } = await post(app, { query: '{ vocabulary { kinds { name } } }' }, { origin: 'http://test' });
      expect(response.headers.get('access-control-allow-origin')).toBe('http://test');
      expect((await preflight('http://test')).headers.get('access-control-allow-origin')).toBe('http://test');
    });

    it('gives any other origin no CORS headers at all, so a browser keeps the answer from that page', async () => {
      const { response } = await post(app, { query: '{ vocabulary { kinds { name } } }' }, { origin: 'https://evil.example' });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const answer = await preflight('https://evil.example');
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('allows the origins it is configured with, and only those', async () => {
      const configured = createApp({ db, corsOrigins: ['https://teach.example'] });
      expect((await preflight('https://teach.example', configured)).headers.get('access-control-allow-origin')).toBe(
        'https://teach.example',
      );
      expect((await preflight('https://other.example', configured)).headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('rate limits', () => {
    const limited = () =>
      createApp({
        db,
        rateLimits: {
          mutationsPerToken: { perMinute: 1, burst: 3 },
          mutationsPerAddress: { perMinute: 1, burst: 5 },
          tokenFailuresPerAddress: { perMinute: 1, burst: 2 },
        },
      });
    const addAlias = (i: number) => ({
      query: `mutation($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias, reason: "rate limit test") { id } }`,
      variables: { id: UNION, alias: `Strike committee ${i}` },
    });

    it('refuses a token’s changes beyond its burst with RATE_LIMITED and when to retry, and stores none of them', async () => {
      const app = limited();
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const { body } = await post(app, addAlias(i), { authorization: `Bearer ${editor}` }, '10.0.0.1');
        codes.push(body.errors?.[0]?.extensions?.code);
        if (body.errors) expect(body.errors[0]!.message).toMatch(/Too many changes; try again in \d+ s/);
      }
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
      const read = await graphqlAs<{ entity: { aliases: string[] } }>(app, null, `{ entity(id: "${UNION}") { aliases } }`);
      expect(read.data!.entity.aliases).toEqual(['Strike committee 0', 'Strike committee 1', 'Strike committee 2']);
    });

    it('does not limit reads, and limits changes per address whatever the token', async () => {
      const app = limited();
      for (let i = 0; i < 10; i++)
        expect((await post(app, { query: '{ vocabulary { kinds { name } } }' }, {}, '10.0.0.2')).body.errors).toBeUndefined();
      const second = (await createToken(db, `security-editor-2-${run}`, 'editor')).token;
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 7; i++) {
        const token = i % 2 === 0 ? editor : second;
        const { body } = await post(
          app,
          { query: `mutation { removeAlias(id: "${UNION}", alias: "no such alias") { id } }` },
          { authorization: `Bearer ${token}` },
          '10.0.0.3',
        );
        codes.push(body.errors?.[0]?.extensions?.code);
      }
      // Five fit the address's burst (each refused on its merits), then the address is limited for both tokens.
      expect(codes.slice(0, 5).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
      expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    });

    it('tells an address that guesses tokens to wait, while valid tokens, from it or elsewhere, go on', async () => {
      const app = limited();
      const guess = (address: string, token: string) =>
        post(app, { query: 'mutation { deleteEntity(id: "person/nobody") }' }, { authorization: `Bearer ${token}` }, address);
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await guess('10.0.0.4', `pgt_guess${i}`)).body.errors?.[0]?.extensions?.code);
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
      expect((await guess('10.0.0.4', editor)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await guess('10.0.0.5', editor)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await guess('10.0.0.5', 'pgt_guess9')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('expensive fields', () => {
    it('counts every alias of an expensive field: fifteen centralities are refused before the database is asked', async () => {
      const many = Array.from({ length: 15 }, (_, i) => `c${i}: centrality(first: 5) { approximate }`).join(' ');
      const { body } = await post(app, { query: `{ ${many} }` });
      expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
      expect(body.errors?.[0]?.message).toMatch(/cost 375, at most 100/);
      expect(body.data ?? null).toBeNull();
    });

    it('counts them through fragments too, and lets a modest request through', async () => {
      const viaFragments = `query { ...A ...A ...A } fragment A on Query { a: overview { truncated } b: export(format: CSV) c: paths(from: "x", to: "y") { truncated } }`;
      expect((await post(app, { query: viaFragments })).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
      const modest = `{ a: centrality(first: 3) { scores { degree } } b: overview(limit: 5) { truncated } c: search(text: "KNPRK") { score } }`;
      expect((await post(app, { query: modest })).body.errors).toBeUndefined();
    });

    /** The app over the test database, counting how many reads (of the given query, or any) run at once. */
    const countingApp = (only?: string) => {
      const seen = { open: 0, most: 0 };
      const counted: Database = {
        ...db,
        read: async (key, params) => {
          const counts = !only || key === only;
          if (counts) seen.most = Math.max(seen.most, ++seen.open);
          try {
            return await db.read(key, params);
          } finally {
            if (counts) seen.open--;
          }
        },
      };
      return { app: createApp({ db: counted }), seen };
    };

    it('holds at most four database sessions for one request, however many fields it asks for', async () => {
      const { app: counting, seen } = countingApp();
      const ids = ['organisation/knprk', 'person/larisa-kharkova', 'person/nurbek-kushakbayev', 'person/amin-yeleusinov'];
      const fields = Array.from({ length: 8 }, (_, i) => `e${i}: entity(id: "${ids[i % 4]}") { id }`).join(' ');
      const { body } = await post(counting, { query: `{ ${fields} }` });
      expect(body.errors).toBeUndefined();
      expect(seen.most).toBeGreaterThan(1);
      expect(seen.most).toBeLessThanOrEqual(4);
    });

    it('lets heavy fields of all requests run on all cores but one, the others waiting their turn', async () => {
      const { app: counting, seen } = countingApp('network/neighbourhood');
      const hop = (i: number) => post(counting, { query: `{ n${i}: neighbourhood(id: "organisation/knprk", depth: 3) { truncated } }` });
      const replies = await Promise.all(Array.from({ length: 6 }, (_, i) => hop(i)));
      for (const { body } of replies) expect(body.errors).toBeUndefined();
      expect(seen.most).toBeGreaterThanOrEqual(1);
      expect(seen.most).toBeLessThanOrEqual(Math.max(1, availableParallelism() - 1));
    });
  });

  it('stops a read that runs past its budget with QUERY_TIMEOUT, while other reads are answered', async () => {
    const budgeted = createDatabase(
      db.driver,
      { ...db.queries, 'test/slow': 'UNWIND range(1, 1000000000) AS x RETURN count(x) AS n' },
      { readTimeoutMs: 500 },
    );
    const slow = budgeted.read('test/slow').then(
      () => 'finished',
      (error: { extensions?: { code?: string } }) => error.extensions?.code,
    );
    const cheap = await budgeted.read('health/ping');
    expect(cheap[0]!.get('ok').toNumber()).toBe(1);
    expect(await slow).toBe('QUERY_TIMEOUT');
  });

  it('refuses a query nesting a list 20,000 deep in its own text, and a body over 20 MB, with a 4xx before parsing', async () => {
    const deep = `{ search(text: "x", kinds: ${'['.repeat(20_000)}"person"${']'.repeat(20_000)}) { score } }`;
    const nested = await post(app, { query: deep });
    expect(nested.response.status).toBe(400);
    expect(nested.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = await post(app, { query: '{ vocabulary { kinds { name } } }', variables: { pad: 'x'.repeat(21 * 1024 * 1024) } });
    expect(huge.response.status).toBe(413);
  });

  it('with reads behind a token, a mistyped field gets no hint of the schema', async () => {
    const closed = createApp({ db, readsRequireToken: true });
    const { body } = await post(closed, { query: '{ serch(text: "x") { score } }' });
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "serch"/);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean|search/);
    const open = await post(app, { query: '{ serch(text: "x") { score } }' });
    expect(open.body.errors?.[0]?.message).toMatch(/Did you mean "search"/);
  });

  it('two servers over one database give the same answers, and each sees the other’s change at once', async () => {
    const otherDb = connectToTestDatabase();
    const other = createApp({ db: otherDb });
    onTestFinished(() => otherDb.driver.close());
    const reads = [
      '{ overview(limit: 50) { nodes { id } edges { id } } }',
      '{ centrality(first: 10) { scores { entity { id } degree } } }',
      '{ search(text: "Testova") { entity { id } } }',
    ];
    const answers = async (target: App) => Promise.all(reads.map(async (query) => (await post(target, { query })).body));
    expect(await answers(other)).toEqual(await answers(app));
    const created = await graphqlAs(app, editor, `mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
      input: {
        id: `person/aigul-testova-${run}`,
        kind: 'person',
        name: `Aigul Testova ${run}`,
        citations: [{ sourceId: SOURCE, quote: 'Aigul Testova, a union organiser, was detained' }],
      },
    });
    expect(created.errors).toBeUndefined();
    const seen = await post(other, { query: `{ search(text: "Testova ${run}") { entity { id } } }` });
    expect(JSON.stringify(seen.body.data)).toContain(`person/aigul-testova-${run}`);
    expect(await answers(other)).toEqual(await answers(app));
  });
});
