// contradictions, sources, source, factsOnlyIn: the evidence behind the graph.
import { checkRange } from '../limits.js';
import { findContradictions } from '../repository/claims.js';
import { findFactsOnlyIn, findSource, listSources } from '../repository/sources.js';
import type { Resolvers } from '../schema/generated.js';

export const evidenceResolvers: Resolvers = {
  Query: {
    contradictions: (_, args, { db }) => findContradictions(db, args.entityId ?? null),
    sources: (_, __, { db }) => listSources(db),
    source: (_, args, { db }) => findSource(db, args.id),
    factsOnlyIn: (_, args, { db, limits }) => findFactsOnlyIn(db, args.sourceId, checkRange('first', args.first, 1, limits.maxFirst * 10)),
  },
};
