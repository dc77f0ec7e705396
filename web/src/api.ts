// The front end's only way to the server: GraphQL over HTTP. It never prompts; the page decides what to show.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** BAD_USER_INPUT names every problem; shown as a list next to the form. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

let token: string | null = null;

/** The bearer token sent with every request (null: none). The page keeps it in sessionStorage. */
export function setAuthToken(value: string | null): void {
  token = value;
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; problems?: unknown };
}

function toApiError(error: GraphQLErrorBody): ApiError {
  const code = error.extensions?.code ?? 'ERROR';
  const problems = Array.isArray(error.extensions?.problems)
    ? error.extensions.problems.filter((p): p is string => typeof p === 'string')
    : [];
  if (code === 'DATABASE_UNAVAILABLE') return new ApiError('The database is not answering right now. Try again in a moment.', code);
  return new ApiError(error.message, code, problems);
}

export async function graphql<T>(query: string, variables: Record<string, unknown>, fetchImpl: typeof fetch = fetch): Promise<T> {
  let response: Response;
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
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorBody[] } | null;
  const error = body?.errors?.[0];
  if (error) throw toApiError(error);
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}`, 'HTTP');
  return body.data;
}
