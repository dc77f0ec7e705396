// How the hostile driver reaches a server: over HTTP (`npm run prove`'s server process) or through an app in this
// process (the test suite). Both write the request themselves, so a value nested 20,000 deep (RawJson) goes out as is.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '../../server/db/database.js';
import { RawJson } from './hostile-corpus.js';
import type { HostileReply, SendGraphQL } from './hostile-fixtures.js';

/** The request body, with each RawJson written as its own text. */
export function encodeGraphQLRequest(query: string, variables: Record<string, unknown>): string {
  const raw: string[] = [];
  const body = JSON.stringify({ query, variables }, (_, value: unknown) => {
    if (!(value instanceof RawJson)) return value;
    raw.push(value.json);
    return `\u0000raw-json-${raw.length - 1}\u0000`;
  });
  return body.replace(/"\\u0000raw-json-(\d+)\\u0000"/g, (_, index: string) => raw[Number(index)]!);
}

async function readReply(response: Response): Promise<HostileReply> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: HostileReply['errors'] };
    return { status: response.status, data: body.data, errors: body.errors };
  } catch {
    return { status: response.status, networkError: `not JSON: ${text.slice(0, 200)}` };
  }
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

function transport(fetchOne: Fetch, url: string, timeoutMs: number): SendGraphQL {
  return async (query, variables, token) => {
    try {
      const response = await fetchOne(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: encodeGraphQLRequest(query, variables),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return await readReply(response);
    } catch (error) {
      return { status: 0, networkError: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** A server listening at `baseUrl` (http://127.0.0.1:4000). */
export const httpTransport = (baseUrl: string, timeoutMs = 60_000): SendGraphQL =>
  transport((url, init) => fetch(url, init), `${baseUrl}/graphql`, timeoutMs);

type InProcessApp = { fetch: (url: string, init: RequestInit) => Promise<Response> | Response };

/** An app built in this process (createApp), reached without a port. */
export const appTransport = (app: InProcessApp, timeoutMs = 60_000) =>
  transport(async (url, init) => app.fetch(url, init), 'http://hostile.test/graphql', timeoutMs);

/**
 * A database that counts the write transactions each request opens, told apart by the request's async context even
 * when requests run at once: build the app on `db`, reach it with `transport`, and every reply says how many
 * (`writeTransactions`) its request opened.
 */
export function watchWrites(db: Database): { db: Database; transport: (app: InProcessApp, timeoutMs?: number) => SendGraphQL } {
  const requests = new AsyncLocalStorage<{ writes: number }>();
  const count = () => {
    const request = requests.getStore();
    if (request) request.writes++;
  };
  const watched: Database = {
    ...db,
    write: (key, params) => (count(), db.write(key, params)),
    writeTransaction: (work) => (count(), db.writeTransaction(work)),
  };
  const transport = (app: InProcessApp, timeoutMs?: number): SendGraphQL => {
    const send = appTransport(app, timeoutMs);
    return async (query, variables, token) => {
      const request = { writes: 0 };
      const reply = await requests.run(request, () => send(query, variables, token));
      return { ...reply, writeTransactions: request.writes };
    };
  };
  return { db: watched, transport };
}

/** Sends again, after the wait it names, a request refused as RATE_LIMITED: the corpus is not meant to test the limits. */
export function waitingOutRateLimits(send: SendGraphQL, attempts = 30): SendGraphQL {
  return async (query, variables, token) => {
    for (let attempt = 1; ; attempt++) {
      const reply = await send(query, variables, token);
      const limited = reply.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
      if (!limited || attempt >= attempts) return reply;
      const seconds = Number(limited.extensions?.retryAfterSeconds ?? 1);
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, seconds) * 1000));
    }
  };
}
