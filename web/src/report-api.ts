// Reports and their review through the GraphQL contract: take a report in, list and read reports, decide proposals.
// Taking in and deciding need a signed-in editor or admin.
import { graphql } from './api.js';
import type { Selection } from './api-types.js';
import type * as Schema from './generated/schema.js';
import type { ProposalData, ProposalEdit, ReportData, ReportInput, ReportSummary } from './report-types.js';

const END = 'entity { id name } proposalId name';
export const PROPOSAL = `id kind status confidence quote start end reasons entityKind subkind name date type role
  from { ${END} } to { ${END} } subject { ${END} } attribute value corroborates contradicts { id value }
  resultId decidedBy decidedAt reason`;
const SUMMARY = 'sha256 capturedAt capturedBy mediaType pendingCount proposalCount source { id title publisher date url }';
const REPORT = `sha256 capturedAt capturedBy mediaType fileName byteSize pendingCount proposalCount
  source { id title publisher author date url text } removed { start end reason }
  mentions { text start end kind subkind value score reasons entity { id name } } proposals { ${PROPOSAL} }`;

export async function listReports(): Promise<ReportSummary[]> {
  const data = await graphql<{ reports: ReportSummary[] }>(`query Reports { reports { ${SUMMARY} } }`, {});
  return data.reports;
}

export async function loadReport(sourceId: string): Promise<ReportData | null> {
  const data = await graphql<{ report: ReportData | null }>(`query Report($sourceId: ID!) { report(sourceId: $sourceId) { ${REPORT} } }`, {
    sourceId,
  } satisfies Schema.QueryReportArgs);
  return data.report;
}

export type IngestOutcome = Selection<Schema.IngestResult, 'created', { report: ReportSummary }>;

export async function ingestReport(input: ReportInput): Promise<IngestOutcome> {
  const data = await graphql<{ ingestReport: IngestOutcome }>(
    `mutation IngestReport($input: ReportInput!) { ingestReport(input: $input) { created report { ${SUMMARY} } } }`,
    { input } satisfies Schema.MutationIngestReportArgs,
  );
  return data.ingestReport;
}

export async function acceptProposal(id: string, edit: ProposalEdit | null): Promise<ProposalData> {
  const data = await graphql<{ acceptProposal: ProposalData }>(
    `mutation AcceptProposal($id: ID!, $edit: ProposalEdit) { acceptProposal(id: $id, edit: $edit) { ${PROPOSAL} } }`,
    { id, edit } satisfies Schema.MutationAcceptProposalArgs,
  );
  return data.acceptProposal;
}

export async function rejectProposal(id: string, reason: string | null): Promise<ProposalData> {
  const data = await graphql<{ rejectProposal: ProposalData }>(
    `mutation RejectProposal($id: ID!, $reason: String) { rejectProposal(id: $id, reason: $reason) { ${PROPOSAL} } }`,
    { id, reason } satisfies Schema.MutationRejectProposalArgs,
  );
  return data.rejectProposal;
}

export type BulkOutcome = Selection<
  Schema.BulkAcceptResult,
  never,
  { accepted: Selection<Schema.Proposal, 'id'>[]; failed: Selection<Schema.ProposalFailure, 'id' | 'message'>[] }
>;

export async function acceptProposals(sourceId: string, minConfidence: number): Promise<BulkOutcome> {
  const data = await graphql<{ acceptProposals: BulkOutcome }>(
    `
      mutation AcceptProposals($sourceId: ID!, $minConfidence: Float!) {
        acceptProposals(sourceId: $sourceId, minConfidence: $minConfidence) {
          accepted {
            id
          }
          failed {
            id
            message
          }
        }
      }
    `,
    { sourceId, minConfidence } satisfies Schema.MutationAcceptProposalsArgs,
  );
  return data.acceptProposals;
}

/** The cases the database holds (from its sources): a report must name one when there is more than one. */
export async function caseIds(): Promise<string[]> {
  const data = await graphql<{ sources: Selection<Schema.Source, 'caseId'>[] }>('query SourceCases { sources { caseId } }', {});
  return [...new Set(data.sources.map((s) => s.caseId).filter((id): id is string => Boolean(id)))].sort();
}
