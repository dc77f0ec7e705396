// Builds the HTTP app (GraphQL API, /healthz, the front end) from its dependencies; it does not listen.
import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import { bearerToken } from './auth/access.js';
import { findViewer, type Viewer } from './auth/tokens.js';
import type { Database } from './db/database.js';
import type { DatabaseHealth } from './db/health.js';
import { healthResponse } from './health-check.js';
import { defaultLimits, type Limits } from './limits.js';
import { webDistDir } from './paths.js';
import type { Context } from './resolvers/context.js';
import { buildSchema } from './schema/index.js';
import { requestShapeLimits, useReadsRequireToken } from './security.js';
import { useStaticFiles } from './static-files.js';

export interface AppOptions {
  db: Database;
  limits?: Limits;
  readsRequireToken?: boolean;
  webDir?: string;
  /** The supervisor's view of the database, reported by /healthz; without it /healthz only pings. */
  health?: DatabaseHealth;
}

export function createApp({ db, limits = defaultLimits, readsRequireToken = false, webDir = webDistDir, health }: AppOptions) {
  const plugins: Plugin[] = [
    ...requestShapeLimits(),
    useReadinessCheck({
      endpoint: '/healthz',
      check: ({ fetchAPI }) => healthResponse(db, health, fetchAPI.Response),
    }),
    useStaticFiles(webDir, ['/graphql', '/healthz']),
  ];
  if (readsRequireToken) plugins.push(useReadsRequireToken() as Plugin);
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Persecution network graph' },
    context: ({ request }): Context => {
      let token: string | null = null;
      let malformed: Error | null = null;
      try {
        token = bearerToken(request.headers.get('authorization'));
      } catch (error) {
        malformed = error as Error;
      }
      let viewer: Promise<Viewer | null> | undefined;
      return {
        db,
        limits,
        auth: {
          hasToken: token !== null || malformed !== null,
          viewer: () => (viewer ??= malformed ? Promise.reject(malformed) : token ? findViewer(db, token) : Promise.resolve(null)),
        },
      };
    },
    // Errors thrown as GraphQLError (domainError) reach clients; anything else becomes "Unexpected error." and is logged.
    maskedErrors: { isDev: false },
    plugins,
  });
}

export type App = ReturnType<typeof createApp>;
