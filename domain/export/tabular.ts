// Cytoscape JSON (cytoscape.js and Cytoscape desktop) and CSV (spreadsheets).
import { citationText, type ExportFormat, type ExportGraph } from './graph-data.js';
import { toGexf } from './gexf.js';
import { toGraphML } from './graphml.js';

export function toCytoscapeJson(graph: ExportGraph): string {
  return JSON.stringify(
    {
      elements: {
        nodes: graph.nodes.map((n) => ({ data: { ...n, aliases: n.aliases ? [...n.aliases] : [] } })),
        edges: graph.edges.map((e) => ({
          data: {
            id: e.id,
            source: e.source.id,
            target: e.target.id,
            type: e.type,
            role: e.role ?? null,
            date: e.date ?? null,
            citations: e.citations ?? [],
          },
        })),
      },
    },
    null,
    2,
  );
}

/**
 * A field a spreadsheet would run as a formula: one that starts with = + - @ or their full-width forms (＝ ＋ － ＠),
 * also after leading spaces, or that starts with a tab or line break (which some spreadsheets skip before reading it).
 */
const FORMULA_START = /^[\t\r\n]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). A field a spreadsheet would run as a
 * formula is prefixed with ' so that it shows curated text instead.
 */
export function csvField(value: string | null | undefined): string {
  const raw = value ?? '';
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: (string | null | undefined)[][]) => rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

export function toNodesCsv(graph: ExportGraph): string {
  return csv([
    ['id', 'name', 'kind', 'subkind', 'date', 'aliases'],
    ...graph.nodes.map((n) => [n.id, n.name, n.kind, n.subkind, n.date, n.aliases?.join('; ')]),
  ]);
}

export function toEdgesCsv(graph: ExportGraph): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return csv([
    ['id', 'source', 'source_name', 'type', 'role', 'target', 'target_name', 'date', 'citations'],
    ...graph.edges.map((e) => [
      e.id,
      e.source.id,
      names.get(e.source.id),
      e.type,
      e.role,
      e.target.id,
      names.get(e.target.id),
      e.date,
      citationText(e),
    ]),
  ]);
}

export function exportGraph(graph: ExportGraph, format: ExportFormat): string {
  switch (format) {
    case 'GRAPHML':
      return toGraphML(graph);
    case 'GEXF':
      return toGexf(graph);
    case 'CYTOSCAPE_JSON':
      return toCytoscapeJson(graph);
    case 'CSV_NODES':
      return toNodesCsv(graph);
    case 'CSV_EDGES':
      return toEdgesCsv(graph);
  }
}
