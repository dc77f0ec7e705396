// Hostile input against the real API and database: the attacks that once got through (prototype names as kinds,
// unbounded texts, ids with controls, one-word quotes, an unpaired surrogate that made a merge impossible to undo,
// pathological variables) are refused with clear codes, and the hostile corpus — a sample of it here, all of it in
// `npm run prove` — finds no unexpected error, no leak and no unintended write in any argument of any field.
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHostileCorpus } from '../../bench/prove/hostile-driver.js';
import { watchWrites } from '../../bench/prove/hostile-transport.js';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { buildSchema } from '../../server/schema/index.js';
import { connectToTestDatabase, graphqlAs, type GraphQLBody } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
const CASE = `hostile-${run}`;
const SOURCE = `hostile-${run}-report`;
const EDITOR = `hostile-editor-${run}`;
const TEXT =
  'Arman Hostilbek, leader of the Hostiland Miners Union, was detained on 4 May 2020. The union was fined by the court. ' +
  'Ten workers =1+2 said so.';
const ids = { arman: `person/arman-hostilbek-${run}`, union: `organisation/hostiland-miners-${run}`, twin: `person/a-hostilbek-${run}` };
const cite = (quote: string) => [{ sourceId: SOURCE, quote }];

type Errors = NonNullable<GraphQLBody<unknown>['errors']>;

