// Plain objects the repository returns: what resolvers see, with no Neo4j types left in them.
import { toOptionalString, toStringList } from '../db/values.js';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
}

export interface Citation {
  source: SourceRef;
  quote: string;
}

export interface Entity {
  id: string;
  kind: string;
  subkind: string | null;
  name: string;
  aliases: string[];
  aliasReasons: string[];
  descriptiveName: boolean;
  date: string | null;
  dateInferred: string | null;
  description: string | null;
  citations: Citation[];
}

export interface Relationship {
  id: string;
  type: string;
  role: string | null;
  date: string | null;
  dateInferred: string | null;
  source: Entity;
  target: Entity;
  citations: Citation[];
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relationship[];
  truncated: boolean;
}

type Row = Record<string, unknown>;

function toCitations(value: unknown): Citation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw: Row) => {
    const source = raw.source as Row | null;
    if (!source) return [];
    return [
      {
        quote: String(raw.quote),
        source: {
          id: String(source.id),
          title: String(source.title),
          publisher: toOptionalString(source.publisher),
          author: toOptionalString(source.author),
          date: toOptionalString(source.date),
          url: toOptionalString(source.url),
        },
      },
    ];
  });
}

export function toEntity(row: Row): Entity {
  return {
    id: String(row.id),
    kind: String(row.kind),
    subkind: toOptionalString(row.subkind),
    name: String(row.name),
    aliases: toStringList(row.aliases),
    aliasReasons: toStringList(row.aliasReasons),
    descriptiveName: row.descriptiveName === true,
    date: toOptionalString(row.date),
    dateInferred: toOptionalString(row.dateInferred),
    description: toOptionalString(row.description),
    citations: toCitations(row.citations),
  };
}

/** Builds a subgraph from node rows and edge rows that name their ends by id; edges to unknown ends are dropped. */
export function toSubgraph(nodeRows: Row[], edgeRows: Row[], truncated: boolean): Subgraph {
  const nodes = nodeRows.map(toEntity);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = edgeRows.flatMap((row) => {
    const source = byId.get(String(row.source));
    const target = byId.get(String(row.target));
    if (!source || !target) return [];
    return [
      {
        id: String(row.id),
        type: String(row.type),
        role: toOptionalString(row.role),
        date: toOptionalString(row.date),
        dateInferred: toOptionalString(row.dateInferred),
        source,
        target,
        citations: toCitations(row.citations),
      },
    ];
  });
  return { nodes, edges, truncated };
}
