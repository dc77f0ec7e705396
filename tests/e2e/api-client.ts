// Setting up what a browser test needs through the real API: tokens, cited entities, vocabulary words. Every name
// is random, so suites sharing the test database never see each other's data.
import { randomBytes } from 'node:crypto';
import { createToken, revokeToken } from '../../server/auth/tokens.js';
import type { Database } from '../../server/db/database.js';

/** Lower-case letters only: valid in entity names, token names and vocabulary words alike. */
export function randomWord(length = 8): string {
  return [...randomBytes(length)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

export async function tokenFor(db: Database, role: 'editor' | 'admin'): Promise<{ id: string; name: string; token: string }> {
  const name = `e2e-${role}-${randomWord(6)}`;
  const { id, token } = await createToken(db, name, role);
  return { id, name, token };
}

export async function revoke(db: Database, tokenId: string): Promise<void> {
  if (!(await revokeToken(db, tokenId))) throw new Error(`No token ${tokenId} to revoke`);
}

export async function callApi<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`API refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The first kind the vocabulary serves: tests name no kind either. */
export async function firstKind(url: string, token: string): Promise<string> {
  const data = await callApi<{ vocabulary: { kinds: { name: string; subkinds: unknown[] }[] } }>(
    url,
    token,
    '{ vocabulary { kinds { name subkinds { name } } } }',
    {},
  );
  const kind = data.vocabulary.kinds.find((k) => k.subkinds.length === 0) ?? data.vocabulary.kinds[0];
  if (!kind) throw new Error('The vocabulary has no kinds');
  return kind.name;
}

export async function createCitedEntity(
  url: string,
  token: string,
  input: { kind: string; name: string; sourceId: string; quote: string },
): Promise<string> {
  const data = await callApi<{ createEntity: { id: string } }>(
    url,
    token,
    'mutation ($input: EntityInput!) { createEntity(input: $input) { id } }',
    { input: { kind: input.kind, name: input.name, citations: [{ sourceId: input.sourceId, quote: input.quote }] } },
  );
  return data.createEntity.id;
}

/** The first attribute whose values contradict each other (not multi-valued). */
export async function singleValuedAttribute(url: string, token: string): Promise<string> {
  const data = await callApi<{ vocabulary: { attributes: { name: string; multiValued: boolean }[] } }>(
    url,
    token,
    '{ vocabulary { attributes { name multiValued } } }',
    {},
  );
  const attribute = data.vocabulary.attributes.find((a) => !a.multiValued);
  if (!attribute) throw new Error('The vocabulary has no single-valued attribute');
  return attribute.name;
}

export async function createClaim(
  url: string,
  token: string,
  input: { subject: string; attribute: string; value: string; sourceId: string; quote: string },
): Promise<string> {
  const { sourceId, quote, ...claim } = input;
  const data = await callApi<{ createClaim: { id: string } }>(
    url,
    token,
    'mutation ($input: ClaimInput!) { createClaim(input: $input) { id } }',
    {
      input: { ...claim, citations: [{ sourceId, quote }] },
    },
  );
  return data.createClaim.id;
}
