// Before the server listens, it asks itself what a first visitor asks (the overview, a search, an entity, its
// neighbourhood, a trace, a timeline, the rankings): Neo4j plans each query and its JIT compiles the hot paths, which
// cold take longer than a request's read budget on a busy machine; the map's places, so that the gazetteer (0.6 s to
// read, 46 MiB) is read now rather than while a visitor waits. Answers and failures are ignored.
import type { App } from './app.js';

const FIRST_QUESTIONS = [
  `{ vocabulary { kinds { name } relationshipTypes { name } roles { name } attributes { name } } }`,
  `{ search(text: "union", first: 10) { entity { id name } score } }`,
  `query($id: ID!) { entity(id: $id) { id name aliases citations { quote source { id title } } claims { id value } } }`,
  `query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id name } edges { id citations { quote } } truncated } }`,
  `query($id: ID!, $other: ID!) { paths(from: $id, to: $other, first: 3) { nodes { id } sourceCount } }`,
  `query($id: ID!) { timeline(entityId: $id) { id name } }`,
  `query($id: ID!) { contradictions(entityId: $id) { __typename } }`,
  `{ centrality(first: 10) { scores { entity { id } degree } } }`,
  `{ mapPlaces(first: 10) { entity { id } location { latitude longitude } } }`,
];

async function ask(app: App, query: string, variables: Record<string, unknown> = {}) {
  const response = await app.fetch('http://warm-up/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> };
}

/** Asks each first question twice; returns how long it took. */
export async function warmUp(app: App): Promise<number> {
  const began = performance.now();
  const overview = await ask(app, `{ overview(limit: 50) { nodes { id } edges { id } } }`);
  const ids = ((overview.data?.overview as { nodes: { id: string }[] } | undefined)?.nodes ?? []).map((n) => n.id);
  const variables = { id: ids[0] ?? 'none', other: ids.at(-1) ?? 'none' };
  for (let round = 0; round < 2; round++) {
    for (const query of FIRST_QUESTIONS) await ask(app, query, variables).catch(() => undefined);
  }
  return Math.round(performance.now() - began);
}
