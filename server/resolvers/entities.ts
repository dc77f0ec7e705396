// Entity lookups. Every kind is one Entity type: kinds are vocabulary data, not schema types.
import { domainError } from '../db/errors.js';
import { findEntity } from '../repository/entities.js';
import type { Resolvers } from '../schema/generated.js';

export const entityResolvers: Resolvers = {
  Query: {
    entity: async (_, args, { db }) => {
      if (args.id.trim() === '') throw domainError('BAD_USER_INPUT', 'id must not be empty', { argument: 'id' });
      return findEntity(db, args.id);
    },
  },
};
