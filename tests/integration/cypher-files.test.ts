import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { splitStatements } from '../../server/db/queries.js';
import { storedClaim, storedEntity, storedRelationship, type SourceRecord } from '../../domain/records.js';
import type { VocabularyTerm } from '../../domain/vocabulary.js';
import type { StoredReport } from '../../server/repository/reports.js';
import { connectToTestDatabase } from './helpers.js';

// Parameters used by the files, with values of the right type, so EXPLAIN can plan them.
const SAMPLE_PARAMS: Record<string, unknown> = {
  id: 'x',
  query: 'x',
  kinds: ['person'],
  candidates: 1,
  depth: 1,
  nodeCap: 10,
  edgeCap: 10,
  entityId: 'x',
  sourceId: 'x',
  fromId: 'x',
  toId: 'y',
  maxHops: 2,
  types: ['LEADS'],
  from: '2017-01-01',
  to: '2017-12-31',
  avoidKinds: ['place'],
  throughKinds: ['event'],
  includeUndated: false,
  sources: [],
  entities: [],
  relationships: [],
  claims: [],
  cases: [],
  terms: [],
  term: {},
  seq: 1,
  caseId: 'x',
  ids: ['x'],
  subject: 'x',
  type: 'LEADS',
  role: null,
  props: {},
  first: 1,
  targetId: 'x',
  mergeId: 'x',
};

const UNKNOWN_NAMES = /UnknownLabelWarning|UnknownRelationshipTypeWarning|UnknownPropertyKeyWarning|01N50|01N51|01N52/;

// A property the database has not seen yet is fine when the model defines it (a source's url) or some query writes it
// (an audit record's fields before the first change); any other unknown property is a typo.
function writtenProperties(queries: Record<string, string>): Set<string> {
  const text = Object.values(queries).join('\n');
  const set = [...text.matchAll(/\.(\w+) = /g)].map((m) => m[1]!);
  const created = [...text.matchAll(/(\w+): \$\w+/g)].map((m) => m[1]!);
  // curation/merge-write stores the merge record as one map: SET record = $merge
  // (with the ids it moved: claimIds); whether a Merge exists yet depends on which suites ran first.
  return new Set([...set, ...created, 'survivorId', 'mergedId', 'outgoingIds', 'incomingIds', 'claimIds', 'undone']);
}
const citations = [{ sourceId: 's', quote: 'q' }];
const SOURCE: Record<keyof SourceRecord, null> = {
  id: null,
  caseId: null,
  title: null,
  publisher: null,
  author: null,
  date: null,
  dateNote: null,
  url: null,
  text: null,
};
const TERM: Record<keyof VocabularyTerm, null> = {
  key: null,
  group: null,
  name: null,
  description: null,
  kind: null,
  color: null,
  shape: null,
  multiValued: null,
  origin: null,
};
const REPORT: Record<keyof StoredReport, null> = {
  sourceId: null,
  sha256: null,
  capturedAt: null,
  capturedBy: null,
  mediaType: null,
  fileName: null,
  byteSize: null,
  original: null,
  analysis: null,
};
const MODEL_PROPERTIES = new Set([
  ...Object.keys(SOURCE),
  ...Object.keys(REPORT),
  ...Object.keys(TERM),
  ...Object.keys(
    storedEntity(
      {
        id: 'a/b',
        kind: 'a',
        subkind: null,
        name: 'n',
        descriptiveName: false,
        aliases: [],
        date: null,
        dateInferred: null,
        description: null,
        citations,
      },
      null,
    ),
  ),
  ...Object.keys(
    storedRelationship({ id: 'rel/x', type: 'T', from: 'a', to: 'b', role: null, date: null, dateInferred: null, citations }, null),
  ),
  ...Object.keys(
    storedClaim({ id: 'claim/x', subject: 'a', attribute: 'x', value: 'v', preferred: false, preferredReason: null, citations }, null),
  ),
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.ts$/.test(name) ? [full] : [];
  });
}

describe('every .cypher file', () => {
  let db: Database;
  beforeAll(() => {
    db = connectToTestDatabase();
  });
  afterAll(() => db.driver.close());

  it('plans under EXPLAIN against the seeded database without warnings about unknown labels, types or properties', async () => {
    const known = new Set([...MODEL_PROPERTIES, ...writtenProperties(db.queries)]);
    const isKnownProperty = (warning: string) => [...known].some((p) => warning.endsWith(`(the missing property name is: ${p})`));
    const session = db.driver.session();
    try {
      for (const [key, text] of Object.entries(db.queries)) {
        if (key === 'schema') {
          expect(splitStatements(text).length).toBeGreaterThan(3);
          continue;
        }
        const result = await session.run(`EXPLAIN ${text}`, SAMPLE_PARAMS);
        const warnings = result.summary.notifications.map((n) => `${n.code}: ${n.description}`);
        expect(
          warnings.filter((w) => UNKNOWN_NAMES.test(w) && !isKnownProperty(w)),
          key,
        ).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });

  it('is used by the server code', () => {
    const code = sourceFiles(path.resolve('server'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(db.queries).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
