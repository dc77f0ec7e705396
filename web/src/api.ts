// The front end's only way to the server: GraphQL over HTTP.

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  author?: string | null;
  date: string | null;
  url: string | null;
}
export interface Citation {
  quote: string;
  source: SourceRef;
}
export interface Claim {
  id: string;
  attribute: string;
  value: string;
  citations: Citation[];
}
export interface EntityData {
  id: string;
  kind: string;
  subkind: string | null;
  name: string;
  aliases: string[];
  description: string | null;
  date?: string | null;
  dateInferred?: string | null;
  citations: Citation[];
  claims?: Claim[];
}
export interface RelationshipData {
  id: string;
  type: string;
  role: string | null;
  date: string | null;
  dateInferred?: string | null;
  source: { id: string };
  target: { id: string };
  citations: Citation[];
}
export interface SubgraphData {
  nodes: EntityData[];
  edges: RelationshipData[];
  truncated: boolean;
}
export interface PathData {
  nodes: EntityData[];
  edges: RelationshipData[];
  length: number;
}
export interface SearchHitData {
  entity: EntityData;
  score: number;
  matched: string;
}
export interface SourceText extends SourceRef {
  text: string;
}
export interface GraphFilter {
  kinds?: string[];
  types?: string[];
  from?: string | null;
  to?: string | null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const CITATIONS = 'citations { quote source { id title publisher author date url } }';
const ENTITY = `id kind subkind name aliases description ... on Event { date dateInferred } ${CITATIONS} claims { id attribute value ${CITATIONS} }`;
const EDGE = `id type role date dateInferred source { id } target { id } ${CITATIONS}`;

const TOKEN_KEY = 'persecution-network.token';

/** A server configured with READS_REQUIRE_TOKEN asks for a token once per browser session. */
function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export async function graphql<T>(query: string, variables: Record<string, unknown>, fetchImpl: typeof fetch = fetch): Promise<T> {
  try {
    return await request<T>(query, variables, fetchImpl);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
    const token = window.prompt('This server needs a token to read. Paste your token:');
    if (!token) throw error;
    sessionStorage.setItem(TOKEN_KEY, token.trim());
    return request<T>(query, variables, fetchImpl);
  }
}

async function request<T>(query: string, variables: Record<string, unknown>, fetchImpl: typeof fetch): Promise<T> {
  let response: Response;
  const token = storedToken();
  try {
    response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached. Is it running?', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const error = body?.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'ERROR';
    const message = code === 'DATABASE_UNAVAILABLE' ? 'The database is not answering right now. Try again in a moment.' : error.message;
    throw new ApiError(message, code);
  }
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}`, 'HTTP');
  return body.data;
}

export async function search(text: string, first = 8): Promise<SearchHitData[]> {
  const data = await graphql<{ search: SearchHitData[] }>(
    `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score matched entity { ${ENTITY} } } }`,
    { text, first },
  );
  return data.search;
}

export async function neighbourhood(id: string, depth = 1): Promise<SubgraphData> {
  const data = await graphql<{ neighbourhood: SubgraphData }>(
    `query Neighbourhood($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    { id, depth },
  );
  return data.neighbourhood;
}

export async function paths(
  from: string,
  to: string,
  options: { maxHops?: number; first?: number; filter?: GraphFilter } = {},
): Promise<PathData[]> {
  const data = await graphql<{ paths: PathData[] }>(
    `query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int, $filter: GraphFilter) {
      paths(from: $from, to: $to, maxHops: $maxHops, first: $first, filter: $filter) { length nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    { from, to, maxHops: options.maxHops ?? 4, first: options.first ?? 3, filter: options.filter ?? null },
  );
  return data.paths;
}

export async function sourceText(id: string): Promise<SourceText | null> {
  const data = await graphql<{ source: SourceText | null }>(
    `
      query Source($id: ID!) {
        source(id: $id) {
          id
          title
          publisher
          author
          date
          url
          text
        }
      }
    `,
    { id },
  );
  return data.source;
}

export async function suggestions(first = 5): Promise<EntityData[]> {
  const data = await graphql<{ centrality: { scores: { entity: EntityData }[] } }>(
    `query Suggestions($first: Int) { centrality(first: $first) { scores { entity { ${ENTITY} } } } }`,
    { first },
  );
  return data.centrality.scores.map((s) => s.entity);
}
