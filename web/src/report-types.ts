// The shapes the report screens read from the GraphQL contract (server/schema/ingest.graphql), each exactly what a
// query of report-api.ts selects, derived from the generated schema types.
import type { Selection } from './api-types.js';
import type * as Schema from './generated/schema.js';

export type EntityName = Selection<Schema.Entity, 'id' | 'name'>;

export type ReportSummary = Selection<
  Schema.Report,
  'sha256' | 'capturedAt' | 'capturedBy' | 'mediaType' | 'pendingCount' | 'proposalCount',
  { source: Selection<Schema.Source, 'id' | 'title' | 'publisher' | 'date' | 'url'> }
>;

export type RemovedSpan = Schema.RemovedSpan;

export type MentionData = Selection<
  Schema.Mention,
  'text' | 'start' | 'end' | 'kind' | 'subkind' | 'value' | 'score' | 'reasons',
  { entity: EntityName | null }
>;

export type ProposalEndData = Selection<Schema.ProposalEnd, 'proposalId' | 'name', { entity: EntityName | null }>;

export type ProposalData = Selection<
  Schema.Proposal,
  | 'id'
  | 'kind'
  | 'status'
  | 'confidence'
  | 'quote'
  | 'start'
  | 'end'
  | 'reasons'
  | 'entityKind'
  | 'subkind'
  | 'name'
  | 'date'
  | 'type'
  | 'role'
  | 'attribute'
  | 'value'
  | 'corroborates'
  | 'resultId'
  | 'decidedBy'
  | 'decidedAt'
  | 'reason',
  {
    from: ProposalEndData | null;
    to: ProposalEndData | null;
    subject: ProposalEndData | null;
    contradicts: Selection<Schema.Claim, 'id' | 'value'>[];
  }
>;

export type ReportData = Selection<
  Schema.Report,
  'sha256' | 'capturedAt' | 'capturedBy' | 'mediaType' | 'fileName' | 'byteSize' | 'pendingCount' | 'proposalCount',
  {
    source: Selection<Schema.Source, 'id' | 'title' | 'publisher' | 'author' | 'date' | 'url' | 'text'>;
    removed: RemovedSpan[];
    mentions: MentionData[];
    proposals: ProposalData[];
  }
>;

export type ProposalStatus = Schema.ProposalStatus;
export type ProposalKind = Schema.ProposalKind;
export type { ProposalEdit, ReportInput } from './generated/schema.js';
