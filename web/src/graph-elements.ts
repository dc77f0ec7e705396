// API data → Cytoscape element definitions (pure).
import type { Claim, EntityData, RelationshipData, SubgraphData } from './api-types.js';
import { contradictionsAmong } from '../../domain/records.js';
import { typeLabel } from './vocabulary.js';

export interface NodeElement {
  group: 'nodes';
  data: { id: string; label: string; kind: string; subkind: string; date: string | null; contested: boolean; entity: EntityData };
}
export interface EdgeElement {
  group: 'edges';
  data: {
    id: string;
    source: string;
    target: string;
    label: string;
    type: string;
    date: string | null;
    contested: boolean;
    relationship: RelationshipData;
  };
}
export type GraphElement = NodeElement | EdgeElement;

export interface Conflict {
  attribute: string;
  claims: Claim[];
}

/**
 * Single-valued attributes on which an entity's claims disagree (two or more values); each side keeps its citations.
 * Values of a multi-valued attribute (charges, defence arguments) add up instead.
 */
export function conflicts(claims: readonly Claim[], multiValued: ReadonlySet<string> = new Set()): Conflict[] {
  return contradictionsAmong(claims, (attribute) => multiValued.has(attribute));
}

export function edgeLabel(rel: Pick<RelationshipData, 'type' | 'role'>): string {
  const type = typeLabel(rel.type);
  return rel.role ? `${type} (${rel.role})` : type;
}

export function toNodeElement(entity: EntityData, multiValued: ReadonlySet<string> = new Set()): NodeElement {
  const contested = conflicts(entity.claims, multiValued).length > 0;
  return {
    group: 'nodes',
    data: {
      id: entity.id,
      label: contested ? `⚠ ${entity.name}` : entity.name,
      kind: entity.kind,
      subkind: entity.subkind ?? '',
      date: entity.date,
      contested,
      entity,
    },
  };
}

/** `contested`: an end of the link carries claims that disagree, so the link leads to disputed facts. */
export function toEdgeElement(rel: RelationshipData, contested = false): EdgeElement {
  return {
    group: 'edges',
    data: {
      id: rel.id,
      source: rel.source.id,
      target: rel.target.id,
      label: edgeLabel(rel),
      type: rel.type,
      date: rel.date,
      contested,
      relationship: rel,
    },
  };
}

/** Everything several subgraphs hold, once each, minus what the user removed (and the edges that touched it). */
export function unionElements(
  subgraphs: readonly Pick<SubgraphData, 'nodes' | 'edges'>[],
  hidden: ReadonlySet<string>,
  multiValued: ReadonlySet<string> = new Set(),
): GraphElement[] {
  const nodes = new Map<string, EntityData>();
  const edges = new Map<string, RelationshipData>();
  for (const graph of subgraphs) {
    for (const node of graph.nodes) if (!hidden.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) edges.set(edge.id, edge);
  }
  const nodeElements = [...nodes.values()].map((entity) => toNodeElement(entity, multiValued));
  const contested = new Set(nodeElements.filter((n) => n.data.contested).map((n) => n.data.id));
  const kept = [...edges.values()].filter((e) => nodes.has(e.source.id) && nodes.has(e.target.id));
  return [...nodeElements, ...kept.map((e) => toEdgeElement(e, contested.has(e.source.id) || contested.has(e.target.id)))];
}
