// Mutations (editors and admins) and the audit log (admins).
import { requireRole } from '../auth/access.js';
import { checkRange } from '../limits.js';
import { listAudit } from '../repository/audit.js';
import {
  changeAliases,
  createEntity,
  createRelationship,
  createSource,
  deleteRelationship,
  updateEntity,
  type EntityInput,
  type EntityPatch,
  type RelationshipInput,
  type SourceInput,
} from '../repository/curation.js';
import { mergeEntities, undoMerge } from '../repository/merges.js';
import type { Context } from './context.js';

const editor = (context: Context, action: string) => requireRole(context.auth.viewer(), context.auth.hasToken, ['editor', 'admin'], action);

export const curationResolvers = {
  Mutation: {
    createEntity: async (_: unknown, args: { input: EntityInput }, context: Context) =>
      createEntity(context.db, await editor(context, 'createEntity'), context.vocabulary, args.input),
    updateEntity: async (_: unknown, args: { id: string; patch: EntityPatch }, context: Context) =>
      updateEntity(context.db, await editor(context, 'updateEntity'), context.vocabulary, args.id, args.patch),
    addAlias: async (_: unknown, args: { id: string; alias: string; reason: string }, context: Context) =>
      changeAliases(context.db, await editor(context, 'addAlias'), args.id, args.alias, args.reason),
    removeAlias: async (_: unknown, args: { id: string; alias: string }, context: Context) =>
      changeAliases(context.db, await editor(context, 'removeAlias'), args.id, args.alias, null),
    createSource: async (_: unknown, args: { input: SourceInput }, context: Context) =>
      createSource(context.db, await editor(context, 'createSource'), args.input),
    createRelationship: async (_: unknown, args: { input: RelationshipInput }, context: Context) =>
      createRelationship(context.db, await editor(context, 'createRelationship'), context.vocabulary, args.input),
    deleteRelationship: async (_: unknown, args: { id: string }, context: Context) =>
      deleteRelationship(context.db, await editor(context, 'deleteRelationship'), args.id),
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
  },
};
