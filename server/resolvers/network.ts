// neighbourhood(id, depth, limit)
import { domainError } from '../db/errors.js';
import { checkRange } from '../limits.js';
import { findNeighbourhood } from '../repository/network.js';
import type { Context } from './context.js';

export const networkResolvers = {
  Query: {
    neighbourhood: async (_: unknown, args: { id: string; depth: number; limit: number }, { db, limits }: Context) => {
      const depth = checkRange('depth', args.depth, 1, limits.maxDepth);
      const nodeCap = checkRange('limit', args.limit, 1, limits.maxNodes);
      const subgraph = await findNeighbourhood(db, args.id, depth, { nodeCap, edgeCap: limits.maxEdges });
      if (!subgraph) throw domainError('NOT_FOUND', `No entity has id "${args.id}"`, { argument: 'id' });
      return subgraph;
    },
  },
};
