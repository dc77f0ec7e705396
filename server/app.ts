// Builds the HTTP app (GraphQL API, /healthz, the front end) from its dependencies; it does not listen.
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Database } from './db/database.js';
import { defaultLimits, type Limits } from './limits.js';
import { webDistDir } from './paths.js';
import type { Context } from './resolvers/context.js';
import { buildSchema } from './schema/index.js';
import { useStaticFiles } from './static-files.js';

export interface AppOptions {
  db: Database;
  limits?: Limits;
  webDir?: string;
}

export function createApp({ db, limits = defaultLimits, webDir = webDistDir }: AppOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Persecution network graph' },
    context: () => ({ db, limits }),
    // Errors thrown as GraphQLError (domainError) reach clients; anything else becomes "Unexpected error." and is logged.
    maskedErrors: true,
    plugins: [
      useReadinessCheck({
        endpoint: '/healthz',
        check: async () => {
          await db.read('health/ping');
          return true;
        },
      }),
      useStaticFiles(webDir, ['/graphql', '/healthz']),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