describe('hostile input', () => {
  let db: Database;
  let app: App;
  let editor = '';
  const writes = { watch: null as ReturnType<typeof watchWrites> | null };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token: string | null = editor) =>
    graphqlAs<T>(app, token, query, variables);
  const firstError = (body: { errors?: Errors }) => body.errors?.[0];
  const CREATE_ENTITY = `mutation($input: EntityInput!) { createEntity(input: $input) { id name } }`;

  beforeAll(async () => {
    db = connectToTestDatabase();
    writes.watch = watchWrites(db);
    // Rate limits are tested elsewhere; here thousands of mutations go out as fast as the server answers.
    app = createApp({ db: writes.watch.db, rateLimits: null });
    editor = (await createToken(db, EDITOR, 'editor')).token;
    const source = await gql(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
      input: { id: SOURCE, caseId: CASE, caseTitle: 'Hostile input tests', title: 'Hostile report', text: TEXT },
    });
    expect(source.errors).toBeUndefined();
    for (const [id, kind, subkind, name, quote] of [
      [ids.arman, 'person', null, 'Arman Hostilbek', 'Arman Hostilbek, leader of the Hostiland Miners Union'],
      [ids.twin, 'person', null, 'A. Hostilbek', 'was detained on 4 May 2020'],
      [ids.union, 'organisation', 'trade-union', 'Hostiland Miners Union', 'The union was fined by the court.'],
    ] as const) {
      const created = await gql(CREATE_ENTITY, { input: { id, kind, subkind, name, citations: cite(quote) } });
      expect(created.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    const session = db.driver.session();
    try {
      const [sources] = (await session.run('MATCH (s:Source) WHERE s.caseId = $case RETURN collect(s.id) AS ids', { case: CASE })).records;
      const params = { run, case: CASE, actor: EDITOR, sources: sources?.get('ids') ?? [] };
      // What cites only this run's sources was made by it; so were nodes with its marker, and what its editor did.
      await session.run('MATCH ()-[r:RELATION]->() WHERE all(s IN r.citedSources WHERE s IN $sources) DELETE r', params);
      await session.run(
        'MATCH (n) WHERE (n:Entity OR n:Claim) AND (n.id CONTAINS $run OR all(s IN coalesce(n.citedSources, [null]) WHERE s IN $sources)) DETACH DELETE n',
        params,
      );
      await session.run('MATCH (n:Report|Proposal) WHERE n.sourceId IN $sources DETACH DELETE n', params);
      await session.run('MATCH (n) WHERE (n:Source AND n.id IN $sources) OR (n:Case AND n.id = $case) DETACH DELETE n', params);
      await session.run(
        'MATCH (n) WHERE (n:AuditRecord AND n.actor = $actor) OR (n:Merge AND n.by = $actor) OR (n:DuplicateDecision AND n.decidedBy = $actor) OR (n:ApiToken AND n.name = $actor) DETACH DELETE n',
        params,
      );
    } finally {
      await session.close();
      await db.driver.close();
    }
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'refuses %s as a kind, a subkind, a type, a role or an attribute with BAD_USER_INPUT, never an internal error',
    async (word) => {
      const attempts = [
        await gql(CREATE_ENTITY, { input: { kind: word, name: 'Prototype Hostilbek', citations: cite('was detained on 4 May 2020') } }),
        await gql(`mutation($id: ID!, $kind: String) { updateEntity(id: $id, patch: { kind: $kind }) { id } }`, {
          id: ids.arman,
          kind: word,
        }),
        await gql(`mutation($id: ID!, $s: String) { updateEntity(id: $id, patch: { subkind: $s }) { id } }`, { id: ids.union, s: word }),
        await gql(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
          input: {
            type: word,
            role: word,
            from: ids.arman,
            to: ids.union,
            citations: cite('Arman Hostilbek, leader of the Hostiland Miners Union'),
          },
        }),
        await gql(`mutation($input: ClaimInput!) { createClaim(input: $input) { id } }`, {
          input: { subject: ids.arman, attribute: word, value: 'two years', citations: cite('was detained on 4 May 2020') },
        }),
      ];
      for (const attempt of attempts) expect(firstError(attempt)?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it('caps every text: a 2 MB description, subkind, publisher or merge reason is refused naming the field and the cap', async () => {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const description = await gql(`mutation($id: ID!, $d: String) { updateEntity(id: $id, patch: { description: $d }) { id } }`, {
      id: ids.arman,
      d: huge,
    });
    expect(firstError(description)).toMatchObject({
      message: 'patch.description must be at most 2,000 characters, got 2,097,152',
      extensions: { code: 'BAD_USER_INPUT', argument: 'patch.description' },
    });
    const subkind = await gql(`mutation($id: ID!, $s: String) { updateEntity(id: $id, patch: { subkind: $s }) { id } }`, {
      id: ids.union,
      s: huge,
    });
    expect(firstError(subkind)?.message).toBe('patch.subkind must be at most 80 characters, got 2,097,152');
    const publisher = await gql(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
      input: { id: `${SOURCE}-2`, caseId: CASE, title: 'Another', publisher: huge, text: TEXT },
    });
    expect(firstError(publisher)?.message).toBe('input.publisher must be at most 300 characters, got 2,097,152');
    const merge = await gql(`mutation($a: ID!, $b: ID!, $r: String!) { mergeEntities(survivorId: $a, mergedId: $b, reason: $r) { id } }`, {
      a: ids.arman,
      b: ids.twin,
      r: huge,
    });
    expect(firstError(merge)?.message).toBe('reason must be at most 2,000 characters, got 2,097,152');
  });

  it.each([
    ['NUL', `${'person/arman-hostilbek'}\u0000`, 'U+0000 NUL'],
    ['a right-to-left override', `person/\u202Earman`, 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['padding', ` ${'person/arman-hostilbek'} `, 'an id: letters, digits'],
  ])('refuses an id with %s, saying which character and where', async (_, id, said) => {
    for (const query of [
      `query($id: ID!) { entity(id: $id) { id } }`,
      `query($id: ID!) { neighbourhood(id: $id) { truncated } }`,
      `mutation($id: ID!) { deleteEntity(id: $id) }`,
    ]) {
      const error = firstError(await gql(query, { id }));
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(error?.message).toContain(said);
    }
  });

  it('refuses one common word as a quote, and takes two words that identify the passage', async () => {
    const word = await gql(CREATE_ENTITY, { input: { kind: 'person', name: 'Word Hostilbek', citations: cite('union') } });
    expect(firstError(word)?.message).toContain('at least 2 words and 12 characters');
    const name = await gql(CREATE_ENTITY, {
      input: { id: `person/name-quote-${run}`, kind: 'person', name: 'Arman Hostilbek', citations: cite('Arman Hostilbek') },
    });
    expect(name.errors).toBeUndefined();
  });

  it('refuses a merge reason with an unpaired surrogate, and undoes a merge whose reason has any other character', async () => {
    const MERGE = `mutation($a: ID!, $b: ID!, $r: String!) { mergeEntities(survivorId: $a, mergedId: $b, reason: $r) { id } }`;
    const lone = await gql(MERGE, { a: ids.arman, b: ids.twin, r: 'the same man \uD83D' });
    expect(firstError(lone)?.message).toBe('reason must not contain U+D83D unpaired surrogate (half of a character), found at offset 13');
    const merged = await gql<{ mergeEntities: { id: string } }>(MERGE, {
      a: ids.arman,
      b: ids.twin,
      r: 'the same man 😀 — «Арман», 阿尔曼',
    });
    expect(merged.errors).toBeUndefined();
    const undone = await gql(`mutation($id: ID!) { undoMerge(mergeId: $id) { id } }`, { id: merged.data!.mergeEntities.id });
    expect(undone).toEqual({ data: { undoMerge: { id: ids.twin } } });
  });

  it('exports well-formed GraphML and GEXF, and CSV that no spreadsheet runs, whatever names hold', async () => {
    const name = await gql(`mutation($id: ID!, $name: String) { updateEntity(id: $id, patch: { name: $name }) { name } }`, {
      id: ids.union,
      name: '＝1+2 ]]> <Hostiland & "Miners"> 😀',
    });
    expect(name.errors).toBeUndefined();
    const EXPORT = `query($format: ExportFormat!, $id: ID) { export(format: $format, id: $id) }`;
    for (const format of ['GRAPHML', 'GEXF']) {
      const xml = await gql<{ export: string }>(EXPORT, { format, id: ids.union }, null);
      expect(XMLValidator.validate(xml.data!.export)).toBe(true);
    }
    const csv = await gql<{ export: string }>(EXPORT, { format: 'CSV_NODES', id: ids.union }, null);
    expect(csv.data!.export).toContain(`'＝1+2 ]]> <Hostiland & ""Miners""> 😀`);
  });

  it('refuses a list of 200 kinds and variables nested 20,000 deep with a 4xx, not an error 500', async () => {
    const kinds = await gql(
      `query($k: [String!]) { search(text: "Hostilbek", kinds: $k) { matched } }`,
      { k: Array(200).fill('person') },
      null,
    );
    expect(firstError(kinds)).toMatchObject({
      message: 'kinds may hold at most 100 items, got 200',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const deep = '['.repeat(20_000) + '"person"' + ']'.repeat(20_000);
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"query($k: [String!]) { search(text: \\"x\\", kinds: $k) { matched } }","variables":{"k":${deep}}}`,
    });
    expect(response.status).toBe(400);
  });

  it('meets a sample of the hostile corpus in every argument of every query and mutation without an unexpected error, a leak or an unintended write', async () => {
    const summary = await runHostileCorpus({
      schema: buildSchema(),
      send: writes.watch!.transport(app),
      editorToken: editor,
      run,
      size: 60,
      concurrency: 4,
    });
    expect(summary, JSON.stringify(summary.examples, null, 1)).toMatchObject({
      unexpectedErrors: 0,
      leaks: 0,
      unintendedWrites: 0,
      storedViolations: 0,
      fixtureFailures: 0,
      examples: [],
    });
    expect(summary.valuesTried).toBe(60);
    expect(summary.inputsTried).toBeGreaterThan(15_000);
    expect(summary.refusals).toBeGreaterThan(summary.accepted);
  }, 240_000);

  it('leaves no record of others citing what it made', async () => {
    const session = db.driver.session();
    try {
      const mixed = await session.run(
        `MATCH (s:Source) WHERE s.caseId = $case WITH collect(s.id) AS sources
         CALL {
           WITH sources MATCH (n) WHERE (n:Entity OR n:Claim) AND any(x IN n.citedSources WHERE x IN sources) AND NOT all(x IN n.citedSources WHERE x IN sources) RETURN n.id AS id
           UNION WITH sources MATCH ()-[r:RELATION]->() WHERE any(x IN r.citedSources WHERE x IN sources) AND NOT all(x IN r.citedSources WHERE x IN sources) RETURN r.id AS id
         }
         RETURN collect(id) AS ids`,
        { case: CASE },
      );
      expect(mixed.records[0]?.get('ids')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
