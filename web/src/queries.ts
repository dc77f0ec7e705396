// What the page reads: one function per question, each asking only for the fields its view shows.
import { graphql } from './api.js';
import type {
  AuditRecord,
  EntityData,
  GraphFilter,
  PathData,
  SearchHitData,
  SourceSummary,
  SourceText,
  Selection,
  SubgraphData,
  Viewer,
  Vocabulary,
} from './api-types.js';
import type * as Schema from './generated/schema.js';
import type { MapPlaceData } from './map-view.js';

export const CITATIONS = 'citations { quote source { id title publisher author date url } }';
export const CLAIM = `id subjectId attribute value preferred preferredReason ${CITATIONS}`;
export const ENTITY = `id kind subkind name aliases aliasReasons descriptiveName description date dateInferred ${CITATIONS} claims { ${CLAIM} }`;
export const EDGE = `id type role date dateInferred source { id } target { id } ${CITATIONS}`;

export async function search(text: string, first = 8): Promise<SearchHitData[]> {
  const data = await graphql<{ search: SearchHitData[] }>(
    `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { score matched entity { ${ENTITY} } } }`,
    { text, first } satisfies Schema.QuerySearchArgs,
  );
  return data.search;
}

export async function neighbourhood(id: string, depth = 1): Promise<SubgraphData> {
  const data = await graphql<{ neighbourhood: SubgraphData }>(
    `query Neighbourhood($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    { id, depth } satisfies Schema.QueryNeighbourhoodArgs,
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
      paths(from: $from, to: $to, maxHops: $maxHops, first: $first, filter: $filter) {
        length sourceCount commonSources { id title } nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    { from, to, maxHops: options.maxHops ?? 4, first: options.first ?? 3, filter: options.filter ?? null } satisfies Schema.QueryPathsArgs,
  );
  return data.paths;
}

export async function sourceText(id: string): Promise<SourceText | null> {
  const data = await graphql<{ source: SourceText | null }>(
    'query Source($id: ID!) { source(id: $id) { id title publisher author date url text } }',
    { id } satisfies Schema.QuerySourceArgs,
  );
  return data.source;
}

export async function sourceList(): Promise<SourceSummary[]> {
  const data = await graphql<{ sources: SourceSummary[] }>('query Sources { sources { id title } }', {});
  return data.sources;
}

export async function suggestions(first = 5): Promise<EntityData[]> {
  type Scores = Selection<Schema.CentralityRanking, never, { scores: Selection<Schema.CentralityScore, never, { entity: EntityData }>[] }>;
  const data = await graphql<{ centrality: Scores }>(
    `query Suggestions($first: Int) { centrality(first: $first) { scores { entity { ${ENTITY} } } } }`,
    { first } satisfies Schema.QueryCentralityArgs,
  );
  return data.centrality.scores.map((s) => s.entity);
}

export async function vocabulary(): Promise<Vocabulary> {
  const data = await graphql<{ vocabulary: Vocabulary }>(
    `
      query Vocabulary {
        vocabulary {
          kinds {
            name
            description
            color
            shape
            subkinds {
              name
              description
            }
          }
          relationshipTypes {
            name
            description
          }
          roles {
            name
            description
          }
          attributes {
            name
            description
            multiValued
          }
        }
      }
    `,
    {},
  );
  return data.vocabulary;
}

export async function history(id: string, first = 50): Promise<AuditRecord[]> {
  const data = await graphql<{ history: AuditRecord[] }>(
    'query History($id: ID!, $first: Int) { history(id: $id, first: $first) { id at actor role action targetId summary } }',
    { id, first } satisfies Schema.QueryHistoryArgs,
  );
  return data.history;
}

/** Who holds `token` (null without one); a token the server does not know fails with UNAUTHENTICATED. */
export async function viewer(token: string): Promise<Viewer | null> {
  const data = await graphql<{ viewer: Viewer | null }>('query Viewer { viewer { name role } }', {}, { token });
  return data.viewer;
}

/** What the map draws: where the server's gazetteer puts each location, and the dated entities linked to it. */
export async function mapPlaces(): Promise<MapPlaceData[]> {
  const data = await graphql<{ mapPlaces: MapPlaceData[] }>(
    `query Map { mapPlaces { location { latitude longitude basis } entity { ${ENTITY} } dated { ${ENTITY} } through { dated { ${ENTITY} } via { id name } } } }`,
    {},
  );
  return data.mapPlaces;
}
