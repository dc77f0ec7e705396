// Builds the HTTP app (GraphQL API, /healthz, the front end) from its dependencies; it does not listen.
import type { IncomingMessage } from 'node:http';
import { getOperationAST } from 'graphql';
import { createYoga, useReadinessCheck, type Plugin } from 'graphql-yoga';
import { bearerToken } from './auth/access.js';
import { findViewer, hashToken, type Viewer } from './auth/tokens.js';
import type { Database } from './db/database.js';
import type { DatabaseHealth } from './db/health.js';
import { healthResponse } from './health-check.js';
import { withSessionCap } from './db/session-cap.js';
import { defaultLimits, type Limits } from './limits.js';
import { webDistDir } from './paths.js';
import { defaultRateLimits, rateLimited, RateLimiter, type RateLimits } from './rate-limit.js';
import { requestGuards } from './request-guards.js';
import type { Context } from './resolvers/context.js';
import { buildSchema } from './schema/index.js';
import { requestShapeLimits, takeTurnsOnHeavyFields, useNoSchemaHints, useReadsRequireToken } from './security.js';
import { useStaticFiles } from './static-files.js';

export interface AppOptions {
  db: Database;
  limits?: Limits;
  readsRequireToken?: boolean;
  webDir?: string;
  /** The supervisor's view of the database, reported by /healthz; without it /healthz only pings. */
  health?: DatabaseHealth;
  /** Origins other than the server's own that may read its answers in a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** Limits on mutations and failed tokens; null turns them off (load tests of other things). */
  rateLimits?: RateLimits | null;
}

/** The address a request came from: the socket's peer when served by node:http, "local" when called in process. */
function clientAddress(serverContext: unknown): string {
  return (serverContext as { req?: IncomingMessage }).req?.socket?.remoteAddress ?? 'local';
}

/** Per token and per address; a token that fails to identify anyone also counts against its address. */
function useRateLimits(limits: RateLimits): { plugin: Plugin<Context>; tokenFailures: RateLimiter } {
  const perToken = new RateLimiter(limits.mutationsPerToken);
  const perAddress = new RateLimiter(limits.mutationsPerAddress);
  const tokenFailures = new RateLimiter(limits.tokenFailuresPerAddress);
  const plugin: Plugin<Context> = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const context = args.contextValue as Context;
      const buckets = [
        [perAddress, `address:${context.client.address}`],
        [perToken, `token:${context.client.tokenKey}`],
      ] as const;
      // Nothing is taken from either when one of them is empty.
      const wait = Math.max(...buckets.map(([limiter, key]) => limiter.waitFor(key)));
      if (wait > 0) throw rateLimited('changes', wait);
      for (const [limiter, key] of buckets) limiter.take(key);
    },
  };
  return { plugin, tokenFailures };
}

/** CORS: the server's own origin always (the page), and the configured ones; any other gets no CORS headers. */
function corsFor(allowed: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin) return false;
    const own = new URL(request.url).origin;
    return origin === own || allowed.includes(origin) ? { origin: [origin], credentials: true } : false;
  };
}

export function createApp({
  db,
  limits = defaultLimits,
  readsRequireToken = false,
  webDir = webDistDir,
  health,
  corsOrigins = [],
  rateLimits = defaultRateLimits,
}: AppOptions) {
  const rates = rateLimits ? useRateLimits(rateLimits) : null;
  const plugins: Plugin[] = [
    ...requestGuards(),
    ...requestShapeLimits(),
    useReadinessCheck({
      endpoint: '/healthz',
      check: ({ fetchAPI }) => healthResponse(db, health, fetchAPI.Response),
    }),
    useStaticFiles(webDir, ['/graphql', '/healthz']),
  ];
  if (readsRequireToken) plugins.push(useReadsRequireToken() as Plugin, useNoSchemaHints());
  if (rates) plugins.push(rates.plugin as Plugin);
  return createYoga<Record<string, unknown>, Context>({
    schema: takeTurnsOnHeavyFields(buildSchema()),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Persecution network graph' },
    cors: corsFor(corsOrigins),
    context: ({ request, ...serverContext }): Context => {
      let token: string | null = null;
      let malformed: Error | null = null;
      try {
        token = bearerToken(request.headers.get('authorization'));
      } catch (error) {
        malformed = error as Error;
      }
      const address = clientAddress(serverContext);
      // An address that keeps sending unknown tokens is told to wait; a valid token from it still works, so a guesser
      // on a shared address (a proxy, this machine) cannot lock its researchers out.
      const lookUp = async (presented: string): Promise<Viewer | null> => {
        const found = await findViewer(db, presented);
        const wait = found ? 0 : (rates?.tokenFailures.take(`address:${address}`) ?? 0);
        if (wait > 0) throw rateLimited('unknown tokens from this address', wait);
        return found;
      };
      let viewer: Promise<Viewer | null> | undefined;
      return {
        db: withSessionCap(db),
        limits,
        client: { address, tokenKey: token ? hashToken(token).slice(0, 16) : 'anonymous' },
        auth: {
          hasToken: token !== null || malformed !== null,
          viewer: () => (viewer ??= malformed ? Promise.reject(malformed) : token ? lookUp(token) : Promise.resolve(null)),
        },
      };
    },
    // Errors thrown as GraphQLError (domainError) reach clients; anything else becomes "Unexpected error." and is logged.
    maskedErrors: { isDev: false },
    plugins,
  });
}

export type App = ReturnType<typeof createApp>;
