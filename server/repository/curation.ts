// Editors' changes to entities, aliases, sources and relationships: each one transaction with its audit record.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import {
  checkCitations,
  checkDate,
  checkKind,
  checkRelationshipWords,
  checkText,
  Problems,
  type CitationInput,
} from '../curation/validate.js';
import type { Database, Run } from '../db/database.js';
import { domainError } from '../db/errors.js';
import { searchTextFor } from '../search/normalise.js';
import { dated } from '../seed/load-dataset.js';
import type { Vocabulary } from '../seed/schema.js';
import { recordAudit } from './audit.js';
import { toEntity, toRelationship, toSource, type Entity, type Relationship, type Source } from './model.js';

export type Props = Record<string, unknown>;

export interface EntityInput {
  id?: string | null;
  kind: string;
  subkind?: string | null;
  name: string;
  description?: string | null;
  date?: string | null;
  citations: CitationInput[];
}

export interface EntityPatch {
  name?: string | null;
  subkind?: string | null;
  description?: string | null;
  date?: string | null;
}

export interface SourceInput {
  id: string;
  title: string;
  publisher?: string | null;
  author?: string | null;
  date?: string | null;
  url?: string | null;
  text: string;
}

export interface RelationshipInput {
  id?: string | null;
  type: string;
  from: string;
  to: string;
  role?: string | null;
  date?: string | null;
  citations: CitationInput[];
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'entity'
  );
}

async function sourceTexts(run: Run, citations: readonly CitationInput[]): Promise<Map<string, string | null>> {
  if (citations.length === 0) return new Map();
  const records = await run('curation/source-texts', { ids: [...new Set(citations.map((c) => c.sourceId))] });
  return new Map(records.map((r) => [String(r.get('id')), r.get('text') === null ? null : String(r.get('text'))]));
}

/** An entity's stored properties, or null when it does not exist. */
export async function findEntityState(run: Run, id: string): Promise<Props | null> {
  const [record] = await run('curation/entity-state', { id });
  return record ? (record.get('props') as Props) : null;
}

async function entityState(run: Run, id: string): Promise<Props> {
  const props = await findEntityState(run, id);
  if (!props) throw domainError('NOT_FOUND', `No entity has id "${id}"`, { argument: 'id' });
  return props;
}

export async function entityById(run: Run, id: string): Promise<Entity> {
  const [record] = await run('entities/by-id', { id });
  if (!record) throw domainError('NOT_FOUND', `No entity has id "${id}"`);
  return toEntity(record.get('entity'));
}

export async function createEntity(db: Database, viewer: Viewer, vocabulary: Vocabulary, input: EntityInput): Promise<Entity> {
  const problems = new Problems();
  checkKind(problems, vocabulary, input.kind, input.subkind);
  checkText(problems, 'name', input.name);
  checkDate(problems, 'date', input.date);
  if (input.id != null && !/^[a-z]+\/[a-z0-9-]+$/.test(input.id)) problems.add('id must look like kind/kebab-slug');
  return db.writeTransaction(async (run) => {
    checkCitations(problems, input.citations, await sourceTexts(run, input.citations), true);
    problems.throwIfAny();
    const id = input.id ?? `${input.kind}/${slug(input.name)}-${randomBytes(3).toString('hex')}`;
    const props = {
      id,
      kind: input.kind,
      subkind: input.subkind ?? null,
      name: input.name.trim(),
      aliases: [],
      aliasReasons: [],
      descriptiveName: false,
      ...dated(input.date),
      description: input.description ?? null,
      citedSources: input.citations.map((c) => c.sourceId),
      citedQuotes: input.citations.map((c) => c.quote),
      searchText: searchTextFor([input.name]),
    };
    await run('curation/create-entity', { props });
    await recordAudit(run, viewer, 'createEntity', id, null, props);
    return entityById(run, id);
  });
}

export async function updateEntity(db: Database, viewer: Viewer, vocabulary: Vocabulary, id: string, patch: EntityPatch): Promise<Entity> {
  return db.writeTransaction(async (run) => {
    const before = await entityState(run, id);
    const problems = new Problems();
    if (patch.subkind !== undefined) checkKind(problems, vocabulary, String(before.kind), patch.subkind);
    checkText(problems, 'name', patch.name);
    checkDate(problems, 'date', patch.date);
    problems.throwIfAny();
    const change: Props = {};
    if (patch.name) {
      change.name = patch.name.trim();
      change.searchText = searchTextFor([change.name as string, ...((before.aliases as string[]) ?? [])]);
    }
    if (patch.subkind !== undefined) change.subkind = patch.subkind;
    if (patch.description !== undefined) change.description = patch.description;
    if (patch.date !== undefined) Object.assign(change, dated(patch.date));
    if (Object.keys(change).length === 0) problems.add('the patch changes nothing');
    problems.throwIfAny();
    await run('curation/update-entity', { id, patch: change });
    await recordAudit(run, viewer, 'updateEntity', id, before, await entityState(run, id));
    return entityById(run, id);
  });
}

