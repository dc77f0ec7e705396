// search(text, kinds, first)
import { domainError } from '../db/errors.js';
import { checkRange } from '../limits.js';
import { searchEntities } from '../repository/search.js';
import type { Resolvers } from '../schema/generated.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, { db, limits }) => {
      const first = checkRange('first', args.first, 1, limits.maxFirst);
      if (args.text.length > 200) throw domainError('BAD_USER_INPUT', 'text must be at most 200 characters', { argument: 'text' });
      return searchEntities(db, args.text, args.kinds && args.kinds.length > 0 ? args.kinds : null, first);
    },
  },
};
