// centrality, overview, export: the network as a whole, and subgraphs as files.
import { domainError } from '../db/errors.js';
import { exportGraph } from '../../domain/export/tabular.js';
import { toFilterParams } from '../graph-filter.js';
import { checkRange } from '../limits.js';
import { findOverview, rankByCentrality } from '../repository/analytics.js';
import { findNeighbourhood } from '../repository/network.js';
import { readVocabulary } from '../repository/vocabulary.js';
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
      const depth = args.id ? checkRange('depth', args.depth, 1, limits.maxDepth) : 0;
      const [graph, vocabulary] = await Promise.all([
        args.id ? findNeighbourhood(db, args.id, depth, toFilterParams(args.filter), caps) : findOverview(db, caps),
        readVocabulary(db),
      ]);
      if (!graph) throw domainError('NOT_FOUND', `No entity has id "${args.id}"`, { argument: 'id' });
      const multiValued = Object.entries(vocabulary.attributes).flatMap(([name, a]) => (a.multiValued ? [name] : []));
      return exportGraph({ ...graph, multiValued }, args.format);
    },
  },
  CentralityScore: {
    betweenness: (score) => score.betweenness(),
  },
};
