// Reports and their review: ingestReport, reports, report, acceptProposal, rejectProposal, acceptProposals.
import { requireRole } from '../auth/access.js';
import { domainError, throwIfProblems } from '../db/errors.js';
import { IngestError } from '../ingest/errors.js';
import type { ClaimProposal, EndRef, EntityProposal, ProposalEndModel, RelationshipProposal, ReviewItem } from '../ingest/proposals.js';
import { findEntity } from '../repository/entities.js';
import { acceptAbove, acceptProposal, listProposals, rejectProposal } from '../repository/proposal-review.js';
import { findReport, ingestReport, listReports, originalBytes, type ReportRecord } from '../repository/reports.js';
import { claimById } from '../repository/state.js';
import type { ReportInput, Resolvers } from '../schema/generated.js';
import type { Context } from './context.js';

const editor = (context: Context, action: string) => requireRole(context.auth.viewer(), context.auth.hasToken, ['editor', 'admin'], action);

function bytesOf(input: ReportInput): Uint8Array {
  const given = [input.text != null, input.fileBase64 != null].filter(Boolean).length;
  throwIfProblems(given === 1 ? [] : ['give either text or fileBase64, not both or neither'], 'input');
  if (input.text != null) return new TextEncoder().encode(input.text);
  const base64 = input.fileBase64!.replace(/\s+/g, '');
  throwIfProblems(/^[A-Za-z0-9+/]*={0,2}$/.test(base64) ? [] : ['fileBase64 is not base64'], 'input.fileBase64');
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/** A refused report is the client's to fix: BAD_USER_INPUT with the reason's code. */
function asUserError(error: unknown): unknown {
  return error instanceof IngestError ? domainError('BAD_USER_INPUT', error.message, { reason: error.code, argument: 'input' }) : error;
}

async function reportOrThrow(context: Context, sourceId: string): Promise<ReportRecord> {
  const report = await findReport(context.db, sourceId);
  if (!report) throw domainError('NOT_FOUND', `No report has source id "${sourceId}"`, { id: sourceId });
  return report;
}

/** A report's proposals, read once per request however many fields and ends ask for them. */
const proposalsRead = new WeakMap<Context, Map<string, Promise<ReviewItem[]>>>();
function proposalsOf(context: Context, sourceId: string): Promise<ReviewItem[]> {
  const byReport = proposalsRead.get(context) ?? new Map<string, Promise<ReviewItem[]>>();
  proposalsRead.set(context, byReport);
  const read = byReport.get(sourceId) ?? listProposals(context.db, sourceId);
  byReport.set(sourceId, read);
  return read;
}

const endOf = (item: ReviewItem, ref: EndRef): ProposalEndModel => ({ ref, sourceId: item.sourceId });

async function proposedEntity(context: Context, end: ProposalEndModel): Promise<ReviewItem | undefined> {
  if ('entityId' in end.ref) return undefined;
  const key = end.ref.key;
  return (await proposalsOf(context, end.sourceId)).find((p) => p.kind === 'ENTITY' && (p.proposal as EntityProposal).key === key);
}

export const ingestResolvers: Resolvers = {
  Query: {
    reports: (_, __, { db }) => listReports(db),
    report: (_, { sourceId }, { db }) => findReport(db, sourceId),
  },
  Mutation: {
    ingestReport: async (_, { input }, context) => {
      const viewer = await editor(context, 'ingestReport');
      try {
        const { sourceId, created } = await ingestReport(context.db, viewer, { ...input, bytes: bytesOf(input) });
        return { report: await reportOrThrow(context, sourceId), created };
      } catch (error) {
        throw asUserError(error);
      }
    },
    acceptProposal: async (_, { id, edit }, context) => acceptProposal(context.db, await editor(context, 'acceptProposal'), id, edit ?? {}),
    rejectProposal: async (_, { id, reason }, context) =>
      rejectProposal(context.db, await editor(context, 'rejectProposal'), id, reason ?? null),
    acceptProposals: async (_, { sourceId, minConfidence }, context) =>
      acceptAbove(context.db, await editor(context, 'acceptProposals'), sourceId, minConfidence),
  },
  Report: {
    originalBase64: async (report, _, { db }) =>
      Buffer.from((await originalBytes(db, report.sourceId)) ?? new Uint8Array()).toString('base64'),
    removed: async (report, _, context) => (report.analysis ?? (await reportOrThrow(context, report.sourceId)).analysis)?.removed ?? [],
    mentions: async (report, _, context) => (report.analysis ?? (await reportOrThrow(context, report.sourceId)).analysis)?.mentions ?? [],
    proposals: async (report, { status }, { db }) =>
      (await listProposals(db, report.sourceId)).filter((p) => !status || p.status === status),
    pendingCount: async (report, _, context) => (await proposalsOf(context, report.sourceId)).filter((p) => p.status === 'PENDING').length,
    proposalCount: async (report, _, context) => (await proposalsOf(context, report.sourceId)).length,
  },
  Mention: {
    entity: (mention, _, { db }) => (mention.link?.entityId ? findEntity(db, mention.link.entityId) : null),
    score: (mention) => mention.link?.score ?? null,
    reasons: (mention) => mention.link?.reasons ?? [],
  },
  Proposal: {
    quote: (item) => item.proposal.quote,
    start: (item) => item.proposal.start,
    end: (item) => item.proposal.end,
    reasons: (item) => item.proposal.reasons,
    entityKind: (item) => (item.kind === 'ENTITY' ? (item.proposal as EntityProposal).kind : null),
    subkind: (item) => (item.kind === 'ENTITY' ? (item.proposal as EntityProposal).subkind : null),
    name: (item) => (item.kind === 'ENTITY' ? (item.proposal as EntityProposal).name : null),
    date: (item) => ('date' in item.proposal ? item.proposal.date : null),
    type: (item) => (item.kind === 'RELATIONSHIP' ? (item.proposal as RelationshipProposal).type : null),
    role: (item) => (item.kind === 'RELATIONSHIP' ? (item.proposal as RelationshipProposal).role : null),
    from: (item) => (item.kind === 'RELATIONSHIP' ? endOf(item, (item.proposal as RelationshipProposal).from) : null),
    to: (item) => (item.kind === 'RELATIONSHIP' ? endOf(item, (item.proposal as RelationshipProposal).to) : null),
    subject: (item) => (item.kind === 'CLAIM' ? endOf(item, (item.proposal as ClaimProposal).subject) : null),
    attribute: (item) => (item.kind === 'CLAIM' ? (item.proposal as ClaimProposal).attribute : null),
    value: (item) => (item.kind === 'CLAIM' ? (item.proposal as ClaimProposal).value : null),
    contradicts: (item, _, { db }) => Promise.all(item.contradicts.map((id) => claimById((key, params) => db.read(key, params), id))),
  },
  ProposalEnd: {
    // A proposed entity once accepted is the entity it became.
    entity: async (end, _, context) => {
      if ('entityId' in end.ref) return findEntity(context.db, end.ref.entityId);
      const accepted = await proposedEntity(context, end);
      return accepted?.status === 'ACCEPTED' && accepted.resultId ? findEntity(context.db, accepted.resultId) : null;
    },
    proposalId: async (end, _, context) => ('entityId' in end.ref ? null : ((await proposedEntity(context, end))?.id ?? null)),
    name: async (end, _, context) => {
      if ('entityId' in end.ref) return (await findEntity(context.db, end.ref.entityId))?.name ?? end.ref.entityId;
      const entity = await proposedEntity(context, end);
      return entity ? (entity.proposal as EntityProposal).name : end.ref.key;
    },
  },
};
