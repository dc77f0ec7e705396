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
let onRefused: (() => void) | null = null;

/** The bearer token sent with every request (null: none). The page keeps it in sessionStorage. */
export function setAuthToken(value: string | null): void {
  token = value;
}

/** Called when the server refuses the page's token (unknown, or revoked since signing in). */
export function onTokenRefused(listener: () => void): void {
  onRefused = listener;
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

export interface RequestOptions {
  /** Send this token instead of the page's (a token being tried before it is kept). */
  token?: string | null;
  fetchImpl?: typeof fetch;
}

export async function graphql<T>(query: string, variables: Record<string, unknown>, options: RequestOptions = {}): Promise<T> {
  const { fetchImpl = fetch } = options;
  const sent = options.token === undefined ? token : options.token;
  let response: Response;
  try {
    response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(sent ? { authorization: `Bearer ${sent}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The server cannot be reached. Is it running?', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorBody[] } | null;
  const error = body?.errors?.[0];
  if (error) {
    const apiError = toApiError(error);
    if (apiError.code === 'UNAUTHENTICATED' && sent !== null && sent === token) onRefused?.();
    throw apiError;
  }
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}`, 'HTTP');
  return body.data;
}
