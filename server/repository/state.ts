// What every curation write reads first: locks on the entities it changes, their stored state, the vocabulary and the
// texts its citations quote. Reads that follow a lock see every committed change, and none can slip in before commit.
import type { Citation, SourceTexts } from '../../domain/records.js';
import { fromTerms, type Vocabulary, type VocabularyTerm } from '../../domain/vocabulary.js';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Run } from '../db/database.js';
import { domainError, notFound } from '../db/errors.js';
import { toEntity, toClaim, toRelationship, type Claim, type Entity, type Relationship } from './model.js';

export type Props = Record<string, unknown>;

/**
 * Locks the entities that exist among `ids`, one at a time in id order — every writer takes its locks in the same
 * order, so two writers never wait on each other in a cycle — and returns their names by id.
 */
export async function lockInOrder(run: Run, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of [...new Set(ids)].sort()) {
    for (const record of await run('curation/lock-entities', { ids: [id] }))
      names.set(String(record.get('id')), String(record.get('name')));
  }
  return names;
}

/** Locks entities (lockInOrder) and returns their names, for audit summaries a person can read; NOT_FOUND names the first missing. */
export async function lockEntities(
  run: Run,
  ids: readonly string[],
  argumentOf: (id: string) => string = () => 'id',
): Promise<Map<string, string>> {
  const names = await lockInOrder(run, ids);
  const missing = ids.find((id) => !names.has(id));
  if (missing !== undefined) throw notFound('entity', missing, argumentOf(missing));
  return names;
}

/**
 * Reads a link or claim, locks the entities it belongs to (its ends, its subject) and reads it again: CONFLICT if a
 * concurrent change (a merge) moved it meanwhile. Returns the fresh state and the entities' names.
 */
export async function readLocked<S>(
  run: Run,
  id: string,
  read: () => Promise<S>,
  entitiesOf: (state: S) => string[],
): Promise<{ state: S; names: Map<string, string> }> {
  const seen = await read();
  const names = await lockEntities(run, entitiesOf(seen));
  const state = await read();
  if (entitiesOf(state).join('\u0000') !== entitiesOf(seen).join('\u0000'))
    throw domainError('CONFLICT', `${id} was moved by a concurrent change; try again`);
  return { state, names };
}

/** An entity's stored properties, or null when it does not exist. */
export async function findEntityState(run: Run, id: string): Promise<Props | null> {
  const [record] = await run('curation/entity-state', { id });
  return record ? (record.get('props') as Props) : null;
}

export async function entityState(run: Run, id: string): Promise<Props> {
  const props = await findEntityState(run, id);
  if (!props) throw notFound('entity', id);
  return props;
}

export async function relationshipState(run: Run, id: string, argument = 'id'): Promise<{ props: Props; from: string; to: string }> {
  const [record] = await run('curation/relationship-state', { id });
  if (!record) throw notFound('relationship', id, argument);
  return { props: record.get('props') as Props, from: String(record.get('from')), to: String(record.get('to')) };
}

export async function claimState(run: Run, id: string, argument = 'id'): Promise<{ props: Props; subject: string }> {
  const [record] = await run('curation/claim-state', { id });
  if (!record) throw notFound('claim', id, argument);
  return { props: record.get('props') as Props, subject: String(record.get('subject')) };
}

export interface CitedSources {
  texts: SourceTexts;
  /** The case of a source, to file a new record under the case of its first citation. */
  caseOf: (sourceId: string) => string | null;
}

export async function citedSources(run: Run, citations: readonly Citation[]): Promise<CitedSources> {
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const records = ids.length === 0 ? [] : await run('curation/source-texts', { ids });
  const rows = new Map(
    records.map((r) => [String(r.get('id')), { text: r.get('text') as string | null, caseId: r.get('caseId') as string | null }]),
  );
  return { texts: (id) => rows.get(id)?.text ?? undefined, caseOf: (id) => rows.get(id)?.caseId ?? null };
}

export const vocabularyOf = (records: readonly Neo4jRecord[]): Vocabulary => fromTerms(records.map((r) => r.get('term') as VocabularyTerm));

export async function currentVocabulary(run: Run): Promise<Vocabulary> {
  return vocabularyOf(await run('vocabulary/all'));
}

export async function entityById(run: Run, id: string): Promise<Entity> {
  const [record] = await run('entities/by-id', { id });
  if (!record) throw notFound('entity', id);
  return toEntity(record.get('entity'));
}

export async function relationshipById(run: Run, id: string): Promise<Relationship> {
  const [record] = await run('curation/relationship-by-id', { id });
  if (!record) throw notFound('relationship', id);
  return toRelationship(record.get('relationship'), toEntity(record.get('from')), toEntity(record.get('to')));
}

export async function claimById(run: Run, id: string): Promise<Claim> {
  const [record] = await run('curation/claim-by-id', { id });
  if (!record) throw notFound('claim', id);
  return toClaim(record.get('claim'));
}
