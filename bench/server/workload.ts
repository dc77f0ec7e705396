// What the benchmark asks, three ways: our GraphQL endpoint; the same named Cypher through neo4j-driver with the
// parameters our resolvers send (the floor); and @neo4j/graphql over the same database, for what it can express.
// Parameters are sampled from the store itself, so any generated (or real) store can be measured.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Database } from '../../server/db/database.js';
import { defaultLimits } from '../../server/limits.js';
import { toLuceneQuery } from '../../server/search/lucene-query.js';

export type Way = 'ours' | 'raw' | 'peer';
export const WAYS: Way[] = ['ours', 'raw', 'peer'];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  /** One request of each way for the i-th sample; a way this query cannot be asked of is absent. */
  ours: (i: number) => GraphqlRequest;
  /** The same named Cypher our resolver runs, with the same parameters, straight through neo4j-driver. */
  raw: (db: Database, i: number) => Promise<unknown>;
  peer?: (i: number) => GraphqlRequest;
}

export interface Samples {
  entities: { id: string; name: string; kind: string }[];
  /** Entities with events linked to them (people, unions), for timelines. */
  actors: string[];
  /** Pairs joined by a walk of 2–4 links, so a path within 6 hops exists. */
  pairs: [string, string][];
  searches: string[];
}

const ENTITY = 'id kind subkind name aliases date description citations { quote source { id title } } claims { attribute value }';
const EDGE = 'id type role date source { id } target { id } citations { quote source { id title } }';
const PEER_ENTITY = 'id kind subkind name aliases date description citedSources citedQuotes claims { attribute value }';
const PEER_EDGE = 'properties { id type role date citedSources citedQuotes }';

/** The peer's neighbourhood: the links each way with their properties and the entities at their other end. */
function peerLevel(inner: string): string {
  return `outConnection(first: 150) { edges { ${PEER_EDGE} node { ${PEER_ENTITY} ${inner} } } }
          inConnection(first: 150) { edges { ${PEER_EDGE} node { ${PEER_ENTITY} ${inner} } } }`;
}

const noFilter = { kinds: null, types: null, from: null, to: null };
const caps = { nodeCap: 150, edgeCap: defaultLimits.maxEdges };

