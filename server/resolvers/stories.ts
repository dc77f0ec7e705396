// story, stories, createStory, updateStory, deleteStory: lessons and briefings kept on the server, opened by link.
import { requireRole } from '../auth/access.js';
import { checkRange } from '../limits.js';
import { createStory, deleteStory, findStory, listStories, updateStory } from '../repository/stories.js';
import type { Resolvers } from '../schema/generated.js';

const EDITORS = ['editor', 'admin'] as const;

export const storyResolvers: Resolvers = {
  Query: {
    story: (_, args, { db }) => findStory(db, args.id),
    stories: (_, args, { db, limits }) => listStories(db, checkRange('first', args.first, 1, limits.maxFirst)),
  },
  Mutation: {
    createStory: async (_, args, context) => {
      const editor = await requireRole(context.auth.viewer(), context.auth.hasToken, EDITORS, 'createStory');
      return createStory(context.db, editor, args.input);
    },
    updateStory: async (_, args, context) => {
      const editor = await requireRole(context.auth.viewer(), context.auth.hasToken, EDITORS, 'updateStory');
      return updateStory(context.db, editor, args.id, args.version, args.input);
    },
    deleteStory: async (_, args, context) => {
      const editor = await requireRole(context.auth.viewer(), context.auth.hasToken, EDITORS, 'deleteStory');
      return deleteStory(context.db, editor, args.id);
    },
  },
};
