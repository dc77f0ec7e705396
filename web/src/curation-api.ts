// What editors change: one function per mutation of the contract. Each needs a signed-in editor or admin; the page
// redraws from fresh reads afterwards, so most return only ids.
import { graphql } from './api.js';
import type { CitationInput, EntityData, RelationshipData, Vocabulary } from './api-types.js';
import { EDGE, ENTITY } from './queries.js';

export interface EntityInput {
  kind: string;
  subkind: string | null;
  name: string;
  aliases: { name: string; reason: string }[];
  descriptiveName: boolean;
  description: string | null;
  date: string | null;
  dateInferred: string | null;
  citations: CitationInput[];
}
export type EntityPatch = Partial<Omit<EntityInput, 'aliases' | 'citations'>>;

export interface RelationshipInput {
  type: string;
  from: string;
  to: string;
  role: string | null;
  date: string | null;
  dateInferred: string | null;
  citations: CitationInput[];
}
export type RelationshipPatch = Partial<Pick<RelationshipInput, 'type' | 'role' | 'date' | 'dateInferred'>>;

export interface ClaimInput {
  subject: string;
  attribute: string;
  value: string;
  citations: CitationInput[];
}
export type ClaimPatch = Partial<Pick<ClaimInput, 'attribute' | 'value'>>;

export type VocabularyGroup = 'KIND' | 'SUBKIND' | 'RELATIONSHIP_TYPE' | 'ROLE' | 'ATTRIBUTE';
export interface VocabularyTermInput {
  group: VocabularyGroup;
  name: string;
  description: string;
  kind?: string | null;
  multiValued?: boolean | null;
  color?: string | null;
  shape?: string | null;
}

const CITED_FACT = '__typename ... on Entity { id } ... on Relationship { id } ... on Claim { id }';

async function mutate<T>(name: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const data = await graphql<Record<string, T>>(query, variables);
  return data[name] as T;
}

export const createEntity = (input: EntityInput) =>
  mutate<EntityData>('createEntity', `mutation ($input: EntityInput!) { createEntity(input: $input) { ${ENTITY} } }`, { input });

export const updateEntity = (id: string, patch: EntityPatch) =>
  mutate<EntityData>('updateEntity', `mutation ($id: ID!, $patch: EntityPatch!) { updateEntity(id: $id, patch: $patch) { ${ENTITY} } }`, {
    id,
    patch,
  });

export const deleteEntity = (id: string) => mutate<boolean>('deleteEntity', 'mutation ($id: ID!) { deleteEntity(id: $id) }', { id });

export const addAlias = (id: string, alias: string, reason: string) =>
  mutate<{ id: string }>(
    'addAlias',
    'mutation ($id: ID!, $alias: String!, $reason: String!) { addAlias(id: $id, alias: $alias, reason: $reason) { id } }',
    {
      id,
      alias,
      reason,
    },
  );

export const removeAlias = (id: string, alias: string) =>
  mutate<{ id: string }>('removeAlias', 'mutation ($id: ID!, $alias: String!) { removeAlias(id: $id, alias: $alias) { id } }', {
    id,
    alias,
  });

export const createRelationship = (input: RelationshipInput) =>
  mutate<RelationshipData>(
    'createRelationship',
    `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { ${EDGE} } }`,
    { input },
  );

export const updateRelationship = (id: string, patch: RelationshipPatch) =>
  mutate<RelationshipData>(
    'updateRelationship',
    `mutation ($id: ID!, $patch: RelationshipPatch!) { updateRelationship(id: $id, patch: $patch) { ${EDGE} } }`,
    { id, patch },
  );

export const deleteRelationship = (id: string) =>
  mutate<boolean>('deleteRelationship', 'mutation ($id: ID!) { deleteRelationship(id: $id) }', { id });

export const createClaim = (input: ClaimInput) =>
  mutate<{ id: string }>('createClaim', 'mutation ($input: ClaimInput!) { createClaim(input: $input) { id } }', { input });

export const updateClaim = (id: string, patch: ClaimPatch) =>
  mutate<{ id: string }>('updateClaim', 'mutation ($id: ID!, $patch: ClaimPatch!) { updateClaim(id: $id, patch: $patch) { id } }', {
    id,
    patch,
  });

export const deleteClaim = (id: string) => mutate<boolean>('deleteClaim', 'mutation ($id: ID!) { deleteClaim(id: $id) }', { id });

export const rankClaim = (id: string, preferred: boolean, reason: string | null) =>
  mutate<{ id: string }>(
    'rankClaim',
    'mutation ($id: ID!, $preferred: Boolean!, $reason: String) { rankClaim(id: $id, preferred: $preferred, reason: $reason) { id } }',
    { id, preferred, reason },
  );

export const addCitation = (targetId: string, citation: CitationInput) =>
  mutate<{ __typename: string; id: string }>(
    'addCitation',
    `mutation ($targetId: ID!, $citation: CitationInput!) { addCitation(targetId: $targetId, citation: $citation) { ${CITED_FACT} } }`,
    { targetId, citation },
  );

export const removeCitation = (targetId: string, citation: CitationInput) =>
  mutate<{ __typename: string; id: string }>(
    'removeCitation',
    `mutation ($targetId: ID!, $citation: CitationInput!) { removeCitation(targetId: $targetId, citation: $citation) { ${CITED_FACT} } }`,
    { targetId, citation },
  );

export const addVocabularyTerm = (input: VocabularyTermInput) =>
  mutate<Vocabulary>(
    'addVocabularyTerm',
    'mutation ($input: VocabularyTermInput!) { addVocabularyTerm(input: $input) { kinds { name } } }',
    { input },
  );
