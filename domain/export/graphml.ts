// GraphML (Cytoscape desktop, Gephi, yEd, networkx): every column of domain/export/evidence.ts as a typed key.
import { EDGE_COLUMNS, evidenceRows, NODE_COLUMNS, type Value } from './evidence.js';
import { escapeXml, type ExportGraph } from './graph-data.js';

function data(key: string, value: Value | undefined): string {
  return value === null || value === undefined || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

export function toGraphML(graph: ExportGraph): string {
  const rows = evidenceRows(graph);
  const keys = [
    ...NODE_COLUMNS.map((c) => `  <key id="${c.key}" for="node" attr.name="${c.key}" attr.type="${c.type}"/>`),
    ...EDGE_COLUMNS.map((c) => `  <key id="e_${c.key}" for="edge" attr.name="${c.key}" attr.type="${c.type}"/>`),
  ];
  const nodes = rows.nodes.map(
    (n) => `    <node id="${escapeXml(n.id)}">${NODE_COLUMNS.map((c) => data(c.key, n.values[c.key])).join('')}</node>`,
  );
  const edges = rows.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
      `${EDGE_COLUMNS.map((c) => data(`e_${c.key}`, e.values[c.key])).join('')}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '  <graph id="G" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
