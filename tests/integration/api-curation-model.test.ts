// The curation model's other promises: no lost update under concurrent editors, citations on any fact, the vocabulary
// growing at run time, dates and ranges as the seed takes them, errors that name what is wrong, honest paths, history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { foldDuplicates } from '../../server/migrations/fold-duplicates.js';
import { connectToTestDatabase, countIn, graphqlAs } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
const SOURCE = `model-${run}`;
const QUOTES = Array.from({ length: 8 }, (_, i) => `Witness number ${i + 1} saw Maria Testenko at the docks.`);
const TEXT = `Maria Testenko, leader of the Dock Workers Union, was arrested. ${QUOTES.join(' ')} The union’s lawyer — Ivan Testov — appealed.`;
const ids = { maria: `person/maria-testenko-${run}`, union: `organisation/dock-workers-${run}` };

describe('the curation model', () => {
  let db: Database;
  let app: App;
  const tokens = { editor: '', admin: '' };
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token = tokens.editor) =>
    graphqlAs<T>(app, token, query, variables);
  const cite = (quote: string) => [{ sourceId: SOURCE, quote }];

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    tokens.editor = (await createToken(db, `editor-${run}`, 'editor')).token;
    tokens.admin = (await createToken(db, `admin-${run}`, 'admin')).token;
    await gql(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
      input: { id: SOURCE, caseId: `test-${run}`, caseTitle: 'Model tests', title: 'Model report', text: TEXT },
    });
    for (const [id, kind, subkind, name] of [
      [ids.maria, 'person', null, 'Maria Testenko'],
      [ids.union, 'organisation', 'trade-union', 'Dock Workers Union'],
    ] as const) {
      const created = await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: { id, kind, subkind, name, citations: cite('Maria Testenko, leader of the Dock Workers Union') },
      });
      expect(created.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    const session = db.driver.session();
    await session.run('MATCH (n) WHERE n.id CONTAINS $run OR n.caseId = $case OR n.key CONTAINS $run DETACH DELETE n', {
      run,
      case: `test-${run}`,
    });
    await session.close();
    await db.driver.close();
  });

  it('stores all eight aliases that eight editors add to one entity at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        gql(`mutation($id: ID!, $alias: String!) { addAlias(id: $id, alias: $alias, reason: "spelling in report ${i}") { id } }`, {
          id: ids.maria,
          alias: `M. Testenko ${i}`,
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const { data } = await gql<{ entity: { aliases: string[] } }>(`query($id: ID!) { entity(id: $id) { aliases } }`, { id: ids.maria });
    expect([...data!.entity.aliases].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `M. Testenko ${i}`));
  });

  it('stores all eight citations that eight editors add to one entity at the same moment', async () => {
    const results = await Promise.all(
      QUOTES.map((quote) =>
        gql(`mutation($id: ID!, $c: CitationInput!) { addCitation(targetId: $id, citation: $c) { ... on Entity { id } } }`, {
          id: ids.maria,
          c: { sourceId: SOURCE, quote },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const { data } = await gql<{ entity: { citations: { quote: string }[] } }>(
      `query($id: ID!) { entity(id: $id) { citations { quote } } }`,
      {
        id: ids.maria,
      },
    );
    expect(data!.entity.citations.map((c) => c.quote)).toEqual(expect.arrayContaining(QUOTES));
    expect(data!.entity.citations).toHaveLength(9);
  });

  it('makes one link of eight editors adding the same fact at once, with every citation', async () => {
    const results = await Promise.all(
      QUOTES.map((quote) =>
        gql<{ createRelationship: { id: string } }>(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
          input: { type: 'MEMBER_OF', from: ids.maria, to: ids.union, citations: cite(quote) },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data?.createRelationship.id)).size).toBe(1);
    const { data } = await gql<{ neighbourhood: { edges: { type: string; citations: unknown[] }[] } }>(
      `query($id: ID!) { neighbourhood(id: $id) { edges { type citations { quote } } } }`,
      { id: ids.maria },
    );
    expect(data!.neighbourhood.edges.filter((e) => e.type === 'MEMBER_OF').map((e) => e.citations.length)).toEqual([8]);
  });

  it('makes one entity of two editors creating the same new id at once, with both citations', async () => {
    const id = `person/ivan-testov-${run}`;
    const results = await Promise.all(
      ['The union’s lawyer — Ivan Testov — appealed.', 'Ivan Testov — appealed'].map((quote) =>
        gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
          input: { id, kind: 'person', name: 'Ivan Testov', citations: cite(quote) },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const { data } = await gql<{ entity: { citations: unknown[] } }>(`query($id: ID!) { entity(id: $id) { citations { quote } } }`, { id });
    expect(data!.entity.citations).toHaveLength(2);
  });

  it('refuses a claim whose explicit id another claim has, and leaves that claim as it was', async () => {
    const input = {
      id: `claim/held-${run}`,
      subject: ids.maria,
      attribute: 'treatment in detention',
      value: 'held',
      citations: cite('Dock Workers Union, was arrested'),
    };
    const CREATE = `mutation($input: ClaimInput!) { createClaim(input: $input) { id value } }`;
    expect((await gql(CREATE, { input })).errors).toBeUndefined();
    const clash = await gql(CREATE, { input: { ...input, subject: ids.union, value: 'something else' } });
    expect(clash.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { data } = await gql<{ entity: { claims: { id: string; value: string }[] } }>(
      `query($id: ID!) { entity(id: $id) { claims { id value } } }`,
      {
        id: ids.maria,
      },
    );
    expect(data!.entity.claims).toContainEqual({ id: input.id, value: 'held' });
  });

  it('adds and removes citations on a link and a claim, but never the last one', async () => {
    const claim = await gql<{ createClaim: { id: string } }>(`mutation($input: ClaimInput!) { createClaim(input: $input) { id } }`, {
      input: {
        subject: ids.maria,
        attribute: 'treatment in detention',
        value: 'arrested',
        citations: cite('Dock Workers Union, was arrested'),
      },
    });
    const id = claim.data!.createClaim.id;
    const added = await gql<{ addCitation: { citations: { quote: string }[] } }>(
      `mutation($id: ID!, $c: CitationInput!) { addCitation(targetId: $id, citation: $c) { ... on Claim { citations { quote } } } }`,
      { id, c: { sourceId: SOURCE, quote: 'Maria Testenko, leader' } },
    );
    expect(added.data?.addCitation.citations).toHaveLength(2);
    const twice = await gql(`mutation($id: ID!, $c: CitationInput!) { addCitation(targetId: $id, citation: $c) { __typename } }`, {
      id,
      c: { sourceId: SOURCE, quote: 'Maria  Testenko, leader' },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const REMOVE = `mutation($id: ID!, $c: CitationInput!) { removeCitation(targetId: $id, citation: $c) { ... on Claim { citations { quote } } } }`;
    const removed = await gql<{ removeCitation: { citations: unknown[] } }>(REMOVE, {
      id,
      c: { sourceId: SOURCE, quote: 'Maria Testenko, leader' },
    });
    expect(removed.data?.removeCitation.citations).toHaveLength(1);
    const last = await gql(REMOVE, { id, c: { sourceId: SOURCE, quote: 'Dock Workers Union, was arrested' } });
    expect(last.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(last.errors?.[0]?.message).toContain('would be left without a citation');
  });

  it('matches a quote across typography, and points to the nearest passage when the words differ', async () => {
    const typographic = await gql(`mutation($id: ID!, $c: CitationInput!) { addCitation(targetId: $id, citation: $c) { __typename } }`, {
      id: ids.union,
      c: { sourceId: SOURCE, quote: "The union's lawyer - Ivan Testov - appealed." },
    });
    expect(typographic.errors).toBeUndefined();
    const wrong = await gql(`mutation($id: ID!, $c: CitationInput!) { addCitation(targetId: $id, citation: $c) { __typename } }`, {
      id: ids.union,
      c: { sourceId: SOURCE, quote: 'The union’s lawyer Ivan Testov complained' },
    });
    expect(wrong.errors?.[0]?.message).toContain('the nearest passage is "The union\'s lawyer - Ivan Testov - appealed"');
  });

  it('names the one id that does not exist', async () => {
    const missing = `organisation/nobody-${run}`;
    const result = await gql(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
      input: { type: 'MEMBER_OF', from: ids.maria, to: missing, citations: cite('Maria Testenko, leader') },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: `No entity has id "${missing}"`,
      extensions: { code: 'NOT_FOUND', id: missing, argument: 'input.to' },
    });
  });

  it('takes dates as the seed does: partial dates, open ranges and how a date was inferred', async () => {
    const created = await gql<{ createEntity: { date: string; dateInferred: string; aliases: string[]; aliasReasons: string[] } }>(
      `mutation($input: EntityInput!) { createEntity(input: $input) { date dateInferred aliases aliasReasons } }`,
      {
        input: {
          id: `event/detention-${run}`,
          kind: 'event',
          subkind: 'arrest',
          name: 'Detention of Maria Testenko',
          aliases: [{ name: 'Testenko detention', reason: 'short form in the report' }],
          date: '2021-05/..',
          dateInferred: 'the report says she is still held; it is dated May 2021',
          citations: cite('Dock Workers Union, was arrested'),
        },
      },
    );
    expect(created.data?.createEntity).toEqual({
      date: '2021-05/..',
      dateInferred: 'the report says she is still held; it is dated May 2021',
      aliases: ['Testenko detention'],
      aliasReasons: ['short form in the report'],
    });
    const bad = await gql(`mutation($id: ID!) { updateEntity(id: $id, patch: { date: "2021/2019" }) { id } }`, {
      id: `event/detention-${run}`,
    });
    expect(bad.errors?.[0]?.message).toContain('date must be an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD) or a range of them');
  });

  it('grows the vocabulary at run time: admins add a word, it is usable at once, and never redefined', async () => {
    const role = `witness-${run}`;
    const ADD = `mutation($input: VocabularyTermInput!) { addVocabularyTerm(input: $input) { roles { name description } } }`;
    const input = { group: 'ROLE', name: role, description: 'Who saw an event happen.' };
    expect((await gql(ADD, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const added = await gql<{ addVocabularyTerm: { roles: { name: string }[] } }>(ADD, { input }, tokens.admin);
    expect(added.data?.addVocabularyTerm.roles.map((r) => r.name)).toContain(role);
    const again = await gql(ADD, { input: { ...input, description: 'Something else.' } }, tokens.admin);
    expect(again.errors?.[0]?.message).toContain('words are never redefined');
    const used = await gql(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { role } }`, {
      input: { type: 'PARTICIPANT_IN', from: ids.union, to: `event/detention-${run}`, role, citations: cite('Ivan Testov — appealed') },
    });
    expect(used.data).toEqual({ createRelationship: { role } });
    const { data } = await gql<{
      vocabulary: { kinds: { name: string; color: string }[]; attributes: { name: string; multiValued: boolean }[] };
    }>(`{ vocabulary { kinds { name color } attributes { name multiValued } } }`);
    expect(data!.vocabulary.kinds.map((k) => k.name)).toEqual(
      expect.arrayContaining(['person', 'organisation', 'instrument', 'place', 'event']),
    );
    expect(data!.vocabulary.attributes).toContainEqual({ name: 'prison term', multiValued: false });
  });

  it('shows an entity its history: every change to it, its links and its claims, with who and what', async () => {
    const { data } = await gql<{ history: { action: string; actor: string; summary: string }[] }>(
      `query($id: ID!) { history(id: $id, first: 50) { action actor summary } }`,
      { id: ids.maria },
    );
    const actions = data!.history.map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining(['createEntity', 'addAlias', 'addCitation', 'createRelationship', 'corroborateRelationship', 'createClaim']),
    );
    expect(data!.history.find((h) => h.action === 'createRelationship')?.summary).toBe(
      'linked Maria Testenko MEMBER_OF Dock Workers Union',
    );
    expect(data!.history.find((h) => h.action === 'addAlias')?.summary).toMatch(
      /^added the alias "M. Testenko \d": spelling in report \d$/,
    );
    expect(
      (await graphqlAs(app, null, `query($id: ID!) { history(id: $id) { id } }`, { id: ids.maria })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('folds copies of one fact written before corroboration existed, keeping every citation', async () => {
    const session = db.driver.session();
    try {
      await session.run(
        `MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
         CREATE (a)-[:RELATION {id: $id1, type: 'LEADS', role: 'leader', citedSources: [$s], citedQuotes: ['Maria Testenko, leader of the Dock Workers Union'], caseId: null}]->(b)
         CREATE (a)-[:RELATION {id: $id2, type: 'LEADS', role: 'leader', citedSources: [$s], citedQuotes: ['leader of the Dock Workers Union'], caseId: null}]->(b)`,
        { a: ids.maria, b: ids.union, id1: `rel/copy-a-${run}`, id2: `rel/copy-b-${run}`, s: SOURCE },
      );
      expect((await foldDuplicates(db)).links).toBeGreaterThanOrEqual(1);
      const result = await session.run(
        `MATCH (:Entity {id: $a})-[r:RELATION {type: 'LEADS'}]->(:Entity {id: $b}) RETURN r.id AS id, r.citedQuotes AS quotes`,
        { a: ids.maria, b: ids.union },
      );
      expect(result.records.map((r) => [r.get('id'), r.get('quotes')])).toEqual([
        [`rel/copy-a-${run}`, ['Maria Testenko, leader of the Dock Workers Union', 'leader of the Dock Workers Union']],
      ]);
    } finally {
      await session.close();
    }
  });

  it('leaves the copies a merge made alone while the merge can be undone, so undo restores both entities whole', async () => {
    const [a, b] = [`person/twin-a-${run}`, `person/twin-b-${run}`];
    for (const [id, quote] of [
      [a, 'Witness number 1 saw Maria Testenko'],
      [b, 'Witness number 2 saw Maria Testenko'],
    ] as const) {
      await gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: { id, kind: 'person', name: `Twin ${id}`, citations: [{ sourceId: SOURCE, quote }] },
      });
      const link = await gql(`mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }`, {
        input: { type: 'MEMBER_OF', from: id, to: ids.union, citations: [{ sourceId: SOURCE, quote }] },
      });
      expect(link.errors).toBeUndefined();
    }
    const merge = await gql<{ mergeEntities: { id: string } }>(
      `mutation($a: ID!, $b: ID!) { mergeEntities(survivorId: $a, mergedId: $b, reason: "one person, two reports") { id } }`,
      { a, b },
    );
    const links = () => countIn(db, 'MATCH (:Entity {id: $a})-[r:RELATION {type: "MEMBER_OF"}]->() RETURN count(r)', { a });
    expect(await links()).toBe(2);
    await foldDuplicates(db);
    expect(await links()).toBe(2);
    const undone = await gql(`mutation($m: ID!) { undoMerge(mergeId: $m) { id } }`, { m: merge.data!.mergeEntities.id });
    expect(undone.errors).toBeUndefined();
    expect(await links()).toBe(1);
    expect(await countIn(db, 'MATCH (:Entity {id: $b})-[r:RELATION {type: "MEMBER_OF"}]->() RETURN count(r)', { b })).toBe(1);
  });
});

describe('honest paths and the viewer', () => {
  let db: Database;
  let app: App;
  beforeAll(() => {
    db = connectToTestDatabase();
    app = createApp({ db });
  });
  afterAll(() => db.driver.close());

  it('says how many sources a path rests on, and that no single source links Techno Trading Ltd to ILO Convention 87', async () => {
    const { data } = await graphqlAs<{
      paths: {
        length: number;
        sourceCount: number;
        commonSources: { id: string }[];
        edges: { citations: { source: { id: string } }[] }[];
      }[];
    }>(
      app,
      null,
      `{ paths(from: "organisation/techno-trading-ltd", to: "instrument/ilo-convention-87", first: 3) {
          length sourceCount commonSources { id } edges { citations { source { id } } } } }`,
    );
    expect(data!.paths.length).toBeGreaterThan(0);
    for (const path of data!.paths) {
      const cited = new Set(path.edges.flatMap((e) => e.citations.map((c) => c.source.id)));
      expect(path.sourceCount).toBe(cited.size);
      const common = [...cited].filter((s) => path.edges.every((e) => e.citations.some((c) => c.source.id === s)));
      expect(path.commonSources.map((s) => s.id).sort()).toEqual(common.sort());
    }
    expect(data!.paths[0]!.commonSources).toEqual([]);
  });

  it('names the holder and role of a token, null without one, and refuses an unknown one', async () => {
    const { token } = await createToken(db, `viewer-${run}`, 'editor');
    expect((await graphqlAs(app, token, `{ viewer { name role } }`)).data).toEqual({ viewer: { name: `viewer-${run}`, role: 'editor' } });
    expect((await graphqlAs(app, null, `{ viewer { name } }`)).data).toEqual({ viewer: null });
    expect((await graphqlAs(app, 'pgt_unknown', `{ viewer { name } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
