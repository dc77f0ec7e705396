import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { seedDir } from '../../server/paths.js';
import { loadDataset } from '../../server/seed/load-dataset.js';
import { readDataset } from '../../server/seed/read-dataset.js';
import type { Dataset } from '../../server/seed/schema.js';
import { connectToTestDatabase } from './helpers.js';

// This suite's records carry a random prefix so that it neither sees nor disturbs other suites' data.
const prefix = `t${Math.random().toString(36).slice(2, 8)}`;

function withPrefix(dataset: Dataset): Dataset {
  const p = (id: string) => `${prefix}-${id}`;
  const cite = <T extends { citations: { sourceId: string; quote: string }[]; caseId: string }>(r: T): T => ({
    ...r,
    caseId: p(r.caseId),
    citations: r.citations.map((c) => ({ ...c, sourceId: p(c.sourceId) })),
  });
  return {
    vocabulary: dataset.vocabulary,
    caseVocabularies: {},
    cases: dataset.cases.map((c) => ({ ...c, id: p(c.id) })),
    sources: dataset.sources.map((s) => ({ ...s, id: p(s.id), caseId: p(s.caseId) })),
    entities: dataset.entities.map((e) => cite({ ...e, id: p(e.id) })),
    relationships: dataset.relationships.map((r) => cite({ ...r, id: p(r.id), from: p(r.from), to: p(r.to) })),
    claims: dataset.claims.map((c) => cite({ ...c, id: p(c.id), subject: p(c.subject) })),
  };
}

/** Everything this suite wrote, as sorted JSON: equal snapshots mean nothing changed. */
async function snapshot(db: Database): Promise<string> {
  const session = db.driver.session();
  try {
    const result = await session.run(
      `MATCH (n) WHERE n.id STARTS WITH $prefix
       OPTIONAL MATCH (n)-[r]->(m)
       WITH n, r, m ORDER BY n.id, r.id
       RETURN collect([properties(n), labels(n), type(r), properties(r), m.id]) AS rows`,
      { prefix },
    );
    return JSON.stringify(result.records[0]?.get('rows'));
  } finally {
    await session.close();
  }
}

describe('loading a dataset', () => {
  let db: Database;
  const mini = withPrefix(readDataset(path.resolve('tests/fixtures/seed-mini')));

  beforeAll(() => {
    db = connectToTestDatabase();
  });
  afterAll(async () => {
    const session = db.driver.session();
    await session.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    await session.close();
    await db.driver.close();
  });

  it('writes every record and reports the counts', async () => {
    expect(await loadDataset(db, mini)).toEqual({ sources: 2, entities: 3, relationships: 2, claims: 2 });
    expect(await snapshot(db)).toContain(`"${prefix}-person/anna-testova"`);
  });

  it('changes nothing when run twice', async () => {
    await loadDataset(db, mini);
    const before = await snapshot(db);
    await loadDataset(db, mini);
    expect(await snapshot(db)).toBe(before);
  });

  it('leaves the database as it was when a write fails half way', async () => {
    const session = db.driver.session();
    await session.run('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    await session.close();
    // Links are written after sources and entities; a map is not a valid property value, so Neo4j refuses it after
    // the rest was written.
    const broken = { ...mini, relationships: mini.relationships.map((r) => ({ ...r, role: { not: 'a string' } as unknown as string })) };
    await expect(loadDataset(db, broken)).rejects.toThrow(/Property values can only be of primitive types|Cannot store/);
    expect(await snapshot(db)).toBe('[]');
  });

  it('reloads the real seed dataset without adding a node or a relationship', async () => {
    const dataset = readDataset(seedDir);
    const ids = [...dataset.entities, ...dataset.sources, ...dataset.claims].map((r) => r.id);
    const relIds = dataset.relationships.map((r) => r.id);
    const count = async () => {
      const session = db.driver.session();
      try {
        const result = await session.run(
          `MATCH (n) WHERE n.id IN $ids WITH count(n) AS nodes
           MATCH ()-[r:RELATION]->() WHERE r.id IN $relIds RETURN nodes, count(r) AS relationships`,
          { ids, relIds },
        );
        return [result.records[0]?.get('nodes').toNumber(), result.records[0]?.get('relationships').toNumber()];
      } finally {
        await session.close();
      }
    };
    expect(await count()).toEqual([ids.length, relIds.length]);
    await loadDataset(db, dataset);
    expect(await count()).toEqual([ids.length, relIds.length]);
  });
});
