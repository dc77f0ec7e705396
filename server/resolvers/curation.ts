// Mutations (editors and admins), the audit log (admins) and an entity's history (editors and admins).
import { requireRole } from '../auth/access.js';
import { checkRange } from '../limits.js';
import { entityHistory, listAudit } from '../repository/audit.js';
import { changeCitation } from '../repository/citation-curation.js';
import { createClaim, deleteClaim, rankClaim, updateClaim } from '../repository/claim-curation.js';
import { changeAliases, createEntity, deleteEntity, updateEntity } from '../repository/entity-curation.js';
import { mergeEntities, undoMerge } from '../repository/merges.js';
import { createRelationship, deleteRelationship, updateRelationship } from '../repository/relationship-curation.js';
import { createSource } from '../repository/source-curation.js';
import type { Resolvers } from '../schema/generated.js';
import type { Context } from './context.js';

const editor = (context: Context, action: string) => requireRole(context.auth.viewer(), context.auth.hasToken, ['editor', 'admin'], action);

export const curationResolvers: Resolvers = {
  Mutation: {
    createEntity: async (_, { input }, context) => createEntity(context.db, await editor(context, 'createEntity'), input),
    updateEntity: async (_, { id, patch }, context) => updateEntity(context.db, await editor(context, 'updateEntity'), id, patch),
    deleteEntity: async (_, { id }, context) => deleteEntity(context.db, await editor(context, 'deleteEntity'), id),
    addAlias: async (_, { id, alias, reason }, context) => changeAliases(context.db, await editor(context, 'addAlias'), id, alias, reason),
    removeAlias: async (_, { id, alias }, context) => changeAliases(context.db, await editor(context, 'removeAlias'), id, alias, null),
    createSource: async (_, { input }, context) => createSource(context.db, await editor(context, 'createSource'), input),
    createRelationship: async (_, { input }, context) => createRelationship(context.db, await editor(context, 'createRelationship'), input),
    updateRelationship: async (_, { id, patch }, context) =>
      updateRelationship(context.db, await editor(context, 'updateRelationship'), id, patch),
    deleteRelationship: async (_, { id }, context) => deleteRelationship(context.db, await editor(context, 'deleteRelationship'), id),
    createClaim: async (_, { input }, context) => createClaim(context.db, await editor(context, 'createClaim'), input),
    updateClaim: async (_, { id, patch }, context) => updateClaim(context.db, await editor(context, 'updateClaim'), id, patch),
    deleteClaim: async (_, { id }, context) => deleteClaim(context.db, await editor(context, 'deleteClaim'), id),
    rankClaim: async (_, { id, preferred, reason }, context) =>
      rankClaim(context.db, await editor(context, 'rankClaim'), id, preferred, reason ?? null),
    addCitation: async (_, { targetId, citation }, context) =>
      changeCitation(context.db, await editor(context, 'addCitation'), targetId, citation, true),
    removeCitation: async (_, { targetId, citation }, context) =>
      changeCitation(context.db, await editor(context, 'removeCitation'), targetId, citation, false),
    mergeEntities: async (_, { survivorId, mergedId, reason }, context) =>
      mergeEntities(context.db, await editor(context, 'mergeEntities'), survivorId, mergedId, reason),
    undoMerge: async (_, { mergeId }, context) => undoMerge(context.db, await editor(context, 'undoMerge'), mergeId),
  },
  Query: {
    viewer: async (_, __, { auth }) => (auth.hasToken ? requireRole(auth.viewer(), true, ['reader', 'editor', 'admin'], 'viewer') : null),
    auditLog: async (_, { targetId, first }, context) => {
      await requireRole(context.auth.viewer(), context.auth.hasToken, ['admin'], 'auditLog');
      return listAudit(context.db, targetId ?? null, checkRange('first', first, 1, context.limits.maxNodes));
    },
    history: async (_, { id, first }, context) => {
      await editor(context, 'history');
      return entityHistory(context.db, id, checkRange('first', first, 1, context.limits.maxNodes));
    },
  },
  CitedFact: {
    __resolveType: (fact) => ('kind' in fact ? 'Entity' : 'attribute' in fact ? 'Claim' : 'Relationship'),
  },
};
