// What ingestion proposes: new entities, links and claims, each with the sentence that states it as its quote.
// An end is an entity the graph holds ({ entityId }) or one this report proposes ({ key }).

export type EndRef = { entityId: string } | { key: string };

export interface EntityProposal {
  key: string;
  kind: string;
  subkind: string | null;
  name: string;
  date: string | null;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  reasons: string[];
}

export interface RelationshipProposal {
  type: string;
  from: EndRef;
  to: EndRef;
  role: string | null;
  date: string | null;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  reasons: string[];
}

export interface ClaimProposal {
  subject: EndRef;
  attribute: string;
  value: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  reasons: string[];
}

export interface Proposals {
  entities: EntityProposal[];
  relationships: RelationshipProposal[];
  claims: ClaimProposal[];
}

export const refKey = (ref: EndRef) => ('entityId' in ref ? ref.entityId : `new:${ref.key}`);
