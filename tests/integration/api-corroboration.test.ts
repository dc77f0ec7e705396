// Adding reports about facts the graph holds, through the API alone: corroboration instead of copies, contested values
// as claims, complementary values that do not contradict, and factsOnlyIn that stays right. Own ids per run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { connectToTestDatabase, countIn, graphqlAs } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
const CASE = `test-${run}`;
const ids = {
  leader: `person/larisa-testova-${run}`,
  union: `organisation/testland-confederation-${run}`,
  sentence: `event/sentence-of-testova-${run}`,
};
const SOURCES = {
  first: {
    id: `first-${run}`,
    text: 'Larisa Testova, President of the Testland Confederation, was sentenced on 25 July 2017. The court ordered 100 hours of community service.',
  },
  ruling: {
    id: `ruling-${run}`,
    text:
      'The court examined the case of confederation president Larisa Testova. She was sentenced to 400 hours of community service. ' +
      'The defence argued that the charges were political. The defence also argued that the evidence was forged.',
  },
  appeal: {
    id: `appeal-${run}`,
    text: 'On appeal, Larisa Testova, President of the Testland Confederation, lost; her sentence of 2017 stood.',
  },
};

describe('corroboration through the API', () => {
  let db: Database;
  let app: App;
  let editor = '';
  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlAs<T>(app, editor, query, variables);
  const cite = (source: keyof typeof SOURCES, quote: string) => [{ sourceId: SOURCES[source].id, quote }];
  const count = (cypher: string, params: Record<string, unknown>) => countIn(db, cypher, params);
  const LINK = `mutation($input: RelationshipInput!) { createRelationship(input: $input) { id citations { quote source { id } } } }`;
  const CLAIM = `mutation($input: ClaimInput!) { createClaim(input: $input) { id value citations { quote source { id } } } }`;

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    editor = (await createToken(db, `editor-${run}`, 'editor')).token;
    for (const [key, source] of Object.entries(SOURCES)) {
      const created = await gql(`mutation($input: SourceInput!) { createSource(input: $input) { id } }`, {
        input: { id: source.id, caseId: CASE, caseTitle: 'Corroboration tests', title: `Report ${key}`, text: source.text },
      });
      expect(created.errors).toBeUndefined();
    }
    const entity = (id: string, kind: string, subkind: string | null, name: string, quote: string) =>
      gql(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, {
        input: { id, kind, subkind, name, citations: cite('first', quote) },
      });
    for (const result of [
      await entity(ids.leader, 'person', null, 'Larisa Testova', 'Larisa Testova, President'),
      await entity(ids.union, 'organisation', 'union-federation', 'Testland Confederation', 'President of the Testland Confederation'),
      await entity(ids.sentence, 'event', 'sentence', 'Sentence of Larisa Testova', 'was sentenced on 25 July 2017'),
    ])
      expect(result.errors).toBeUndefined();
  });

  afterAll(async () => {
    const session = db.driver.session();
    await session.run('MATCH (n) WHERE n.id CONTAINS $run OR n.caseId = $case DETACH DELETE n', { run, case: CASE });
    await session.close();
    await db.driver.close();
  });

  it('adds a second and third source to a link the graph holds instead of copying it', async () => {
    const input = { type: 'LEADS', from: ids.leader, to: ids.union, role: 'president' };
    const first = await gql<{ createRelationship: { id: string } }>(LINK, {
      input: { ...input, citations: cite('first', 'Larisa Testova, President of the Testland Confederation') },
    });
    const second = await gql<{ createRelationship: { id: string; citations: unknown[] } }>(LINK, {
      input: { ...input, date: '2017', citations: cite('ruling', 'confederation president Larisa Testova') },
    });
    const third = await gql<{ createRelationship: { id: string; citations: { source: { id: string } }[] } }>(LINK, {
      input: { ...input, citations: cite('appeal', 'Larisa Testova, President of the Testland Confederation') },
    });
    expect(second.data?.createRelationship.id).toBe(first.data?.createRelationship.id);
    expect(third.data?.createRelationship.id).toBe(first.data?.createRelationship.id);
    expect(third.data?.createRelationship.citations.map((c) => c.source.id)).toEqual([
      SOURCES.first.id,
      SOURCES.ruling.id,
      SOURCES.appeal.id,
    ]);
    expect(
      await count('MATCH (:Entity {id: $a})-[r:RELATION {type: "LEADS"}]->(:Entity {id: $b}) RETURN count(r)', {
        a: ids.leader,
        b: ids.union,
      }),
    ).toBe(1);
  });

  it('keeps one defendant link to one sentence however many reports state it', async () => {
    const input = { type: 'PARTICIPANT_IN', from: ids.leader, to: ids.sentence, role: 'defendant' };
    await gql(LINK, {
      input: { ...input, citations: cite('first', 'Larisa Testova, President of the Testland Confederation, was sentenced') },
    });
    await gql(LINK, {
      input: { ...input, date: '2017-07-25', citations: cite('ruling', 'She was sentenced to 400 hours of community service.') },
    });
    expect(
      await count('MATCH (:Entity {id: $a})-[r:RELATION]->(:Entity {id: $b}) RETURN count(r)', { a: ids.leader, b: ids.sentence }),
    ).toBe(1);
  });

  it('stores contested values as two claims with their quotes, reported as a contradiction', async () => {
    const hundred = await gql<{ createClaim: { id: string } }>(CLAIM, {
      input: {
        subject: ids.sentence,
        attribute: 'community service',
        value: '100 hours',
        citations: cite('first', 'The court ordered 100 hours of community service.'),
      },
    });
    const fourHundred = await gql<{ createClaim: { id: string } }>(CLAIM, {
      input: {
        subject: ids.sentence,
        attribute: 'community service',
        value: '400 hours',
        citations: cite('ruling', 'sentenced to 400 hours of community service'),
      },
    });
    expect(hundred.errors).toBeUndefined();
    expect(fourHundred.errors).toBeUndefined();
    const { data } = await gql<{ contradictions: { attribute: string; claims: { value: string; citations: { quote: string }[] }[] }[] }>(
      `query($id: ID) { contradictions(entityId: $id) { attribute claims { value citations { quote } } } }`,
      { id: ids.sentence },
    );
    expect(data?.contradictions).toEqual([
      {
        attribute: 'community service',
        claims: expect.arrayContaining([
          { value: '100 hours', citations: [{ quote: 'The court ordered 100 hours of community service.' }] },
          { value: '400 hours', citations: [{ quote: 'sentenced to 400 hours of community service' }] },
        ]),
      },
    ]);
  });

  it('does not call two complementary claims of a multi-valued attribute a contradiction', async () => {
    for (const [value, quote] of [
      ['the charges were political', 'The defence argued that the charges were political.'],
      ['the evidence was forged', 'The defence also argued that the evidence was forged.'],
    ]) {
      const created = await gql(CLAIM, {
        input: { subject: ids.sentence, attribute: 'defence argument', value, citations: cite('ruling', quote!) },
      });
      expect(created.errors).toBeUndefined();
    }
    const { data } = await gql<{ contradictions: { attribute: string }[] }>(
      `query($id: ID) { contradictions(entityId: $id) { attribute } }`,
      {
        id: ids.sentence,
      },
    );
    expect(data?.contradictions.map((c) => c.attribute)).toEqual(['community service']);
  });

  it('corroborates a claim stated again, in other typography, instead of adding a copy', async () => {
    const again = await gql<{ createClaim: { value: string; citations: unknown[] } }>(CLAIM, {
      input: {
        subject: ids.sentence,
        attribute: 'community service',
        value: '400  Hours',
        citations: cite('appeal', 'her sentence of 2017 stood'),
      },
    });
    expect(again.data?.createClaim).toMatchObject({ value: '400 hours' });
    expect(again.data?.createClaim.citations).toHaveLength(2);
    expect(
      await count('MATCH (c:Claim)-[:ABOUT]->(:Entity {id: $id}) WHERE c.attribute = "community service" RETURN count(c)', {
        id: ids.sentence,
      }),
    ).toBe(2);
  });

  it('lists in factsOnlyIn only what no other source states', async () => {
    const only = async (source: keyof typeof SOURCES) =>
      (await gql<{ factsOnlyIn: { type: string }[] }>(`query($s: ID!) { factsOnlyIn(sourceId: $s) { type } }`, { s: SOURCES[source].id }))
        .data?.factsOnlyIn;
    expect(await only('first')).toEqual([]);
    expect(await only('appeal')).toEqual([]);
    const link = await gql(LINK, {
      input: { type: 'PART_OF', from: ids.sentence, to: ids.union, citations: cite('appeal', 'On appeal, Larisa Testova') },
    });
    expect(link.errors).toBeUndefined();
    expect(await only('appeal')).toEqual([{ type: 'PART_OF' }]);
  });

  it('ranks one side of a contradiction preferred, with a reason, and keeps both sides visible', async () => {
    const { data } = await gql<{ contradictions: { claims: { id: string; value: string }[] }[] }>(
      `query($id: ID) { contradictions(entityId: $id) { claims { id value } } }`,
      { id: ids.sentence },
    );
    const ruling = data!.contradictions[0]!.claims.find((c) => c.value === '400 hours')!;
    const refused = await gql(`mutation($id: ID!) { rankClaim(id: $id, preferred: true) { id } }`, { id: ruling.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ranked = await gql(
      `mutation($id: ID!) { rankClaim(id: $id, preferred: true, reason: "the court's own ruling") { preferred preferredReason } }`,
      { id: ruling.id },
    );
    expect(ranked.data).toEqual({ rankClaim: { preferred: true, preferredReason: "the court's own ruling" } });
    const after = await gql<{ contradictions: { preferred: { value: string }; claims: unknown[] }[] }>(
      `query($id: ID) { contradictions(entityId: $id) { preferred { value } claims { value } } }`,
      { id: ids.sentence },
    );
    expect(after.data?.contradictions[0]).toMatchObject({ preferred: { value: '400 hours' } });
    expect(after.data?.contradictions[0]?.claims).toHaveLength(2);
  });
});
