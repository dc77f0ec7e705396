import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { connectToTestDatabase, countIn, graphqlAs } from './helpers.js';

// This suite's records carry a random prefix, so it neither sees nor disturbs other suites' data.
const run = Math.random().toString(36).slice(2, 8);
const SOURCE = `test-${run}-report`;
const TEXT = `Maria Testenko, leader of the Dock Workers Union of Testland, was arrested on 2 May 2021. The arrest of Maria Testenko was condemned. M. Testenko is the union's founder.`;
const ids = {
  maria: `person/maria-testenko-${run}`,
  mTestenko: `person/m-testenko-${run}`,
  union: `organisation/dock-workers-${run}`,
  arrest: `event/arrest-${run}`,
};

type GraphQLErrors = { message: string; extensions?: { code?: string } }[];
type Body<T = Record<string, unknown>> = { data?: T | null; errors?: GraphQLErrors };
type EntityData = { id: string; name: string; kind: string; aliases: string[]; citations: { quote: string }[] };
type Snapshot = { entity: EntityData; neighbourhood: { edges: { id: string }[] } };
type AuditData = { auditLog: { actor: string; role: string; action: string; before: string | null; after: string }[] };

describe('curation: tokens, mutations, merges, audit', () => {
  let db: Database;
  let app: App;
  const tokens: Record<'reader' | 'editor' | 'admin', string> = { reader: '', editor: '', admin: '' };

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Body<T>> =>
    graphqlAs<T>(app, token ?? null, query, variables);
  const count = (cypher: string, params: Record<string, unknown>) => countIn(db, cypher, params);
  const entityCount = () => count('MATCH (e:Entity) WHERE e.id ENDS WITH $run OR e.id CONTAINS $run RETURN count(e)', { run });
  const relationCount = () =>
    count('MATCH (:Entity)-[r:RELATION]->(:Entity) WHERE any(s IN r.citedSources WHERE s = $source) RETURN count(r)', { source: SOURCE });

  const cite = (quote: string) => [{ sourceId: SOURCE, quote }];
  const CREATE_ENTITY = `mutation($input: EntityInput!) { createEntity(input: $input) { id name kind citations { quote } } }`;
  const CREATE_RELATIONSHIP = `mutation($input: RelationshipInput!) { createRelationship(input: $input) { id type source { id } target { id } citations { quote source { id } } } }`;

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    for (const role of ['reader', 'editor', 'admin'] as const) tokens[role] = (await createToken(db, `${role}-${run}`, role)).token;
    const source = await gql(
      `mutation($input: SourceInput!) { createSource(input: $input) { id } }`,
      { input: { id: SOURCE, caseId: `test-${run}`, caseTitle: 'Curation tests', title: 'Test report', text: TEXT } },
      tokens.editor,
    );
    expect(source.errors).toBeUndefined();
  });

  afterAll(async () => {
    const session = db.driver.session();
    await session.run(
      'MATCH (n) WHERE n.id CONTAINS $run OR n.targetId CONTAINS $run OR n.name ENDS WITH $run OR n.actor ENDS WITH $run DETACH DELETE n',
      { run },
    );
    await session.run('MATCH (m:Merge) WHERE m.survivorId CONTAINS $run DETACH DELETE m', { run });
    await session.close();
    await db.driver.close();
  });

  it('refuses a mutation without a token, with a wrong token, or with a reader token, and writes nothing', async () => {
    const input = {
      id: ids.maria,
      kind: 'person',
      name: 'Maria Testenko',
      citations: cite('Maria Testenko, leader of the Dock Workers Union'),
    };
    expect((await gql(CREATE_ENTITY, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(CREATE_ENTITY, { input }, 'pgt_not-a-real-token')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asReader = await gql(CREATE_ENTITY, { input }, tokens.reader);
    expect(asReader.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(asReader.errors?.[0]?.message).toContain('needs the role editor or admin');
    expect(await entityCount()).toBe(0);
  });

  it('lets an editor create entities and a cited relationship, and records each change for admins', async () => {
    const maria = await gql<{ createEntity: EntityData }>(
      CREATE_ENTITY,
      {
        input: {
          id: ids.maria,
          kind: 'person',
          name: 'Maria Testenko',
          citations: cite('Maria Testenko, leader of the Dock Workers Union'),
        },
      },
      tokens.editor,
    );
    expect(maria.errors).toBeUndefined();
    expect(maria.data!.createEntity).toMatchObject({
      id: ids.maria,
      kind: 'person',
      citations: [{ quote: 'Maria Testenko, leader of the Dock Workers Union' }],
    });
    const union = await gql(
      CREATE_ENTITY,
      {
        input: {
          id: ids.union,
          kind: 'organisation',
          subkind: 'trade-union',
          name: 'Dock Workers Union of Testland',
          citations: cite('the Dock Workers Union of Testland'),
        },
      },
      tokens.editor,
    );
    expect(union.errors).toBeUndefined();
    const leads = await gql(
      CREATE_RELATIONSHIP,
      {
        input: {
          type: 'LEADS',
          from: ids.maria,
          to: ids.union,
          role: 'leader',
          citations: cite('leader of the Dock Workers Union of Testland'),
        },
      },
      tokens.editor,
    );
    expect(leads.errors).toBeUndefined();
    expect(leads.data!.createRelationship).toMatchObject({ type: 'LEADS', source: { id: ids.maria }, target: { id: ids.union } });

    const audit = await gql<AuditData>(
      `query($id: ID) { auditLog(targetId: $id) { actor role action before after } }`,
      { id: ids.maria },
      tokens.admin,
    );
    expect(audit.data!.auditLog).toEqual([
      expect.objectContaining({ actor: `editor-${run}`, role: 'editor', action: 'createEntity', before: null }),
    ]);
    expect(JSON.parse(audit.data!.auditLog[0]!.after)).toMatchObject({ id: ids.maria, name: 'Maria Testenko' });
    expect((await gql(`{ auditLog { id } }`, {}, tokens.editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a relationship whose quote is not in its source, or without citations, and writes nothing', async () => {
    const before = await relationCount();
    const invented = await gql(
      CREATE_RELATIONSHIP,
      { input: { type: 'LEADS', from: ids.maria, to: ids.union, citations: cite('Maria Testenko founded the union in 1990') } },
      tokens.editor,
    );
    expect(invented.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(invented.errors?.[0]?.message).toContain(
      `the quote "Maria Testenko founded the union in 1990" is not in the source's text; the nearest passage is "M. Testenko is the union's founder"`,
    );
    const uncited = await gql(
      CREATE_RELATIONSHIP,
      { input: { type: 'LEADS', from: ids.maria, to: ids.union, citations: [] } },
      tokens.editor,
    );
    expect(uncited.errors?.[0]?.message).toContain('at least one citation');
    const unknownEnd = await gql(
      CREATE_RELATIONSHIP,
      { input: { type: 'LEADS', from: ids.maria, to: 'organisation/nowhere', citations: cite('leader of the Dock Workers Union') } },
      tokens.editor,
    );
    expect(unknownEnd.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badWords = await gql(
      CREATE_RELATIONSHIP,
      {
        input: {
          type: 'HEADS',
          from: ids.maria,
          to: ids.union,
          role: 'boss',
          date: '2021-13',
          citations: cite('leader of the Dock Workers Union'),
        },
      },
      tokens.editor,
    );
    expect(badWords.errors?.[0]?.message).toMatch(/type "HEADS".*role "boss".*date must be an ISO partial date/);
    expect(await relationCount()).toBe(before);
    expect(
      await count('MATCH (a:AuditRecord) WHERE a.action = "createRelationship" AND a.actor = $actor RETURN count(a)', {
        actor: `editor-${run}`,
      }),
    ).toBe(1);
  });

  it('adds an alias that search then finds', async () => {
    const added = await gql<{ addAlias: EntityData }>(
      `mutation($id: ID!) { addAlias(id: $id, alias: "Mariya Testenko", reason: "Russian transliteration") { aliases } }`,
      { id: ids.maria },
      tokens.editor,
    );
    expect(added.data!.addAlias.aliases).toEqual(['Mariya Testenko']);
    const found = await gql<{ search: { matched: string; entity: { id: string } }[] }>(
      `{ search(text: "Mariya Testenko") { matched entity { id } } }`,
    );
    expect(found.data!.search[0]).toEqual({ matched: 'Mariya Testenko', entity: { id: ids.maria } });
  });

  it('merges two spellings of one person, moving names and links, and undoes the merge exactly', async () => {
    await gql(
      CREATE_ENTITY,
      { input: { id: ids.mTestenko, kind: 'person', name: 'M. Testenko', citations: cite("M. Testenko is the union's founder.") } },
      tokens.editor,
    );
    await gql(
      CREATE_ENTITY,
      {
        input: {
          id: ids.arrest,
          kind: 'event',
          subkind: 'arrest',
          name: 'Arrest of Maria Testenko',
          date: '2021-05-02',
          citations: cite('was arrested on 2 May 2021'),
        },
      },
      tokens.editor,
    );
    const arrested = await gql<{ createRelationship: { id: string } }>(
      CREATE_RELATIONSHIP,
      {
        input: {
          type: 'PARTICIPANT_IN',
          from: ids.mTestenko,
          to: ids.arrest,
          role: 'target',
          citations: cite('The arrest of Maria Testenko was condemned.'),
        },
      },
      tokens.editor,
    );
    const arrestedId = arrested.data!.createRelationship.id;
    const snapshot = async (id: string) =>
      (
        await gql<Snapshot>(
          `query($id: ID!) { entity(id: $id) { name aliases citations { quote } } neighbourhood(id: $id) { edges { id } } }`,
          {
            id,
          },
        )
      ).data!;
    const mariaBefore = await snapshot(ids.maria);
    const mBefore = await snapshot(ids.mTestenko);

    const merged = await gql<{ mergeEntities: { id: string } }>(
      `mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m, reason: "same union leader, initial only") { id survivorId mergedId by undone } }`,
      { s: ids.maria, m: ids.mTestenko },
      tokens.editor,
    );
    expect(merged.errors).toBeUndefined();
    const merge = merged.data!.mergeEntities;
    expect(merge).toMatchObject({ survivorId: ids.maria, mergedId: ids.mTestenko, by: `editor-${run}`, undone: false });
    const after = await snapshot(ids.maria);
    expect(after.entity.aliases).toEqual(['Mariya Testenko', 'M. Testenko']);
    expect(after.neighbourhood.edges.map((e) => e.id)).toContain(arrestedId);
    expect((await gql<{ entity: null }>(`query($id: ID!) { entity(id: $id) { id } }`, { id: ids.mTestenko })).data!.entity).toBeNull();
    expect(
      (await gql<{ search: { entity: { id: string } }[] }>(`{ search(text: "M. Testenko") { entity { id } } }`)).data!.search[0]?.entity.id,
    ).toBe(ids.maria);

    const undone = await gql<{ undoMerge: unknown }>(
      `mutation($id: ID!) { undoMerge(mergeId: $id) { id name } }`,
      { id: merge.id },
      tokens.editor,
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoMerge).toEqual({ id: ids.mTestenko, name: 'M. Testenko' });
    expect(await snapshot(ids.maria)).toEqual(mariaBefore);
    expect(await snapshot(ids.mTestenko)).toEqual(mBefore);
    const again = await gql(`mutation($id: ID!) { undoMerge(mergeId: $id) { id } }`, { id: merge.id }, tokens.editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const actions = await gql<AuditData>(`query($id: ID) { auditLog(targetId: $id) { action } }`, { id: ids.maria }, tokens.admin);
    expect(actions.data!.auditLog.map((a) => a.action).slice(0, 2)).toEqual(['undoMerge', 'mergeEntities']);
    const mergedHistory = await gql<AuditData>(
      `query($id: ID) { auditLog(targetId: $id) { action } }`,
      { id: ids.mTestenko },
      tokens.admin,
    );
    expect(mergedHistory.data!.auditLog.map((a) => a.action)).toEqual(['restoredByUndo', 'mergedInto', 'createEntity']);
  });

  it('refuses to undo a merge while the survivor has later changes, and undoes it once they are undone', async () => {
    const merged = await gql<{ mergeEntities: { id: string } }>(
      `mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m, reason: "same person") { id } }`,
      { s: ids.maria, m: ids.mTestenko },
      tokens.editor,
    );
    const mergeId = merged.data!.mergeEntities.id;
    const alias = `mutation($id: ID!) { addAlias(id: $id, alias: "Maria T.", reason: "initial form") { id } }`;
    expect((await gql(alias, { id: ids.maria }, tokens.editor)).errors).toBeUndefined();
    const undo = `mutation($id: ID!) { undoMerge(mergeId: $id) { id } }`;
    const refused = await gql(undo, { id: mergeId }, tokens.editor);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(refused.errors?.[0]?.message).toContain('changed after merge');
    await gql(`mutation($id: ID!) { removeAlias(id: $id, alias: "Maria T.") { id } }`, { id: ids.maria }, tokens.editor);
    expect((await gql(undo, { id: mergeId }, tokens.editor)).errors).toBeUndefined();
  });

  it('refuses a link from an entity to itself', async () => {
    const self = await gql(
      CREATE_RELATIONSHIP,
      { input: { type: 'LEADS', from: ids.maria, to: ids.maria, citations: cite('leader of the Dock Workers Union') } },
      tokens.editor,
    );
    expect(self.errors?.[0]?.message).toContain('from and to must be two different entities');
  });

  it('keeps reads public by default and behind a token when configured', async () => {
    const closed = createApp({ db, readsRequireToken: true });
    const ask = async (token?: string) => {
      const response = await closed.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: '{ sources { id } }' }),
      });
      return (await response.json()) as Body<{ sources: { id: string }[] }>;
    };
    expect((await ask()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask(tokens.reader)).data?.sources).toEqual(expect.arrayContaining([{ id: SOURCE }, { id: '003_070f39f0f6b30c69' }]));
  });
});