export function benchQueries(s: Samples): BenchQuery[] {
  const at = <T>(items: T[], i: number): T => items[i % items.length]!;
  const entity = (i: number) => at(s.entities, i).id;
  const neighbourhood = (depth: number): BenchQuery => ({
    name: `neighbourhood depth ${depth}`,
    ours: (i) => ({
      query: `query($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth, limit: 150) { nodes { ${ENTITY} } edges { ${EDGE} } truncated } }`,
      variables: { id: entity(i), depth },
    }),
    raw: (db, i) => db.read('network/neighbourhood', { id: entity(i), depth, ...noFilter, ...caps }),
    peer: (i) => ({
      query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { ${PEER_ENTITY} ${peerLevel(depth === 2 ? peerLevel('') : '')} } }`,
      variables: { id: entity(i) },
    }),
  });
  return [
    {
      name: 'search',
      ours: (i) => ({
        query: `query($text: String!) { search(text: $text, first: 10) { score matched entity { ${ENTITY} } } }`,
        variables: { text: at(s.searches, i) },
      }),
      raw: async (db, i) => {
        // The candidates, then the best ten read whole (our resolver re-ranks them by spelling first).
        const candidates = await db.read('search/candidates', { query: toLuceneQuery(at(s.searches, i)), kinds: null, candidates: 40 });
        return db.read('entities/by-ids', { ids: candidates.slice(0, 10).map((r) => r.get('id') as string) });
      },
      peer: (i) => ({
        query: `query($phrase: String!) { searchEntities(phrase: $phrase, first: 10) { edges { score node { ${PEER_ENTITY} } } } }`,
        variables: { phrase: toLuceneQuery(at(s.searches, i)) },
      }),
    },
    {
      name: 'entity',
      ours: (i) => ({ query: `query($id: ID!) { entity(id: $id) { ${ENTITY} } }`, variables: { id: entity(i) } }),
      raw: (db, i) => db.read('entities/by-id', { id: entity(i) }),
      peer: (i) => ({ query: `query($id: ID!) { entities(where: { id: { eq: $id } }) { ${PEER_ENTITY} } }`, variables: { id: entity(i) } }),
    },
    neighbourhood(1),
    neighbourhood(2),
    {
      name: 'timeline',
      ours: (i) => ({ query: `query($id: ID) { timeline(entityId: $id, first: 100) { ${ENTITY} } }`, variables: { id: at(s.actors, i) } }),
      raw: (db, i) => db.read('timeline/events-of', { entityId: at(s.actors, i), from: null, to: null, includeUndated: false, first: 100 }),
      peer: (i) => ({
        query: `query($id: ID!) {
          entities(
            where: { kind: { eq: "event" }, dateStart: { startsWith: "" }, OR: [{ in: { some: { id: { eq: $id } } } }, { out: { some: { id: { eq: $id } } } }] }
            sort: [{ dateStart: ASC }]
            limit: 100
          ) { ${PEER_ENTITY} } }`,
        variables: { id: at(s.actors, i) },
      }),
    },
    {
      name: '3 shortest paths (≤ 6 hops)',
      ours: (i) => ({
        query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, first: 3) { length sourceCount nodes { ${ENTITY} } edges { ${EDGE} } } }`,
        variables: { from: at(s.pairs, i)[0], to: at(s.pairs, i)[1] },
      }),
      raw: (db, i) =>
        db.read('network/paths', {
          fromId: at(s.pairs, i)[0],
          toId: at(s.pairs, i)[1],
          maxHops: 6,
          first: 3,
          avoidKinds: null,
          throughKinds: null,
          ...noFilter,
        }),
    },
    {
      name: 'contradictions of an entity',
      ours: (i) => ({
        query: `query($id: ID) { contradictions(entityId: $id) { attribute subject { id name } claims { value citations { quote source { id } } } } }`,
        variables: { id: at(s.actors, i) },
      }),
      raw: (db, i) => db.read('claims/contradictions-of', { entityId: at(s.actors, i) }),
    },
    {
      name: 'centrality (degree, top 10)',
      ours: () => ({
        query: `{ centrality(measure: DEGREE, first: 10) { approximate scores { degree entity { id name kind } } } }`,
        variables: {},
      }),
      raw: (db) => db.read('analytics/ranking', { nodeCap: defaultLimits.maxAnalysisNodes, edgeCap: defaultLimits.maxAnalysisNodes * 4 }),
    },
    {
      name: 'overview (300 entities)',
      ours: () => ({ query: `{ overview(limit: 300) { nodes { ${ENTITY} } edges { ${EDGE} } truncated } }`, variables: {} }),
      raw: (db) => db.read('analytics/ranking', { nodeCap: 300, edgeCap: defaultLimits.maxEdges }),
    },
    {
      name: 'export GraphML (depth 1)',
      ours: (i) => ({ query: `query($id: ID) { export(format: GRAPHML, id: $id, depth: 1) }`, variables: { id: entity(i) } }),
      raw: (db, i) =>
        db.read('network/neighbourhood', {
          id: entity(i),
          depth: 1,
          ...noFilter,
          nodeCap: defaultLimits.maxNodes,
          edgeCap: defaultLimits.maxEdges,
        }),
    },
  ];
}

/** Draws the samples from the store: entities of every kind, actors with events, connected pairs, names to search. */
export async function drawSamples(driver: Driver, count: number): Promise<Samples> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const total = (await session.run('MATCH (e:Entity) RETURN count(e) AS n')).records[0]!.get('n').toNumber() as number;
    const share = Math.min(1, (count * 4) / Math.max(1, total));
    const rows = await session.run(
      `MATCH (e:Entity) WHERE rand() < $share AND e.kind <> 'event'
       RETURN e.id AS id, e.name AS name, e.kind AS kind LIMIT $count`,
      { share, count: neo4j.int(count) },
    );
    const entities = rows.records.map((r) => ({ id: String(r.get('id')), name: String(r.get('name')), kind: String(r.get('kind')) }));
    const actorRows = await session.run(
      `UNWIND $ids AS id MATCH (a:Entity {id: id}) WHERE EXISTS { (a)-[:RELATION]-(:Entity {kind: 'event'}) } RETURN a.id AS id`,
      { ids: entities.map((e) => e.id) },
    );
    const actors = actorRows.records.map((r) => String(r.get('id')));
    const pairRows = await session.run(
      `UNWIND $ids AS id
       MATCH (a:Entity {id: id})
       CALL (a) {
         MATCH p = (a)-[:RELATION*2..4]-(b:Entity) WHERE b <> a
         RETURN b LIMIT 1
       }
       RETURN a.id AS from, b.id AS to`,
      { ids: entities.slice(0, Math.min(entities.length, 60)).map((e) => e.id) },
    );
    const pairs = pairRows.records.map((r) => [String(r.get('from')), String(r.get('to'))] as [string, string]);
    // What people type: a whole name, or its most telling word.
    const searches = entities.map((e, i) =>
      i % 2 === 0 ? e.name : (e.name.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? e.name),
    );
    if (entities.length === 0 || actors.length === 0 || pairs.length === 0)
      throw new Error('The store is too small to sample a workload from.');
    return { entities, actors, pairs, searches };
  } finally {
    await session.close();
  }
}
