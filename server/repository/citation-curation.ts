// Citations added to or removed from any fact — entity, link or claim — under the lock of the entities it belongs to.
// A fact never loses its last citation: delete the fact instead.
import type { Viewer } from '../auth/tokens.js';
import { citationKey, citationProblems, entityFromStored, storedEntity, type Citation } from '../../domain/records.js';
import type { Database, Run } from '../db/database.js';
import { domainError, throwIfProblems } from '../db/errors.js';
import { recordAudit } from './audit.js';
import { lockClaim, saveClaim } from './claim-curation.js';
import type { Claim, Entity, Relationship } from './model.js';
import { lockRelationship, saveRelationship } from './relationship-curation.js';
import { citedSources, claimById, entityById, entityState, lockEntities, relationshipById, type Props } from './state.js';

export type CitedFact = Entity | Relationship | Claim;

interface CitedState {
  name: string;
  citations: Citation[];
  entityIds: string[];
  before: Props;
  /** Writes the fact with these citations; returns its new stored properties. */
  save(citations: Citation[]): Promise<Props>;
  load(): Promise<CitedFact>;
}

/** Locks the fact's entities and reads it, whatever it is: ids say which (`rel/…`, `claim/…`, else an entity). */
async function lockFact(run: Run, id: string): Promise<CitedState> {
  if (id.startsWith('rel/')) {
    const { props, record, described } = await lockRelationship(run, id, 'targetId');
    return {
      name: `the link ${described}`,
      citations: record.citations,
      entityIds: [record.from, record.to],
      before: props,
      save: (citations) => saveRelationship(run, { ...record, citations }, props.caseId),
      load: () => relationshipById(run, id),
    };
  }
  if (id.startsWith('claim/')) {
    const { props, record, described } = await lockClaim(run, id, 'targetId');
    return {
      name: `the claim ${described}`,
      citations: record.citations,
      entityIds: [record.subject],
      before: props,
      save: (citations) => saveClaim(run, { ...record, citations }, props.caseId),
      load: () => claimById(run, id),
    };
  }
  await lockEntities(run, [id], () => 'targetId');
  const props = await entityState(run, id);
  const record = entityFromStored(props);
  return {
    name: record.name,
    citations: record.citations,
    entityIds: [id],
    before: props,
    save: async (citations) => {
      const after = storedEntity({ ...record, citations }, (props.caseId as string | null) ?? null);
      await run('curation/write-entity', { props: after });
      return after;
    },
    load: () => entityById(run, id),
  };
}

export async function changeCitation(db: Database, viewer: Viewer, targetId: string, citation: Citation, add: boolean): Promise<CitedFact> {
  return db.writeTransaction(async (run) => {
    const fact = await lockFact(run, targetId);
    const key = citationKey(citation);
    const present = fact.citations.some((c) => citationKey(c) === key);
    if (add) {
      throwIfProblems(citationProblems([citation], (await citedSources(run, [citation])).texts), 'citation');
      if (present) throw domainError('CONFLICT', `${targetId} already has this citation`);
    } else if (!present) {
      throw domainError('NOT_FOUND', `${targetId} has no citation of "${citation.sourceId}" with that quote`, { argument: 'citation' });
    }
    const citations = add ? [...fact.citations, citation] : fact.citations.filter((c) => citationKey(c) !== key);
    if (citations.length === 0)
      throwIfProblems([`${targetId} would be left without a citation; delete it instead, or add another citation first`], 'citation');
    const after = await fact.save(citations);
    await recordAudit(run, viewer, {
      action: add ? 'addCitation' : 'removeCitation',
      targetId,
      summary: `${add ? 'cited' : 'removed the citation of'} ${citation.sourceId} ${add ? 'for' : 'from'} ${fact.name}: "${citation.quote}"`,
      entityIds: fact.entityIds,
      before: fact.before,
      after,
    });
    return fact.load();
  });
}