export async function changeAliases(db: Database, viewer: Viewer, id: string, alias: string, reason: string | null): Promise<Entity> {
  return db.writeTransaction(async (run) => {
    const before = await entityState(run, id);
    const aliases = [...((before.aliases as string[]) ?? [])];
    const reasons = [...((before.aliasReasons as string[]) ?? [])];
    const index = aliases.indexOf(alias);
    const problems = new Problems();
    checkText(problems, 'alias', alias, 200);
    if (reason !== null) {
      checkText(problems, 'reason', reason);
      if (index >= 0 || alias === before.name) problems.add(`"${alias}" is already a name of ${id}`);
    } else if (index < 0) problems.add(`"${alias}" is not an alias of ${id}`);
    problems.throwIfAny();
    if (reason !== null) {
      aliases.push(alias);
      reasons.push(reason);
    } else {
      aliases.splice(index, 1);
      reasons.splice(index, 1);
    }
    await run('curation/update-entity', {
      id,
      patch: { aliases, aliasReasons: reasons, searchText: searchTextFor([String(before.name), ...aliases]) },
    });
    await recordAudit(run, viewer, reason !== null ? 'addAlias' : 'removeAlias', id, before, await entityState(run, id));
    return entityById(run, id);
  });
}

export async function createSource(db: Database, viewer: Viewer, input: SourceInput): Promise<Source> {
  const problems = new Problems();
  checkText(problems, 'id', input.id, 120);
  checkText(problems, 'title', input.title);
  checkText(problems, 'text', input.text, 2_000_000);
  checkDate(problems, 'date', input.date);
  if (input.url && !/^https?:\/\/\S+$/.test(input.url)) problems.add('url must be an http(s) address');
  problems.throwIfAny();
  const props = {
    ...input,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    date: input.date ?? null,
    url: input.url ?? null,
  };
  return db.writeTransaction(async (run) => {
    await run('curation/create-source', { props });
    await recordAudit(run, viewer, 'createSource', input.id, null, { ...props, text: `${input.text.length} characters` });
    return toSource(props);
  });
}

export async function createRelationship(
  db: Database,
  viewer: Viewer,
  vocabulary: Vocabulary,
  input: RelationshipInput,
): Promise<Relationship> {
  const problems = new Problems();
  checkRelationshipWords(problems, vocabulary, input.type, input.role);
  checkDate(problems, 'date', input.date);
  if (input.id != null && !/^rel\/[A-Za-z0-9/_-]+$/.test(input.id)) problems.add('id must look like rel/some-slug');
  // A link from an entity to itself says nothing, and a merge could not restore it.
  if (input.from === input.to) problems.add('from and to must be two different entities');
  return db.writeTransaction(async (run) => {
    checkCitations(problems, input.citations, await sourceTexts(run, input.citations), true);
    problems.throwIfAny();
    const id = input.id ?? `rel/${randomUUID()}`;
    const props = {
      id,
      type: input.type,
      role: input.role ?? null,
      ...dated(input.date),
      dateInferred: null,
      citedSources: input.citations.map((c) => c.sourceId),
      citedQuotes: input.citations.map((c) => c.quote),
    };
    const created = await run('curation/create-relationship', { from: input.from, to: input.to, props });
    if (created.length === 0) throw domainError('NOT_FOUND', `No entity has id "${input.from}" or "${input.to}"`, { argument: 'from' });
    await recordAudit(run, viewer, 'createRelationship', id, null, { ...props, from: input.from, to: input.to });
    return relationshipById(run, id);
  });
}

async function relationshipById(run: Run, id: string): Promise<Relationship> {
  const [record] = await run('curation/relationship-by-id', { id });
  if (!record) throw domainError('NOT_FOUND', `No relationship has id "${id}"`);
  return toRelationship(record.get('relationship'), toEntity(record.get('from')), toEntity(record.get('to')));
}

export async function deleteRelationship(db: Database, viewer: Viewer, id: string): Promise<boolean> {
  return db.writeTransaction(async (run) => {
    const [record] = await run('curation/delete-relationship', { id });
    if (!record) throw domainError('NOT_FOUND', `No relationship has id "${id}"`, { argument: 'id' });
    await recordAudit(
      run,
      viewer,
      'deleteRelationship',
      id,
      { ...(record.get('props') as Props), from: record.get('from'), to: record.get('to') },
      null,
    );
    return true;
  });
}
