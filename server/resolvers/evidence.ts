// contradictions, sources, source, factsOnlyIn: the evidence behind the graph.
import { checkRange } from '../limits.js';
import { findContradictions } from '../repository/claims.js';
import { findFactsOnlyIn, findSource, listSources } from '../repository/sources.js';
import type { Context } from './context.js';

export const evidenceResolvers = {
  Query: {
    contradictions: (_: unknown, args: { entityId?: string | null }, { db }: Context) => findContradictions(db, args.entityId ?? null),
    sources: (_: unknown, __: unknown, { db }: Context) => listSources(db),
    source: (_: unknown, args: { id: string }, { db }: Context) => findSource(db, args.id),
    factsOnlyIn: (_: unknown, args: { sourceId: string; first: number }, { db, limits }: Context) =>
      findFactsOnlyIn(db, args.sourceId, checkRange('first', args.first, 1, limits.maxFirst * 10)),
  },
};
