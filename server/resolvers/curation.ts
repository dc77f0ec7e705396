// Mutations (editors and admins), the audit log (admins) and an entity's history (editors and admins).
import { requireRole } from '../auth/access.js';
import { checkRange } from '../limits.js';
import { entityHistory, listAudit } from '../repository/audit.js';
import { changeCitation, type CitedFact } from '../repository/citation-curation.js';
import { createClaim, deleteClaim, rankClaim, updateClaim, type ClaimInput, type ClaimPatch } from '../repository/claim-curation.js';
import {
  changeAliases,
  createEntity,
  deleteEntity,
  updateEntity,
  type EntityInput,
  type EntityPatch,
} from '../repository/entity-curation.js';
import { mergeEntities, undoMerge } from '../repository/merges.js';
import {
  createRelationship,
  deleteRelationship,
  updateRelationship,
  type RelationshipInput,
  type RelationshipPatch,
} from '../repository/relationship-curation.js';
import { createSource, type SourceInput } from '../repository/source-curation.js';
import type { Citation } from '../../domain/records.js';
import type { Context } from './context.js';

const editor = (context: Context, action: string) => requireRole(context.auth.viewer(), context.auth.hasToken, ['editor', 'admin'], action);

type Args<T> = { input: T };
type Patch<T> = { id: string; patch: T };
type IdArgs = { id: string };
type CitationArgs = { targetId: string; citation: Citation };

export const curationResolvers = {
  Mutation: {
    createEntity: async (_: unknown, args: Args<EntityInput>, context: Context) =>
      createEntity(context.db, await editor(context, 'createEntity'), args.input),
    updateEntity: async (_: unknown, args: Patch<EntityPatch>, context: Context) =>
      updateEntity(context.db, await editor(context, 'updateEntity'), args.id, args.patch),
    deleteEntity: async (_: unknown, args: IdArgs, context: Context) =>
      deleteEntity(context.db, await editor(context, 'deleteEntity'), args.id),
    addAlias: async (_: unknown, args: { id: string; alias: string; reason: string }, context: Context) =>
      changeAliases(context.db, await editor(context, 'addAlias'), args.id, args.alias, args.reason),
    removeAlias: async (_: unknown, args: { id: string; alias: string }, context: Context) =>
      changeAliases(context.db, await editor(context, 'removeAlias'), args.id, args.alias, null),
    createSource: async (_: unknown, args: Args<SourceInput>, context: Context) =>
      createSource(context.db, await editor(context, 'createSource'), args.input),
    createRelationship: async (_: unknown, args: Args<RelationshipInput>, context: Context) =>
      createRelationship(context.db, await editor(context, 'createRelationship'), args.input),
    updateRelationship: async (_: unknown, args: Patch<RelationshipPatch>, context: Context) =>
      updateRelationship(context.db, await editor(context, 'updateRelationship'), args.id, args.patch),
    deleteRelationship: async (_: unknown, args: IdArgs, context: Context) =>
      deleteRelationship(context.db, await editor(context, 'deleteRelationship'), args.id),
    createClaim: async (_: unknown, args: Args<ClaimInput>, context: Context) =>
      createClaim(context.db, await editor(context, 'createClaim'), args.input),
    updateClaim: async (_: unknown, args: Patch<ClaimPatch>, context: Context) =>
      updateClaim(context.db, await editor(context, 'updateClaim'), args.id, args.patch),
    deleteClaim: async (_: unknown, args: IdArgs, context: Context) =>
      deleteClaim(context.db, await editor(context, 'deleteClaim'), args.id),
    rankClaim: async (_: unknown, args: { id: string; preferred: boolean; reason?: string | null }, context: Context) =>
      rankClaim(context.db, await editor(context, 'rankClaim'), args.id, args.preferred, args.reason ?? null),
    addCitation: async (_: unknown, args: CitationArgs, context: Context) =>
      changeCitation(context.db, await editor(context, 'addCitation'), args.targetId, args.citation, true),
    removeCitation: async (_: unknown, args: CitationArgs, context: Context) =>
      changeCitation(context.db, await editor(context, 'removeCitation'), args.targetId, args.citation, false),
    mergeEntities: async (_: unknown, args: { survivorId: string; mergedId: string; reason: string }, context: Context) =>
      mergeEntities(context.db, await editor(context, 'mergeEntities'), args.survivorId, args.mergedId, args.reason),
    undoMerge: async (_: unknown, args: { mergeId: string }, context: Context) =>
      undoMerge(context.db, await editor(context, 'undoMerge'), args.mergeId),
  },
  Query: {
    auditLog: async (_: unknown, args: { targetId?: string | null; first: number }, context: Context) => {
      await requireRole(context.auth.viewer(), context.auth.hasToken, ['admin'], 'auditLog');
      return listAudit(context.db, args.targetId ?? null, checkRange('first', args.first, 1, context.limits.maxNodes));
    },
    history: async (_: unknown, args: { id: string; first: number }, context: Context) => {
      await editor(context, 'history');
      return entityHistory(context.db, args.id, checkRange('first', args.first, 1, context.limits.maxNodes));
    },
  },
  CitedFact: {
    __resolveType: (fact: CitedFact) => ('kind' in fact ? 'Entity' : 'attribute' in fact ? 'Claim' : 'Relationship'),
  },
};
