// Plain objects the repository returns: what resolvers see, with no Neo4j types left in them.
import { toNumber, toOptionalString, toStringList } from '../db/values.js';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  caseId: string | null;
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
  claims: Claim[];
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

export interface Claim {
  id: string;
  subjectId: string;
  attribute: string;
  value: string;
  citations: Citation[];
  preferred: boolean;
  preferredReason: string | null;
}

export interface Contradiction {
  subject: Entity;
  attribute: string;
  claims: Claim[];
  preferred: Claim | null;
}

export interface Source extends SourceRef {
  dateNote: string | null;
  text: string | null;
  relationshipCount: number | null;
  exclusiveCount: number | null;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relationship[];
  truncated: boolean;
}

export interface Path {
  nodes: Entity[];
  edges: Relationship[];
  length: number;
  sourceCount: number;
  commonSources: SourceRef[];
}

type Row = Record<string, unknown>;

function toSourceRef(source: Row): SourceRef {
  return {
    id: String(source.id),
    title: String(source.title),
    publisher: toOptionalString(source.publisher),
    author: toOptionalString(source.author),
    date: toOptionalString(source.date),
    url: toOptionalString(source.url),
    caseId: toOptionalString(source.caseId),
  };
}

export function toSource(row: Row, counts: { relationshipCount?: unknown; exclusiveCount?: unknown } = {}): Source {
  return {
    ...toSourceRef(row),
    dateNote: toOptionalString(row.dateNote),
    text: toOptionalString(row.text),
    relationshipCount: counts.relationshipCount === undefined ? null : toNumber(counts.relationshipCount),
    exclusiveCount: counts.exclusiveCount === undefined ? null : toNumber(counts.exclusiveCount),
  };
}

function toCitations(value: unknown): Citation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw: Row) => {
    const source = raw.source as Row | null;
    return source ? [{ quote: String(raw.quote), source: toSourceRef(source) }] : [];
  });
}

export function toClaim(row: Row): Claim {
  return {
    id: String(row.id),
    subjectId: String(row.subjectId),
    attribute: String(row.attribute),
    value: String(row.value),
    citations: toCitations(row.citations),
    preferred: row.preferred === true,
    preferredReason: toOptionalString(row.preferredReason),
  };
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
    claims: Array.isArray(row.claims) ? row.claims.map(toClaim) : [],
  };
}

export function toRelationship(row: Row, source: Entity, target: Entity): Relationship {
  return {
    id: String(row.id),
    type: String(row.type),
    role: toOptionalString(row.role),
    date: toOptionalString(row.date),
    dateInferred: toOptionalString(row.dateInferred),
    source,
    target,
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
    return source && target ? [toRelationship(row, source, target)] : [];
  });
  return { nodes, edges, truncated };
}

/** A subgraph from rows of one entity (`node`, at `position`) or one edge (`edge`) each, as the network queries return them. */
export function subgraphFromRows(records: { get(key: string): unknown }[], truncated = false): Subgraph {
  const nodes: [number, Row][] = [];
  const edges: Row[] = [];
  for (const record of records) {
    const edge = record.get('edge') as Row | null;
    if (edge) edges.push(edge);
    else nodes.push([toNumber(record.get('position')), record.get('node') as Row]);
  }
  nodes.sort((a, b) => a[0] - b[0]);
  const cut = records.some((record) => record.get('truncated') === true);
  return toSubgraph(
    nodes.map(([, row]) => row),
    edges,
    truncated || cut,
  );
}
