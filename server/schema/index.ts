// The executable schema: every .graphql file beside this one, with the resolver modules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { analyticsResolvers } from '../resolvers/analytics.js';
import { curationResolvers } from '../resolvers/curation.js';
import { duplicateResolvers } from '../resolvers/duplicates.js';
import { entityResolvers } from '../resolvers/entities.js';
import { evidenceResolvers } from '../resolvers/evidence.js';
import { ingestResolvers } from '../resolvers/ingest.js';
import { networkResolvers } from '../resolvers/network.js';
import { placeResolvers } from '../resolvers/places.js';
import { searchResolvers } from '../resolvers/search.js';
import { storyResolvers } from '../resolvers/stories.js';
import { timelineResolvers } from '../resolvers/timeline.js';
import { vocabularyResolvers } from '../resolvers/vocabulary.js';
import { guardArguments } from './argument-guard.js';

const schemaDir = path.dirname(fileURLToPath(import.meta.url));

export function readTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}

/** Entity types repeat the interface's fields; they share its descriptions rather than repeat them too. */
function inheritDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const face of type.getInterfaces()) {
      const inherited = face.getFields();
      for (const field of Object.values(type.getFields())) field.description ??= inherited[field.name]?.description;
    }
  }
  return schema;
}

export function buildSchema() {
  const schema = makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [
      entityResolvers,
      searchResolvers,
      networkResolvers,
      evidenceResolvers,
      timelineResolvers,
      analyticsResolvers,
      curationResolvers,
      vocabularyResolvers,
      ingestResolvers,
      duplicateResolvers,
      storyResolvers,
      placeResolvers,
    ],
  });
  return guardArguments(inheritDescriptions(schema));
}
