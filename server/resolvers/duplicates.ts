// Duplicate suggestions (anyone who may read) and decisions on them (editors and admins).
import { requireRole } from '../auth/access.js';
import { checkRange } from '../limits.js';
import { decideDuplicate, suggestDuplicates } from '../repository/duplicates.js';
import type { Resolvers } from '../schema/generated.js';

export const duplicateResolvers: Resolvers = {
  Query: {
    duplicateSuggestions: (_, { first }, { db, limits }) => suggestDuplicates(db, checkRange('first', first, 1, limits.maxFirst)),
  },
  Mutation: {
    decideDuplicate: async (_, { keep, other, decision, reason }, { db, auth }) =>
      decideDuplicate(
        db,
        await requireRole(auth.viewer(), auth.hasToken, ['editor', 'admin'], 'decideDuplicate'),
        keep,
        other,
        decision,
        reason ?? null,
      ),
  },
};
