// The shapes the duplicates screen reads from the GraphQL contract (server/schema/duplicates.graphql), each exactly what
// a query of duplicates-api.ts selects, derived from the generated schema types.
import type { Selection } from './api-types.js';
import type * as Schema from './generated/schema.js';

export type DuplicateCitation = Selection<Schema.Citation, 'quote', { source: Selection<Schema.Source, 'id' | 'title' | 'date'> }>;

/** One side of a pair: what an editor needs to judge it from the evidence. */
export type DuplicateEntity = Selection<
  Schema.Entity,
  'id' | 'kind' | 'subkind' | 'name' | 'aliases' | 'description' | 'date',
  { citations: DuplicateCitation[] }
>;

export type DuplicateSuggestionData = Selection<
  Schema.DuplicateSuggestion,
  'score' | 'reasons' | 'unsure',
  { a: DuplicateEntity; b: DuplicateEntity }
>;

export type DuplicateDecisionData = Selection<Schema.DuplicateDecision, 'a' | 'b' | 'decision' | 'reason' | 'decidedBy' | 'mergeId'>;

export type DuplicateDecisionKind = Schema.DuplicateDecisionKind;

export type MergedEntity = Selection<Schema.Entity, 'id' | 'name'>;
