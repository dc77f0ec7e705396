// What every export holds, whatever its format: one element per fact. Entities with their aliases, description, date
// and quotes; each claim as a node of its own, ABOUT its entity, with its quotes; where single-valued claims disagree,
// a CONTRADICTS link between the sides (every side kept, the preferred one marked); each relationship once, parallel
// copies of one fact (domain/records.ts sameLink) folded into one with all their quotes.
import { narrowerDate } from '../dates.js';
import { contradictionsAmong, otherValues, sameLink, valueKey } from '../records.js';
import type { ExportCitation, ExportEdge, ExportGraph } from './graph-data.js';

export type Value = string | boolean | null;

export interface Column {
  key: string;
  type: 'string' | 'boolean';
}

/** What a node row says; an entity leaves the claim columns empty and a claim the entity ones. */
export const NODE_COLUMNS: readonly Column[] = [
  { key: 'element', type: 'string' }, // entity | claim
  { key: 'name', type: 'string' },
  { key: 'kind', type: 'string' },
  { key: 'subkind', type: 'string' },
  { key: 'aliases', type: 'string' },
  { key: 'date', type: 'string' },
  { key: 'description', type: 'string' },
  { key: 'subject', type: 'string' },
  { key: 'attribute', type: 'string' },
  { key: 'value', type: 'string' },
  { key: 'preferred', type: 'boolean' },
  { key: 'preferred_reason', type: 'string' },
  { key: 'contested', type: 'boolean' },
  { key: 'other_values', type: 'string' },
  { key: 'citations', type: 'string' },
  { key: 'sources', type: 'string' },
];

export const EDGE_COLUMNS: readonly Column[] = [
  { key: 'element', type: 'string' }, // relationship | about | contradiction
  { key: 'type', type: 'string' },
  { key: 'role', type: 'string' },
  { key: 'date', type: 'string' },
  { key: 'attribute', type: 'string' },
  { key: 'citations', type: 'string' },
  { key: 'sources', type: 'string' },
  { key: 'copies', type: 'string' },
];

export interface NodeRow {
  id: string;
  values: Readonly<Record<string, Value>>;
  citations: readonly ExportCitation[];
}

export interface EdgeRow extends NodeRow {
  source: string;
  target: string;
}

export interface EvidenceRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** The quotes as one string, for formats that hold only strings: `[source id] quote | …`. */
export function citationText(citations: readonly ExportCitation[] | undefined): string {
  return (citations ?? []).map((c) => `[${c.source.id}] ${c.quote}`).join(' | ');
}

function sourceList(citations: readonly ExportCitation[]): string {
  const titles = new Map(citations.map((c) => [c.source.id, c.source.title ? `${c.source.title} (${c.source.id})` : c.source.id]));
  return [...titles.values()].join('; ');
}

const evidence = (citations: readonly ExportCitation[] = []) => ({
  citations: citationText(citations) || null,
  sources: sourceList(citations) || null,
});

/** Parallel copies of one fact, each group in the order first met; linear in the links (grouped by ends first). */
function foldCopies(edges: readonly ExportEdge[]): ExportEdge[][] {
  const groups: ExportEdge[][] = [];
  const byEnds = new Map<string, ExportEdge[][]>();
  const asRecord = (e: ExportEdge) => ({ type: e.type, from: e.source.id, to: e.target.id, role: e.role ?? null, date: e.date ?? null });
  for (const edge of edges) {
    const key = `${edge.type}\u0000${edge.source.id}\u0000${edge.target.id}\u0000${edge.role ?? ''}`;
    const candidates = byEnds.get(key) ?? [];
    const group = candidates.find((g) => sameLink(asRecord(g[0]!), asRecord(edge)));
    if (group) {
      group.push(edge);
      continue;
    }
    const fresh = [edge];
    groups.push(fresh);
    byEnds.set(key, [...candidates, fresh]);
  }
  return groups;
}

function relationshipRow(copies: readonly ExportEdge[]): EdgeRow {
  const [first] = copies as [ExportEdge, ...ExportEdge[]];
  const seen = new Set<string>();
  const citations = copies
    .flatMap((e) => e.citations ?? [])
    .filter((c) => {
      const key = `${c.source.id}\u0000${c.quote}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
  // The most precise of the (compatible) dates the copies give.
  const date = copies.reduce<string | null>((a, e) => narrowerDate(a, e.date), null);
  return {
    id: first.id,
    source: first.source.id,
    target: first.target.id,
    citations,
    values: {
      element: 'relationship',
      type: first.type,
      role: first.role ?? null,
      date,
      ...evidence(citations),
      copies: copies.length > 1 ? copies.map((e) => e.id).join('; ') : null,
    },
  };
}

/** The rows every format writes, from a subgraph whose entities carry their claims. */
export function evidenceRows(graph: ExportGraph): EvidenceRows {
  const multiValued = new Set(graph.multiValued);
  const nodes: NodeRow[] = [];
  const edges: EdgeRow[] = [];
  for (const entity of graph.nodes) {
    nodes.push({
      id: entity.id,
      citations: entity.citations ?? [],
      values: {
        element: 'entity',
        name: entity.name,
        kind: entity.kind,
        subkind: entity.subkind ?? null,
        aliases: entity.aliases?.length ? entity.aliases.join('; ') : null,
        date: entity.date ?? null,
        description: entity.description ?? null,
        ...evidence(entity.citations),
      },
    });
  }
  for (const entity of graph.nodes) {
    const claims = entity.claims ?? [];
    const isMultiValued = (attribute: string) => multiValued.has(attribute);
    const disputes = contradictionsAmong(claims, isMultiValued);
    const others = otherValues(claims, isMultiValued);
    for (const claim of claims) {
      const differing = others.get(claim) ?? [];
      nodes.push({
        id: claim.id,
        citations: claim.citations ?? [],
        values: {
          element: 'claim',
          name: `${claim.attribute}: ${claim.value}`,
          kind: 'claim',
          subject: entity.id,
          attribute: claim.attribute,
          value: claim.value,
          preferred: claim.preferred === true,
          preferred_reason: claim.preferredReason ?? null,
          contested: differing.length > 0,
          other_values: differing.length ? differing.join('; ') : null,
          ...evidence(claim.citations),
        },
      });
      edges.push({
        id: `${claim.id}/about`,
        source: claim.id,
        target: entity.id,
        citations: [],
        values: { element: 'about', type: 'ABOUT', attribute: claim.attribute },
      });
    }
    for (const dispute of disputes) {
      dispute.claims.forEach((a, i) =>
        dispute.claims.slice(i + 1).forEach((b) => {
          if (valueKey(a.value) === valueKey(b.value)) return;
          edges.push({
            id: `${a.id}/contradicts/${b.id}`,
            source: a.id,
            target: b.id,
            citations: [],
            values: { element: 'contradiction', type: 'CONTRADICTS', attribute: dispute.attribute },
          });
        }),
      );
    }
  }
  edges.unshift(...foldCopies(graph.edges).map(relationshipRow));
  return { nodes, edges };
}
