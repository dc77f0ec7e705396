// What editors change: one function per mutation of the contract. Each needs a signed-in editor or admin; the page
// redraws from fresh reads afterwards, so most return only ids.
import { graphql } from './api.js';
import type { EntityData, RelationshipData, Selection } from './api-types.js';
import type * as Schema from './generated/schema.js';
import { EDGE, ENTITY } from './queries.js';

type IdOnly = Selection<Schema.Entity | Schema.Relationship | Schema.Claim, 'id'>;
/** The fact a citation was added to or removed from: which kind, and its id. */
export type CitedFactRef = IdOnly & { __typename: 'Entity' | 'Relationship' | 'Claim' };

const CITED_FACT = '__typename ... on Entity { id } ... on Relationship { id } ... on Claim { id }';

/** Runs the mutation `name`; `T` is what the query selects of its result. */
async function mutate<T>(name: keyof Schema.Mutation, query: string, variables: Record<string, unknown>): Promise<T> {
  const data = await graphql<Partial<Record<keyof Schema.Mutation, T>>>(query, variables);
  const result = data[name];
  if (result === undefined) throw new Error(`The server's answer has no ${name}`);
  return result;
}

export const createEntity = (input: Schema.EntityInput) =>
  mutate<EntityData>('createEntity', `mutation ($input: EntityInput!) { createEntity(input: $input) { ${ENTITY} } }`, {
    input,
  } satisfies Schema.MutationCreateEntityArgs);

export const updateEntity = (id: string, patch: Schema.EntityPatch) =>
  mutate<EntityData>('updateEntity', `mutation ($id: ID!, $patch: EntityPatch!) { updateEntity(id: $id, patch: $patch) { ${ENTITY} } }`, {
    id,
    patch,
  } satisfies Schema.MutationUpdateEntityArgs);

export const deleteEntity = (id: string) =>
  mutate<boolean>('deleteEntity', 'mutation ($id: ID!) { deleteEntity(id: $id) }', { id } satisfies Schema.MutationDeleteEntityArgs);

export const addAlias = (id: string, alias: string, reason: string) =>
  mutate<IdOnly>(
    'addAlias',
    'mutation ($id: ID!, $alias: String!, $reason: String!) { addAlias(id: $id, alias: $alias, reason: $reason) { id } }',
    { id, alias, reason } satisfies Schema.MutationAddAliasArgs,
  );

export const removeAlias = (id: string, alias: string) =>
  mutate<IdOnly>('removeAlias', 'mutation ($id: ID!, $alias: String!) { removeAlias(id: $id, alias: $alias) { id } }', {
    id,
    alias,
  } satisfies Schema.MutationRemoveAliasArgs);

export const createRelationship = (input: Schema.RelationshipInput) =>
  mutate<RelationshipData>(
    'createRelationship',
    `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { ${EDGE} } }`,
    { input } satisfies Schema.MutationCreateRelationshipArgs,
  );

export const updateRelationship = (id: string, patch: Schema.RelationshipPatch) =>
  mutate<RelationshipData>(
    'updateRelationship',
    `mutation ($id: ID!, $patch: RelationshipPatch!) { updateRelationship(id: $id, patch: $patch) { ${EDGE} } }`,
    { id, patch } satisfies Schema.MutationUpdateRelationshipArgs,
  );

export const deleteRelationship = (id: string) =>
  mutate<boolean>('deleteRelationship', 'mutation ($id: ID!) { deleteRelationship(id: $id) }', {
    id,
  } satisfies Schema.MutationDeleteRelationshipArgs);

export const createClaim = (input: Schema.ClaimInput) =>
  mutate<IdOnly>('createClaim', 'mutation ($input: ClaimInput!) { createClaim(input: $input) { id } }', {
    input,
  } satisfies Schema.MutationCreateClaimArgs);

export const updateClaim = (id: string, patch: Schema.ClaimPatch) =>
  mutate<IdOnly>('updateClaim', 'mutation ($id: ID!, $patch: ClaimPatch!) { updateClaim(id: $id, patch: $patch) { id } }', {
    id,
    patch,
  } satisfies Schema.MutationUpdateClaimArgs);

export const deleteClaim = (id: string) =>
  mutate<boolean>('deleteClaim', 'mutation ($id: ID!) { deleteClaim(id: $id) }', { id } satisfies Schema.MutationDeleteClaimArgs);

export const rankClaim = (id: string, preferred: boolean, reason: string | null) =>
  mutate<IdOnly>(
    'rankClaim',
    'mutation ($id: ID!, $preferred: Boolean!, $reason: String) { rankClaim(id: $id, preferred: $preferred, reason: $reason) { id } }',
    { id, preferred, reason } satisfies Schema.MutationRankClaimArgs,
  );

export const addCitation = (targetId: string, citation: Schema.CitationInput) =>
  mutate<CitedFactRef>(
    'addCitation',
    `mutation ($targetId: ID!, $citation: CitationInput!) { addCitation(targetId: $targetId, citation: $citation) { ${CITED_FACT} } }`,
    { targetId, citation } satisfies Schema.MutationAddCitationArgs,
  );

export const removeCitation = (targetId: string, citation: Schema.CitationInput) =>
  mutate<CitedFactRef>(
    'removeCitation',
    `mutation ($targetId: ID!, $citation: CitationInput!) { removeCitation(targetId: $targetId, citation: $citation) { ${CITED_FACT} } }`,
    { targetId, citation } satisfies Schema.MutationRemoveCitationArgs,
  );

export const addVocabularyTerm = (input: Schema.VocabularyTermInput) =>
  mutate<Selection<Schema.Vocabulary, never, { kinds: Selection<Schema.KindTerm, 'name'>[] }>>(
    'addVocabularyTerm',
    'mutation ($input: VocabularyTermInput!) { addVocabularyTerm(input: $input) { kinds { name } } }',
    { input } satisfies Schema.MutationAddVocabularyTermArgs,
  );
