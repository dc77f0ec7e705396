// centrality, overview, export: the network as a whole, and subgraphs as files.
import { domainError } from '../db/errors.js';
import { exportGraph } from '../../domain/export/tabular.js';
import { toFilterParams } from '../graph-filter.js';
import { checkRange } from '../limits.js';
import { findOverview, rankByCentrality } from '../repository/analytics.js';
import { findNeighbourhood } from '../repository/network.js';
import type { Resolvers } from '../schema/generated.js';

export const analyticsResolvers: Resolvers = {
  Query: {
    centrality: (_, args, { db, limits }) => {
      const first = checkRange('first', args.first, 1, limits.maxFirst);
      const caps = { nodeCap: limits.maxAnalysisNodes, edgeCap: limits.maxAnalysisNodes * 4 };
      return rankByCentrality(db, caps, args.measure, args.kinds?.length ? args.kinds : null, first);
    },
    overview: (_, args, { db, limits }) =>
      findOverview(db, { nodeCap: checkRange('limit', args.limit, 1, limits.maxNodes), edgeCap: limits.maxEdges }),
    export: async (_, args, { db, limits }) => {
      const caps = { nodeCap: limits.maxNodes, edgeCap: limits.maxEdges };
      if (!args.id) return exportGraph(await findOverview(db, caps), args.format);
      const depth = checkRange('depth', args.depth, 1, limits.maxDepth);
      const graph = await findNeighbourhood(db, args.id, depth, toFilterParams(args.filter), caps);
      if (!graph) throw domainError('NOT_FOUND', `No entity has id "${args.id}"`, { argument: 'id' });
      return exportGraph(graph, args.format);
    },
  },
  CentralityScore: {
    betweenness: (score) => score.betweenness(),
  },
};
