// vocabulary, addVocabularyTerm: the words of the model, served to every client and grown by admins.
import { requireRole } from '../auth/access.js';
import type { Vocabulary } from '../../domain/vocabulary.js';
import { addVocabularyTerm, readVocabulary } from '../repository/vocabulary.js';
import type { Resolvers } from '../schema/generated.js';

/** The vocabulary as the schema lists it. */
function toVocabularyType(vocabulary: Vocabulary) {
  const terms = (words: Record<string, string>) => Object.entries(words).map(([name, description]) => ({ name, description }));
  return {
    kinds: Object.entries(vocabulary.kinds).map(([name, k]) => ({ name, ...k, subkinds: terms(k.subkinds) })),
    relationshipTypes: terms(vocabulary.relationships),
    roles: terms(vocabulary.roles),
    attributes: Object.entries(vocabulary.attributes).map(([name, a]) => ({ name, ...a })),
  };
}

export const vocabularyResolvers: Resolvers = {
  Query: {
    vocabulary: async (_, __, { db }) => toVocabularyType(await readVocabulary(db)),
  },
  Mutation: {
    addVocabularyTerm: async (_, args, context) => {
      const admin = await requireRole(context.auth.viewer(), context.auth.hasToken, ['admin'], 'addVocabularyTerm');
      return toVocabularyType(await addVocabularyTerm(context.db, admin, args.input));
    },
  },
};
