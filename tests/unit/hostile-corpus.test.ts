import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { HOSTILE_VALUES, hostileSample, RawJson } from '../../bench/prove/hostile-corpus.js';
import { documentFor, slotsOf } from '../../bench/prove/hostile-driver.js';
import { fillerGaps } from '../../bench/prove/hostile-fillers.js';
import { classify, findLeak, sentForms } from '../../bench/prove/hostile-outcomes.js';
import { encodeGraphQLRequest } from '../../bench/prove/hostile-transport.js';
import { seedDir } from '../../server/paths.js';
import { buildSchema } from '../../server/schema/index.js';
import { readDataset } from '../../server/seed/read-dataset.js';

const schema = buildSchema();
const roots = [
  ['Query', schema.getQueryType()!],
  ['Mutation', schema.getMutationType()!],
] as const;

describe('the hostile corpus', () => {
  it('holds at least 500 values, and a sample of 60 meets every category, with nothing heavy', () => {
    expect(HOSTILE_VALUES.length).toBeGreaterThanOrEqual(500);
    const sample = hostileSample(60);
    expect(sample).toHaveLength(60);
    expect(new Set(sample.map((v) => v.category))).toEqual(new Set(HOSTILE_VALUES.map((v) => v.category)));
    expect(sample.filter((v) => v.heavy)).toEqual([]);
    expect(hostileSample(60)).toEqual(sample);
  });

  it('names no id and no name of the seed, so it never touches data it did not make', () => {
    const dataset = readDataset(seedDir);
    const known = new Set([
      ...[...dataset.sources, ...dataset.entities, ...dataset.relationships, ...dataset.claims].map((r) => r.id),
      ...dataset.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)]),
    ]);
    expect(HOSTILE_VALUES.filter((v) => typeof v.value === 'string' && known.has(v.value)).map((v) => v.label)).toEqual([]);
  });
});

describe('the hostile driver', () => {
  it('has a valid filler for every required argument and every input type', () => {
    expect(fillerGaps(schema)).toEqual([]);
  });

  it('writes a valid operation for every root field, and attacks nested input fields too', () => {
    for (const [parent, root] of roots) {
      for (const field of Object.values(root.getFields())) expect(validate(schema, parse(documentFor(parent, field)))).toEqual([]);
    }
    const paths = slotsOf('Mutation', schema.getMutationType()!.getFields().createEntity!).map((s) => s.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input', 'input.aliases', 'input.aliases.0.reason', 'input.citations.0.quote']));
  });

  it('sends a value nested 20,000 deep as it is', () => {
    const body = encodeGraphQLRequest('query { __typename }', { k: new RawJson('['.repeat(20_000) + ']'.repeat(20_000)), n: 1 });
    expect(body.length).toBeGreaterThan(40_000);
    expect(body).toMatch(/^\{"query":"query \{ __typename \}","variables":\{"k":\[\[\[/);
  });

  it('tells a leak from an echo of the value sent', () => {
    const trace = 'TypeError: x\n    at kindProblems (/work/main/domain/vocabulary.ts:71:27)';
    expect(findLeak(trace, '')).toMatch(/^stack trace/);
    expect(findLeak('Neo.ClientError.Statement.SyntaxError: Invalid input', '')).toMatch(/^Neo4j error code/);
    expect(findLeak('the quote "MATCH (n) DETACH DELETE n" is not in the source', sentForms('MATCH (n) DETACH DELETE n'))).toBeNull();
    expect(findLeak('id "../../etc/passwd" is not an id', sentForms('../../etc/passwd'))).toBeNull();
    expect(findLeak('MATCH (e:Entity {id: $id}) failed', sentForms('x'))).toMatch(/^Cypher/);
  });

  it('counts "Unexpected error.", an error without a code and an HTTP 5xx as unexpected, a coded error as a refusal', () => {
    const refused = classify({ status: 200, errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' } }], data: null }, '');
    expect(refused).toMatchObject({ outcome: 'refused', code: 'BAD_USER_INPUT' });
    expect(classify({ status: 400, errors: [{ message: 'Variable "$id" got invalid value' }] }, '')).toMatchObject({
      outcome: 'refused',
      code: 'GRAPHQL_VALIDATION',
    });
    for (const reply of [
      { status: 200, errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      { status: 200, errors: [{ message: 'something' }], data: null },
      { status: 500, errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] },
      { status: 0, networkError: 'socket hang up' },
    ])
      expect(classify(reply, '').outcome).toBe('unexpected');
    expect(classify({ status: 200, data: { entity: null } }, '').outcome).toBe('accepted');
  });
});
