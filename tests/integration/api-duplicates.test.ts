import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { createToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';
import { seedDir } from '../../server/paths.js';
import { suggestDuplicates } from '../../server/repository/duplicates.js';
import { readDataset } from '../../server/seed/read-dataset.js';
import { connectToTestDatabase, countIn, graphqlAs, type GraphQLBody } from './helpers.js';

// This suite's records carry a random suffix, so it neither sees nor disturbs other suites' data; seed entities are
// only read, never decided on.
const run = Math.random().toString(36).slice(2, 8);
const SOURCE = `test-${run}-duplicates`;
const TEXT = 'Serik Zhumabayev (Серик Жумабаев) was detained. Dinara Tasmagambetova, also written Динара Тасмагамбетова, was fined.';
const ids = {
  serik: `person/serik-zhumabayev-${run}-latin`,
  serikRu: `person/serik-zhumabayev-${run}-cyrillic`,
  dinara: `person/dinara-tasmagambetova-${run}-latin`,
  dinaraRu: `person/dinara-tasmagambetova-${run}-cyrillic`,
};

type Suggestion = { a: { id: string; name: string }; b: { id: string; name: string }; score: number; reasons: string[]; unsure: boolean };
type Decision = { a: string; b: string; decision: string; reason: string | null; decidedBy: string | null; mergeId: string | null };

const SUGGESTIONS = `query($first: Int) { duplicateSuggestions(first: $first) { a { id name } b { id name } score reasons unsure } }`;
const DECIDE = `mutation($keep: ID!, $other: ID!, $decision: DuplicateDecisionKind!, $reason: String) {
  decideDuplicate(keep: $keep, other: $other, decision: $decision, reason: $reason) { a b decision reason decidedBy decidedAt mergeId }
}`;

describe('duplicate suggestions and decisions', () => {
  let db: Database;
  let app: App;
  const tokens: Record<'reader' | 'editor', string> = { reader: '', editor: '' };

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLBody<T>> =>
    graphqlAs<T>(app, token ?? null, query, variables);
  const suggestions = async (token?: string) => {
    const body = await gql<{ duplicateSuggestions: Suggestion[] }>(SUGGESTIONS, { first: 50 }, token);
    expect(body.errors).toBeUndefined();
    return body.data!.duplicateSuggestions;
  };
  const pairOf = (list: Suggestion[], x: string, y: string) =>
    list.find((s) => [s.a.id, s.b.id].sort().join('|') === [x, y].sort().join('|'));
  const decide = (variables: Record<string, unknown>, token = tokens.editor) =>
    gql<{ decideDuplicate: Decision }>(DECIDE, variables, token);

  beforeAll(async () => {
    db = connectToTestDatabase();
    app = createApp({ db });
    for (const role of ['reader', 'editor'] as const) tokens[role] = (await createToken(db, `${role}-${run}`, role)).token;
    const source = await gql(
      `mutation($input: SourceInput!) { createSource(input: $input) { id } }`,
      { input: { id: SOURCE, caseId: `test-${run}`, caseTitle: 'Duplicate tests', title: 'Test report', text: TEXT } },
      tokens.editor,
    );
    expect(source.errors).toBeUndefined();
    const people: [string, string, string][] = [
      [ids.serik, 'Serik Zhumabayev', 'Serik Zhumabayev'],
      [ids.serikRu, 'Серик Жумабаев', 'Серик Жумабаев'],
      [ids.dinara, 'Dinara Tasmagambetova', 'Dinara Tasmagambetova'],
      [ids.dinaraRu, 'Динара Тасмагамбетова', 'Динара Тасмагамбетова'],
    ];
    for (const [id, name, quote] of people) {
      const created = await gql(
        `mutation($input: EntityInput!) { createEntity(input: $input) { id } }`,
        { input: { id, kind: 'person', name, citations: [{ sourceId: SOURCE, quote }] } },
        tokens.editor,
      );
      expect(created.errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    const session = db.driver.session();
    await session.run(
      'MATCH (n) WHERE n.id CONTAINS $run OR n.targetId CONTAINS $run OR n.name ENDS WITH $run OR n.actor ENDS WITH $run OR n.pair CONTAINS $run DETACH DELETE n',
      { run },
    );
    await session.run('MATCH (m:Merge) WHERE m.survivorId CONTAINS $run DETACH DELETE m', { run });
    await session.close();
    await db.driver.close();
  });

  it('suggests Serik Zhumabayev and Серик Жумабаев as one person, saying why, to a reader', async () => {
    const pair = pairOf(await suggestions(tokens.reader), ids.serik, ids.serikRu);
    expect(pair).toBeDefined();
    expect(pair!.a.id < pair!.b.id).toBe(true);
    expect(pair!.score).toBeGreaterThanOrEqual(0.9);
    expect(pair!.reasons.join(' ')).toMatch(/transliterat/);
    expect(pair!.unsure).toBe(false);
  });

  it('keeps suggesting a pair marked UNSURE, marked, and stops suggesting it once decided DIFFERENT', async () => {
    const unsure = await decide({ keep: ids.serik, other: ids.serikRu, decision: 'UNSURE', reason: 'same name, no date of birth' });
    expect(unsure.errors).toBeUndefined();
    expect(unsure.data!.decideDuplicate).toMatchObject({ decision: 'UNSURE', decidedBy: `editor-${run}`, mergeId: null });
    const marked = pairOf(await suggestions(), ids.serik, ids.serikRu);
    expect(marked).toMatchObject({ unsure: true });
    expect(marked!.reasons).toContain(`marked unsure by editor-${run}: same name, no date of birth`);

    const different = await decide({ keep: ids.serikRu, other: ids.serik, decision: 'DIFFERENT', reason: 'different fathers' });
    expect(different.errors).toBeUndefined();
    expect(different.data!.decideDuplicate).toMatchObject({
      a: ids.serikRu,
      b: ids.serik,
      decision: 'DIFFERENT',
      reason: 'different fathers',
    });
    expect(pairOf(await suggestions(), ids.serik, ids.serikRu)).toBeUndefined();
    const audited = await countIn(db, 'MATCH (a:AuditRecord {action: "decideDuplicate"}) WHERE $id IN a.entityIds RETURN count(a)', {
      id: ids.serik,
    });
    expect(audited).toBe(2);
  });

  it('merges a pair decided SAME, so it is no longer suggested, and undoMerge brings both back', async () => {
    expect(pairOf(await suggestions(), ids.dinara, ids.dinaraRu)).toBeDefined();
    const same = await decide({ keep: ids.dinara, other: ids.dinaraRu, decision: 'SAME' });
    expect(same.errors).toBeUndefined();
    const decision = same.data!.decideDuplicate;
    expect(decision).toMatchObject({ a: ids.dinaraRu, b: ids.dinara, decision: 'SAME' });
    expect(decision.mergeId).toMatch(/^merge\//);
    const kept = await gql<{ entity: { aliases: string[] } | null; gone: { id: string } | null }>(
      `query($keep: ID!, $other: ID!) { entity(id: $keep) { aliases } gone: entity(id: $other) { id } }`,
      { keep: ids.dinara, other: ids.dinaraRu },
    );
    expect(kept.data).toEqual({ entity: { aliases: ['Динара Тасмагамбетова'] }, gone: null });
    expect(pairOf(await suggestions(), ids.dinara, ids.dinaraRu)).toBeUndefined();

    const undone = await gql<{ undoMerge: { id: string } }>(
      `mutation($id: ID!) { undoMerge(mergeId: $id) { id } }`,
      { id: decision.mergeId },
      tokens.editor,
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoMerge.id).toBe(ids.dinaraRu);
    // The merge was undone, so the SAME decision no longer stands and the pair is open again.
    expect(pairOf(await suggestions(), ids.dinara, ids.dinaraRu)).toBeDefined();
  });

  it('refuses a reader (FORBIDDEN) and no token (UNAUTHENTICATED), and records nothing', async () => {
    const asReader = await decide({ keep: ids.dinara, other: ids.dinaraRu, decision: 'DIFFERENT' }, tokens.reader);
    expect(asReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(DECIDE, { keep: ids.dinara, other: ids.dinaraRu, decision: 'DIFFERENT' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pair = [ids.dinara, ids.dinaraRu].sort().join('|');
    expect(await countIn(db, 'MATCH (d:DuplicateDecision {pair: $pair}) WHERE d.decision <> "SAME" RETURN count(d)', { pair })).toBe(0);
  });

  it('answers NOT_FOUND naming the argument for an unknown id, and BAD_USER_INPUT for a pair of one', async () => {
    for (const decision of ['SAME', 'DIFFERENT', 'UNSURE']) {
      const unknown = await decide({ keep: ids.dinara, other: `person/nobody-${run}`, decision });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'other' });
    }
    const missingKeep = await decide({ keep: `person/nobody-${run}`, other: ids.dinara, decision: 'DIFFERENT' });
    expect(missingKeep.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'keep' });
    const self = await decide({ keep: ids.dinara, other: ids.dinara, decision: 'SAME' });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('checks the range of first', async () => {
    const tooMany = await gql(SUGGESTIONS, { first: 10_000 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('suggests few pairs among the seeded entities', async () => {
    const started = performance.now();
    const all = await suggestDuplicates(db, 50);
    const took = performance.now() - started;
    const seedIds = new Set(readDataset(seedDir).entities.map((e) => e.id));
    const seeded = all.filter((s) => seedIds.has(s.a.id) && seedIds.has(s.b.id));
    console.log(
      `duplicateSuggestions over the seed: ${took.toFixed(0)} ms, ${seeded.length} seed pair(s)\n` +
        seeded.map((s) => `  ${s.score} ${s.a.id} (${s.a.name}) ~ ${s.b.id} (${s.b.name}): ${s.reasons.join('; ')}`).join('\n'),
    );
    expect(seeded.length).toBeLessThan(20);
  });
});
