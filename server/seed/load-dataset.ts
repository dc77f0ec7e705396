// Writes a validated dataset to Neo4j in one transaction: a failure leaves the database as it was.
import type { Database } from '../db/database.js';
import { toNumber } from '../db/values.js';
import { searchTextFor } from '../search/normalise.js';
import { dateRange } from '../../domain/dates.js';
import type { Citation, Dataset } from './schema.js';

export interface LoadSummary {
  sources: number;
  entities: number;
  relationships: number;
  claims: number;
}

/** The interval a partial date covers, stored beside it so range filters and sorting need no parsing in Cypher. */
export function dated(date: string | null | undefined) {
  const range = date ? dateRange(date) : null;
  return { date: date ?? null, dateStart: range?.start ?? null, dateEnd: range?.end ?? null };
}

function cited(citations: Citation[]) {
  return { citedSources: citations.map((c) => c.source), citedQuotes: citations.map((c) => c.quote) };
}

export function toParameters(dataset: Dataset) {
  return {
    sources: dataset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher ?? null,
      author: s.author ?? null,
      date: s.date ?? null,
      dateNote: s.dateNote ?? null,
      url: s.url ?? null,
      text: s.text,
    })),
    entities: dataset.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      subkind: e.subkind ?? null,
      name: e.name,
      descriptiveName: e.descriptiveName ?? false,
      aliases: e.aliases.map((a) => a.name),
      aliasReasons: e.aliases.map((a) => a.reason),
      ...dated(e.date),
      dateInferred: e.dateInferred ?? null,
      description: e.description ?? null,
      searchText: searchTextFor([e.name, ...e.aliases.map((a) => a.name)]),
      ...cited(e.citations),
    })),
    relationships: dataset.relationships.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      role: r.role ?? null,
      ...dated(r.date),
      dateInferred: r.dateInferred ?? null,
      ...cited(r.citations),
    })),
    claims: dataset.claims.map((c) => ({ id: c.id, subject: c.subject, attribute: c.attribute, value: c.value, ...cited(c.citations) })),
  };
}

export async function loadDataset(db: Database, dataset: Dataset): Promise<LoadSummary> {
  const params = toParameters(dataset);
  return db.writeTransaction(async (run) => {
    const count = async (key: string, parameters: Record<string, unknown>) => {
      const records = await run(key, parameters);
      return toNumber(records[0]?.get('count'));
    };
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
