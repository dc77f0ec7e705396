// Duplicate suggestions and decisions on them through the GraphQL contract. Reading suggestions is open to readers;
// deciding and undoing a merge need a signed-in editor or admin.
import { graphql } from './api.js';
import type { DuplicateDecisionData, DuplicateDecisionKind, DuplicateSuggestionData, MergedEntity } from './duplicate-types.js';
import type * as Schema from './generated/schema.js';

const SIDE = 'id kind subkind name aliases description date citations { quote source { id title date } }';
const DECISION = 'a b decision reason decidedBy mergeId';

/** The pairs the server suggests, likeliest first (it serves 1 to 50). */
export async function loadDuplicates(first = 50): Promise<DuplicateSuggestionData[]> {
  const data = await graphql<{ duplicateSuggestions: DuplicateSuggestionData[] }>(
    `query DuplicateSuggestions($first: Int) { duplicateSuggestions(first: $first) { score reasons unsure a { ${SIDE} } b { ${SIDE} } } }`,
    { first } satisfies Schema.QueryDuplicateSuggestionsArgs,
  );
  return data.duplicateSuggestions;
}

/** SAME merges `other` into `keep`; the decision returned names the merge to undo. */
export async function decideDuplicate(
  keep: string,
  other: string,
  decision: DuplicateDecisionKind,
  reason: string | null,
): Promise<DuplicateDecisionData> {
  const data = await graphql<{ decideDuplicate: DuplicateDecisionData }>(
    `mutation DecideDuplicate($keep: ID!, $other: ID!, $decision: DuplicateDecisionKind!, $reason: String) {
      decideDuplicate(keep: $keep, other: $other, decision: $decision, reason: $reason) { ${DECISION} } }`,
    { keep, other, decision, reason } satisfies Schema.MutationDecideDuplicateArgs,
  );
  return data.decideDuplicate;
}

/** Separates a merged pair again; answers with the entity brought back. */
export async function undoMerge(mergeId: string): Promise<MergedEntity> {
  const data = await graphql<{ undoMerge: MergedEntity }>(
    'mutation UndoMerge($mergeId: ID!) { undoMerge(mergeId: $mergeId) { id name } }',
    {
      mergeId,
    } satisfies Schema.MutationUndoMergeArgs,
  );
  return data.undoMerge;
}
