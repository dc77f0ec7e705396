// Entity lookups and the mapping from an entity's kind to its GraphQL type.
import { domainError } from '../db/errors.js';
import { findEntity } from '../repository/entities.js';
import type { Entity } from '../repository/model.js';
import type { Context } from './context.js';

const TYPE_BY_KIND: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  instrument: 'Instrument',
  place: 'Place',
  event: 'Event',
};

export const entityResolvers = {
  Query: {
    entity: async (_: unknown, args: { id: string }, { db }: Context) => {
      if (args.id.trim() === '') throw domainError('BAD_USER_INPUT', 'id must not be empty', { argument: 'id' });
      return findEntity(db, args.id);
    },
  },
  Entity: {
    __resolveType: (entity: Entity) => TYPE_BY_KIND[entity.kind] ?? 'OtherEntity',
  },
};
