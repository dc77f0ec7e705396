// The front end's only way to the server: GraphQL over HTTP.

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  url: string | null;
}
export interface Citation {
  quote: string;
  source: SourceRef;
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
}
export interface RelationshipData {
  id: string;
  type: string;
  role: string | null;
  date: string | null;
  source: { id: string };
  target: { id: string };
  citations: Citation[];
}
export interface SubgraphData {
  nodes: EntityData[];
  edges: RelationshipData[];
  truncated: boolean;
}
export interface SearchHitData {
  entity: EntityData;
  score: number;
  matched: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const ENTITY_FIELDS = `id kind subkind name aliases description ... on Event { date dateInferred }
  citations { quote source { id title publisher date url } }`;

export async function graphql<T>(query: string, variables: Record<string, unknown>, fetchImpl: typeof fetch = fetch): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
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
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}`, 'HTTP');
  return body.data;
}

export async function search(text: string, first = 8): Promise<SearchHitData[]> {
  const data = await graphql<{ search: SearchHitData[] }>(
    `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score matched entity { ${ENTITY_FIELDS} } } }`,
    { text, first },
  );
  return data.search;
}

export async function neighbourhood(id: string, depth = 1): Promise<SubgraphData> {
  const data = await graphql<{ neighbourhood: SubgraphData }>(
    `query Neighbourhood($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) {
      truncated
      nodes { ${ENTITY_FIELDS} }
      edges { id type role date source { id } target { id } citations { quote source { id title publisher date url } } }
    } }`,
    { id, depth },
  );
  return data.neighbourhood;
}
