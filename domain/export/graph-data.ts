// The shape every exporter reads: what the API returns for a subgraph, on the server and in the browser alike.

export interface ExportNode {
  id: string;
  kind: string;
  subkind?: string | null;
  name: string;
  aliases?: readonly string[];
  date?: string | null;
  description?: string | null;
}

export interface ExportEdge {
  id: string;
  type: string;
  role?: string | null;
  date?: string | null;
  source: { id: string };
  target: { id: string };
  citations?: readonly { quote: string; source: { id: string; title?: string } }[];
}

export interface ExportGraph {
  nodes: readonly ExportNode[];
  edges: readonly ExportEdge[];
}

export const EXPORT_FORMATS = ['GRAPHML', 'GEXF', 'CYTOSCAPE_JSON', 'CSV_NODES', 'CSV_EDGES'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The sources and quotes of an edge, flattened for formats that hold only strings. */
export function citationText(edge: ExportEdge): string {
  return (edge.citations ?? []).map((c) => `[${c.source.id}] ${c.quote}`).join(' | ');
}
