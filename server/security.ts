// Limits on the shape of a request (depth, cost, aliases, tokens), and reads behind a token when configured.
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { requireRole } from './auth/access.js';
import type { Context } from './resolvers/context.js';

export function requestShapeLimits(): Plugin[] {
  return [
    maxDepthPlugin({ n: 12, ignoreIntrospection: true, flattenFragments: true }),
    costLimitPlugin({ maxCost: 20_000, ignoreIntrospection: true }),
    maxAliasesPlugin({ n: 15 }),
    maxTokensPlugin({ n: 2_000 }),
  ] as Plugin[];
}

/** With READS_REQUIRE_TOKEN, every operation needs a valid token of any role. */
export function useReadsRequireToken(): Plugin<Context> {
  return {
    async onExecute({ args }) {
      const context = args.contextValue as Context;
      await requireRole(context.auth.viewer(), context.auth.hasToken, ['reader', 'editor', 'admin'], 'Reading');
    },
  };
}
