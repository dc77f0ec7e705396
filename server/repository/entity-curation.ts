// Editors' changes to entities and their names: each one transaction that locks the entity, checks the result with the
// domain's rules, writes the complete stored form, and leaves an audit record.
import { randomBytes } from 'node:crypto';
import type { Viewer } from '../auth/tokens.js';
import {
  citationProblems,
  entityFromStored,
  entityProblems,
  mergeCitations,
  storedEntity,
  type EntityRecord,
} from '../../domain/records.js';
import type { Database, Run } from '../db/database.js';
import { domainError, notFound, throwIfProblems } from '../db/errors.js';
import { recordAudit } from './audit.js';
import type { EntityInput, EntityPatch } from '../schema/generated.js';
import type { Entity } from './model.js';
import { citedSources, currentVocabulary, entityById, entityState, lockEntities, type Props } from './state.js';

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

/** Writes an entity's new state after checking it, and records the change. */
async function saveEntity(
  run: Run,
  viewer: Viewer,
  change: { action: string; summary: string; before: Props | null; record: EntityRecord; caseId: string | null },
) {
  throwIfProblems(entityProblems(change.record, await currentVocabulary(run)));
  const props = storedEntity(change.record, change.caseId);
  await run('curation/write-entity', { props });
  await recordAudit(run, viewer, {
    action: change.action,
    targetId: change.record.id,
    summary: change.summary,
    entityIds: [change.record.id],
    before: change.before,
    after: props,
  });
  return entityById(run, change.record.id);
}

/** Creates an entity, or, when its id exists, corroborates it: the citations and new aliases are added, nothing copied. */
export async function createEntity(db: Database, viewer: Viewer, input: EntityInput): Promise<Entity> {
  return db.writeTransaction(async (run) => {
    const sources = await citedSources(run, input.citations);
    throwIfProblems(citationProblems(input.citations, sources.texts), 'input.citations');
    const id = input.id ?? `${input.kind}/${slug(input.name)}-${randomBytes(3).toString('hex')}`;
    const [claimed] = await run('curation/claim-entity-id', { id });
    const existing = claimed?.get('created') === true ? null : await entityState(run, id);
    if (existing) {
      const record = entityFromStored(existing);
      if (record.kind !== input.kind) throw domainError('CONFLICT', `${id} exists already as a ${record.kind}, not a ${input.kind}`);
      const names = new Set([record.name, ...record.aliases.map((a) => a.name)]);
      const aliases = [...record.aliases, ...(input.aliases ?? []).filter((a) => !names.has(a.name.trim()))];
      const citations = mergeCitations(record.citations, input.citations);
      if (citations.length === record.citations.length && aliases.length === record.aliases.length) return entityById(run, id);
      return saveEntity(run, viewer, {
        action: 'corroborateEntity',
        summary: `corroborated ${record.name} with ${citations.length - record.citations.length} new citation(s)`,
        before: existing,
        record: { ...record, aliases, citations },
        caseId: (existing.caseId as string | null) ?? null,
      });
    }
    const record: EntityRecord = {
      id,
      kind: input.kind,
      subkind: input.subkind ?? null,
      name: input.name,
      descriptiveName: input.descriptiveName ?? false,
      aliases: input.aliases ?? [],
      date: input.date ?? null,
      dateInferred: input.dateInferred ?? null,
      description: input.description ?? null,
      citations: input.citations,
    };
    return saveEntity(run, viewer, {
      action: 'createEntity',
      summary: `created ${record.kind} ${record.name.trim()}`,
      before: null,
      record,
      caseId: sources.caseOf(input.citations[0]!.sourceId),
    });
  });
}

export async function updateEntity(db: Database, viewer: Viewer, id: string, patch: EntityPatch): Promise<Entity> {
  const problems: string[] = [];
  if ('name' in patch && patch.name == null) problems.push('name cannot be cleared');
  if ('kind' in patch && patch.kind == null) problems.push('kind cannot be cleared');
  if (Object.keys(patch).length === 0) problems.push('the patch changes nothing');
  throwIfProblems(problems, 'patch');
  return db.writeTransaction(async (run) => {
    await lockEntities(run, [id]);
    const before = await entityState(run, id);
    const record = entityFromStored(before);
    const changed = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? (k === 'descriptiveName' ? false : null)]));
    return saveEntity(run, viewer, {
      action: 'updateEntity',
      summary: `changed ${Object.keys(patch).join(', ')} of ${record.name}`,
      before,
      record: { ...record, ...changed },
      caseId: (before.caseId as string | null) ?? null,
    });
  });
}

/** Adds an alias (with its reason) or, with a null reason, removes one. */
export async function changeAliases(db: Database, viewer: Viewer, id: string, alias: string, reason: string | null): Promise<Entity> {
  return db.writeTransaction(async (run) => {
    await lockEntities(run, [id]);
    const before = await entityState(run, id);
    const record = entityFromStored(before);
    const name = alias.trim();
    const known = record.aliases.some((a) => a.name === name);
    if (reason === null && !known) throwIfProblems([`"${alias}" is not an alias of ${id}`], 'alias');
    const aliases = reason === null ? record.aliases.filter((a) => a.name !== name) : [...record.aliases, { name: alias, reason }];
    return saveEntity(run, viewer, {
      action: reason === null ? 'removeAlias' : 'addAlias',
      summary: reason === null ? `removed the alias "${name}"` : `added the alias "${name}": ${reason}`,
      before,
      record: { ...record, aliases },
      caseId: (before.caseId as string | null) ?? null,
    });
  });
}

export async function deleteEntity(db: Database, viewer: Viewer, id: string): Promise<boolean> {
  return db.writeTransaction(async (run) => {
    await lockEntities(run, [id]);
    const [record] = await run('curation/delete-entity', { id });
    if (!record) throw notFound('entity', id, 'id');
    const props = record.get('props') as Props;
    const links = record.get('links') as { props: Props; from: string; to: string }[];
    await recordAudit(run, viewer, {
      action: 'deleteEntity',
      targetId: id,
      summary: `deleted ${String(props.name)} with ${links.length} link(s) and ${(record.get('claims') as unknown[]).length} claim(s)`,
      entityIds: [id, ...links.flatMap((l) => [l.from, l.to])],
      before: { entity: props, links, claims: record.get('claims') },
      after: null,
    });
    return true;
  });
}
