// mapPlaces: what the map draws.
import { checkRange } from '../limits.js';
import { findPlaces } from '../repository/places.js';
import type { Resolvers } from '../schema/generated.js';

export const placeResolvers: Resolvers = {
  Query: {
    mapPlaces: (_, args, { db, limits }) => findPlaces(db, args.kind, checkRange('first', args.first, 1, limits.maxNodes)),
  },
};
