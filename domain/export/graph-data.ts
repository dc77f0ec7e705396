// The shape every exporter reads: what the API returns for a subgraph, on the server and in the browser alike.

export interface ExportCitation {
  quote: string;
  source: { id: string; title?: string | null; publisher?: string | null; date?: string | null; url?: string | null };
}

export interface ExportClaim {
  id: string;
  attribute: string;
  value: string;
  preferred?: boolean;
  preferredReason?: string | null;
  citations?: readonly ExportCitation[];
}

export interface ExportNode {
  id: string;
  kind: string;
  subkind?: string | null;
  name: string;
  aliases?: readonly string[];
  date?: string | null;
  description?: string | null;
  citations?: readonly ExportCitation[];
  claims?: readonly ExportClaim[];
}

export interface ExportEdge {
  id: string;
  type: string;
  role?: string | null;
  date?: string | null;
  source: { id: string };
  target: { id: string };
  citations?: readonly ExportCitation[];
}

export interface ExportGraph {
  nodes: readonly ExportNode[];
  edges: readonly ExportEdge[];
  /** The vocabulary's multi-valued attributes: their values add up and never contradict (domain/records.ts). */
  multiValued: readonly string[];
}

export const EXPORT_FORMATS = ['GRAPHML', 'GEXF', 'CYTOSCAPE_JSON', 'CSV_NODES', 'CSV_EDGES'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// What XML 1.0 cannot hold at all, even as a character reference: controls but tab, LF and CR; U+FFFE and U+FFFF;
// unpaired surrogates. Stored text never has them (domain/input-rules.ts); an export drops any that slipped in before.
const NOT_XML_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NOT_XML = new RegExp(NOT_XML_SOURCE, 'g');
const XML_ESCAPES: Readonly<Record<string, string>> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  // In an attribute a parser turns tab and line breaks into spaces; as references they come back as they were.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text as XML content or an attribute value: markup escaped, line breaks kept, what XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[<>&"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);
}
