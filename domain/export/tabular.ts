// Cytoscape JSON (cytoscape.js and Cytoscape desktop) and CSV (spreadsheets).
import { EDGE_COLUMNS, evidenceRows, NODE_COLUMNS, type Value } from './evidence.js';
import type { ExportFormat, ExportGraph } from './graph-data.js';
import { toGexf } from './gexf.js';
import { toGraphML } from './graphml.js';

/** Cytoscape JSON elements: the same rows, with the quotes also as structured lists. */
export function toCytoscapeJson(graph: ExportGraph): string {
  const rows = evidenceRows(graph);
  const present = (values: Readonly<Record<string, Value>>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
  return JSON.stringify(
    {
      elements: {
        nodes: rows.nodes.map((n) => ({ data: { id: n.id, ...present(n.values), quotes: n.citations } })),
        edges: rows.edges.map((e) => ({
          data: { id: e.id, source: e.source, target: e.target, ...present(e.values), quotes: e.citations },
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

const cell = (value: Value | undefined) => (value === null || value === undefined ? '' : String(value));

/** Entities and claims, one row each. */
export function toNodesCsv(graph: ExportGraph): string {
  const rows = evidenceRows(graph);
  return csv([
    ['id', ...NODE_COLUMNS.map((c) => c.key)],
    ...rows.nodes.map((n) => [n.id, ...NODE_COLUMNS.map((c) => cell(n.values[c.key]))]),
  ]);
}

/** Relationships, claims' ABOUT links and contradictions, one row each, with the names of both ends. */
export function toEdgesCsv(graph: ExportGraph): string {
  const rows = evidenceRows(graph);
  const names = new Map(rows.nodes.map((n) => [n.id, cell(n.values.name)]));
  return csv([
    ['id', 'source', 'source_name', 'target', 'target_name', ...EDGE_COLUMNS.map((c) => c.key)],
    ...rows.edges.map((e) => [
      e.id,
      e.source,
      names.get(e.source),
      e.target,
      names.get(e.target),
      ...EDGE_COLUMNS.map((c) => cell(e.values[c.key])),
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
