// Entity lookups. Every kind is one Entity type: kinds are vocabulary data, not schema types.
import { findEntity } from '../repository/entities.js';
import type { Resolvers } from '../schema/generated.js';

export const entityResolvers: Resolvers = {
  Query: {
    // The id's shape is checked with every other argument (schema/argument-guard.ts).
    entity: (_, args, { db }) => findEntity(db, args.id),
  },
};
