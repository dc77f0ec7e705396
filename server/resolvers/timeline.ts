// timeline(entityId, from, to, first)
import { toDateParams } from '../graph-filter.js';
import { checkRange } from '../limits.js';
import { findTimeline } from '../repository/timeline.js';
import type { Context } from './context.js';

interface TimelineArgs {
  entityId?: string | null;
  from?: string | null;
  to?: string | null;
  first: number;
  includeUndated: boolean;
}

export const timelineResolvers = {
  Query: {
    timeline: (_: unknown, args: TimelineArgs, { db, limits }: Context) =>
      findTimeline(db, {
        entityId: args.entityId ?? null,
        ...toDateParams(args.from, args.to),
        includeUndated: args.includeUndated,
        first: checkRange('first', args.first, 1, limits.maxNodes),
      }),
  },
};
