// timeline(entityId, from, to, first)
import { toDateParams } from '../graph-filter.js';
import { checkRange } from '../limits.js';
import { findTimeline } from '../repository/timeline.js';
import type { Resolvers } from '../schema/generated.js';

export const timelineResolvers: Resolvers = {
  Query: {
    timeline: (_, args, { db, limits }) =>
      findTimeline(db, {
        entityId: args.entityId ?? null,
        ...toDateParams(args.from, args.to),
        includeUndated: args.includeUndated,
        first: checkRange('first', args.first, 1, limits.maxNodes),
      }),
  },
};
