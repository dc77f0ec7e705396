// Writes a validated dataset to Neo4j in one transaction: a failure leaves the database as it was. Records are stored
// in the domain's one stored form (domain/records.ts), the same the API writes.
import { storedClaim, storedEntity, storedRelationship } from '../../domain/records.js';
import { toTerms } from '../../domain/vocabulary.js';
import type { Database } from '../db/database.js';
import { toNumber } from '../db/values.js';
import type { Dataset } from './schema.js';

export interface LoadSummary {
  sources: number;
  entities: number;
  relationships: number;
  claims: number;
}

/** Ids of records to leave as the database has them (curated changes the user chose to keep). */
export type KeptIds = ReadonlySet<string>;

export function toParameters(dataset: Dataset, keep: KeptIds = new Set()) {
  const kept = <T extends { id: string }>(records: T[]) => records.filter((r) => !keep.has(r.id));
  return {
    cases: dataset.cases.map((c) => ({ id: c.id, title: c.title, description: c.description })),
    sources: kept(dataset.sources).map(({ textFile: _, ...source }) => source),
    entities: kept(dataset.entities).map((e) => storedEntity(e, e.caseId)),
    relationships: kept(dataset.relationships).map((r) => ({ from: r.from, to: r.to, props: storedRelationship(r, r.caseId) })),
    claims: kept(dataset.claims).map((c) => ({ subject: c.subject, props: storedClaim(c, c.caseId) })),
  };
}

/** The shared words as "shared", each case's additions under its id; words already in the database stay as they are. */
export function vocabularyTerms(dataset: Pick<Dataset, 'vocabulary' | 'caseVocabularies'>) {
  const byCase = Object.entries(dataset.caseVocabularies).flatMap(([caseId, v]) => toTerms(v, caseId));
  const caseKeys = new Set(byCase.map((t) => t.key));
  return [...toTerms(dataset.vocabulary, 'shared').filter((t) => !caseKeys.has(t.key)), ...byCase];
}

/** Adds the seed's new words (after an update of a vocabulary.yaml) to a database that has the rest, each from its file. */
export async function addNewWords(db: Database, dataset: Pick<Dataset, 'vocabulary' | 'caseVocabularies'>): Promise<number> {
  const records = await db.write('vocabulary/upsert-terms', { terms: vocabularyTerms(dataset), seq: Date.now() * 1000 });
  return toNumber(records[0]?.get('count'));
}

export async function loadDataset(db: Database, dataset: Dataset, keep: KeptIds = new Set()): Promise<LoadSummary> {
  const params = toParameters(dataset, keep);
  return db.writeTransaction(async (run) => {
    const count = async (key: string, parameters: Record<string, unknown>) => toNumber((await run(key, parameters))[0]?.get('count'));
    await run('vocabulary/upsert-terms', { terms: vocabularyTerms(dataset), seq: Date.now() * 1000 });
    await run('seed/upsert-cases', { cases: params.cases });
    return {
      sources: await count('seed/upsert-sources', { sources: params.sources }),
      entities: await count('seed/upsert-entities', { entities: params.entities }),
      relationships: await count('seed/upsert-relationships', { relationships: params.relationships }),
      claims: await count('seed/upsert-claims', { claims: params.claims }),
    };
  });
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const records = await db.read('seed/count-entities');
  return toNumber(records[0]?.get('count')) === 0;
}
