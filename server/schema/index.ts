// The executable schema: every .graphql file beside this one, with the resolver modules.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { analyticsResolvers } from '../resolvers/analytics.js';
import { curationResolvers } from '../resolvers/curation.js';
import { entityResolvers } from '../resolvers/entities.js';
import { evidenceResolvers } from '../resolvers/evidence.js';
import { networkResolvers } from '../resolvers/network.js';
import { searchResolvers } from '../resolvers/search.js';
import { timelineResolvers } from '../resolvers/timeline.js';

const schemaDir = path.dirname(fileURLToPath(import.meta.url));

export function readTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
}

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [
      entityResolvers,
      searchResolvers,
      networkResolvers,
      evidenceResolvers,
      timelineResolvers,
      analyticsResolvers,
      curationResolvers,
    ],
  });
}
