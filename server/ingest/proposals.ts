// What ingestion proposes: new entities, links and claims, each with the sentence that states it as its quote.
// An end is an entity the graph holds ({ entityId }) or one this report proposes ({ key }).

export type EndRef = { entityId: string } | { key: string };

/** What every proposal carries: the sentence that states it, where it is, how sure the rules are and why. */
export interface Quoted {
  quote: string;
  start: number;
  end: number;
  confidence: number;
  reasons: string[];
}

export interface EntityProposal extends Quoted {
  key: string;
  kind: string;
  subkind: string | null;
  name: string;
  date: string | null;
}

export interface RelationshipProposal extends Quoted {
  type: string;
  from: EndRef;
  to: EndRef;
  role: string | null;
  date: string | null;
}

export interface ClaimProposal extends Quoted {
  subject: EndRef;
  attribute: string;
  value: string;
}

export interface Proposals {
  entities: EntityProposal[];
  relationships: RelationshipProposal[];
  claims: ClaimProposal[];
}

export const refKey = (ref: EndRef) => ('entityId' in ref ? ref.entityId : `new:${ref.key}`);

export type ProposalKind = 'ENTITY' | 'RELATIONSHIP' | 'CLAIM';
/** ACCEPTING: an editor's acceptance is making its fact; no one else may decide it meanwhile. */
export type ProposalStatus = 'PENDING' | 'ACCEPTING' | 'ACCEPTED' | 'REJECTED';

/** A proposal as it waits for review. `signature` names what it states, so a rejection is remembered. */
export interface ReviewItem {
  id: string;
  sourceId: string;
  seq: number;
  kind: ProposalKind;
  status: ProposalStatus;
  confidence: number;
  signature: string;
  proposal: EntityProposal | RelationshipProposal | ClaimProposal;
  /** The fact this would add a citation to, when the graph holds it already. */
  corroborates: string | null;
  /** Claims of a single-valued attribute with another value. */
  contradicts: string[];
  resultId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

const squeeze = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * What a proposal states, independent of the report: the same statement proposed again (another copy of the report,
 * a second run) has the same signature. A new entity's is its kind and name, so a name rejected once stays rejected.
 */
export function signatureOf(kind: ProposalKind, p: EntityProposal | RelationshipProposal | ClaimProposal): string {
  if (kind === 'ENTITY') {
    const e = p as EntityProposal;
    return `entity|${e.kind}|${e.kind === 'event' ? e.key : squeeze(e.name)}`;
  }
  if (kind === 'RELATIONSHIP') {
    const r = p as RelationshipProposal;
    return `link|${r.type}|${refKey(r.from)}|${refKey(r.to)}|${r.role ?? ''}|${squeeze(r.quote)}`;
  }
  const c = p as ClaimProposal;
  return `claim|${refKey(c.subject)}|${c.attribute}|${squeeze(c.value)}|${squeeze(c.quote)}`;
}

/** An end as the API shows it: the reference and the report it was proposed in, to find a proposed entity. */
export interface ProposalEndModel {
  ref: EndRef;
  sourceId: string;
}
