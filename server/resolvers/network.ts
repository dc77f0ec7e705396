// neighbourhood and paths: bounded subgraphs.
import { domainError } from '../db/errors.js';
import { toFilterParams } from '../graph-filter.js';
import { checkRange } from '../limits.js';
import { findNeighbourhood, findPaths } from '../repository/network.js';
import type { Resolvers } from '../schema/generated.js';

export const networkResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_, args, { db, limits }) => {
      const depth = checkRange('depth', args.depth, 1, limits.maxDepth);
      const nodeCap = checkRange('limit', args.limit, 1, limits.maxNodes);
      const subgraph = await findNeighbourhood(db, args.id, depth, toFilterParams(args.filter), { nodeCap, edgeCap: limits.maxEdges });
      if (!subgraph) throw domainError('NOT_FOUND', `No entity has id "${args.id}"`, { argument: 'id' });
      return subgraph;
    },
    paths: (_, args, { db, limits }) => {
      if (args.from === args.to) throw domainError('BAD_USER_INPUT', 'from and to must be two different entities', { argument: 'to' });
      const query = {
        fromId: args.from,
        toId: args.to,
        maxHops: checkRange('maxHops', args.maxHops, 1, limits.maxHops),
        first: checkRange('first', args.first, 1, limits.maxPaths),
        avoidKinds: args.avoidKinds?.length ? args.avoidKinds : null,
        throughKinds: args.throughKinds?.length ? args.throughKinds : null,
      };
      return findPaths(db, query, toFilterParams(args.filter));
    },
  },
};
