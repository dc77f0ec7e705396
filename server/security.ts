// Limits on the shape of a request (depth, cost, aliases, tokens, the budget of the fields that reach across the
// graph), turns for those heavy fields, reads behind a token when configured, and no schema hints then.
import { availableParallelism } from 'node:os';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, Kind, type ASTVisitor, type GraphQLSchema, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requireRole } from './auth/access.js';
import { domainError } from './db/errors.js';
import { taskLimiter } from './db/session-cap.js';
import type { Context } from './resolvers/context.js';

export function requestShapeLimits(): Plugin[] {
  return [
    maxDepthPlugin({ n: 12, ignoreIntrospection: true, flattenFragments: true }),
    costLimitPlugin({ maxCost: 20_000, ignoreIntrospection: true }),
    maxAliasesPlugin({ n: 15 }),
    maxTokensPlugin({ n: 2_000 }),
    useFieldCostBudget(),
    useCodedShapeRefusals(),
  ] as Plugin[];
}

/** graphql-armor's refusals carry no code; clients (and the proof) tell them from failures by QUERY_TOO_EXPENSIVE. */
function useCodedShapeRefusals(): Plugin {
  const coded = (error: GraphQLError) =>
    !error.extensions?.code && /limit of \d+ exceeded/i.test(error.message)
      ? new GraphQLError(error.message, { extensions: { ...error.extensions, code: 'QUERY_TOO_EXPENSIVE' } })
      : error;
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length) return;
      setResult({ ...result, errors: result.errors.map(coded) });
    },
  };
}

/**
 * What the fields that reach across the graph cost, counted once per use, aliases and fragments included: the generic
 * cost limit above weighs a centrality like a name, so fifteen aliases of it would pass. A request may spend
 * FIELD_BUDGET; every other field is free here.
 */
export const FIELD_COSTS: ReadonlyMap<string, number> = new Map([
  ['centrality', 25],
  ['overview', 20],
  ['export', 25],
  ['paths', 20],
  ['neighbourhood', 10],
  ['mapPlaces', 10],
  ['duplicateSuggestions', 20],
  ['factsOnlyIn', 10],
  ['ingestReport', 25],
  ['timeline', 5],
  ['contradictions', 5],
  ['history', 5],
  ['auditLog', 5],
  ['search', 3],
]);
export const FIELD_BUDGET = 100;

/** Fields that cost this much or more are heavy: only a few of them run at once, across all requests. */
const HEAVY_COST = 10;
// All the cores but one: the last keeps answering everyone's cheap reads.
const HEAVY_AT_ONCE = Math.max(1, availableParallelism() - 1);
// On two cores or fewer that leaves one, which the server's own work, Neo4j's answers to the cheap reads and the
// writes share with the heavy fields' results: heavy fields may then use their slot half the time.
const HEAVY_REST_RATIO = availableParallelism() <= 2 ? 1 : 0;
const HEAVY_MAX_WAIT_MS = 10_000;

/**
 * Heavy root fields (a depth-3 neighbourhood, a trace, an export, the rankings) take turns, on all cores but one
 * whoever asks (half the time on two cores), so that on a small machine the cheap reads of everyone else keep their
 * latency; one that waits more than 10 s is refused with DATABASE_BUSY.
 */
export function takeTurnsOnHeavyFields(schema: GraphQLSchema): GraphQLSchema {
  const limit = taskLimiter(HEAVY_AT_ONCE, HEAVY_MAX_WAIT_MS, HEAVY_REST_RATIO);
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve;
      if (!resolve || (FIELD_COSTS.get(field.name) ?? 0) < HEAVY_COST) continue;
      field.resolve = (...args) => limit(async () => resolve(...args));
    }
  }
  return schema;
}

function selectionCost(set: SelectionSetNode | undefined, context: ValidationContext, inFragments: Set<string>): number {
  let cost = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      cost += FIELD_COSTS.get(selection.name.value) ?? 0;
      cost += selectionCost(selection.selectionSet, context, inFragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(selection.selectionSet, context, inFragments);
    } else {
      const name = selection.name.value;
      if (inFragments.has(name)) continue; // a cycle: refused by graphql's own rule
      const fragment = context.getFragment(name);
      cost += selectionCost(fragment?.selectionSet, context, new Set([...inFragments, name]));
    }
  }
  return cost;
}

function fieldCostRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const cost = selectionCost(operation.selectionSet, context, new Set());
      if (cost > FIELD_BUDGET) {
        const error = domainError(
          'QUERY_TOO_EXPENSIVE',
          `This request asks for too much at once (cost ${cost}, at most ${FIELD_BUDGET}; ` +
            `each use of ${[...FIELD_COSTS.keys()].join(', ')} counts, aliases too): split it into several requests.`,
          { cost, budget: FIELD_BUDGET },
        );
        context.reportError(new GraphQLError(error.message, { nodes: [operation], extensions: error.extensions }));
      }
    },
  };
}

function useFieldCostBudget(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(fieldCostRule);
    },
  };
}

/** With reads behind a token, a validation error names no field the caller did not write ("Did you mean …?"). */
export function useNoSchemaHints(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some((error) => /Did you mean/.test(error.message))) return;
        setResult(
          result.map((error) =>
            /Did you mean/.test(error.message)
              ? new GraphQLError(error.message.replace(/\s*Did you mean[^?]*\?/g, ''), {
                  nodes: error.nodes,
                  extensions: error.extensions,
                })
              : error,
          ),
        );
      };
    },
  };
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
