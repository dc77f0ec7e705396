// API data → Cytoscape element definitions (pure).
import type { EntityData, RelationshipData, SubgraphData } from './api.js';

export interface NodeElement {
  group: 'nodes';
  data: { id: string; label: string; kind: string; subkind: string; entity: EntityData };
}
export interface EdgeElement {
  group: 'edges';
  data: { id: string; source: string; target: string; label: string; type: string; relationship: RelationshipData };
}
export type GraphElement = NodeElement | EdgeElement;

export function edgeLabel(rel: Pick<RelationshipData, 'type' | 'role'>): string {
  const type = rel.type.toLowerCase().replace(/_/g, ' ');
  return rel.role ? `${type} (${rel.role})` : type;
}

export function toNodeElement(entity: EntityData): NodeElement {
  return { group: 'nodes', data: { id: entity.id, label: entity.name, kind: entity.kind, subkind: entity.subkind ?? '', entity } };
}

export function toEdgeElement(rel: RelationshipData): EdgeElement {
  return {
    group: 'edges',
    data: { id: rel.id, source: rel.source.id, target: rel.target.id, label: edgeLabel(rel), type: rel.type, relationship: rel },
  };
}

/** The elements of a subgraph that are not already drawn (by id): nodes first, so edges always find their ends. */
export function newElements(subgraph: SubgraphData, drawn: ReadonlySet<string>): GraphElement[] {
  const nodes = subgraph.nodes.filter((n) => !drawn.has(n.id)).map(toNodeElement);
  const edges = subgraph.edges.filter((e) => !drawn.has(e.id)).map(toEdgeElement);
  return [...nodes, ...edges];
}
