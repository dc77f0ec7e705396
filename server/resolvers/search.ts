// search(text, kinds, first)
import { checkRange } from '../limits.js';
import { searchEntities } from '../repository/search.js';
import type { Resolvers } from '../schema/generated.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, { db, limits }) => {
      const first = checkRange('first', args.first, 1, limits.maxFirst);
      return searchEntities(db, args.text, args.kinds && args.kinds.length > 0 ? args.kinds : null, first);
    },
  },
};
