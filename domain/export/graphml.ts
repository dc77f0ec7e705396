// GraphML (Cytoscape desktop, Gephi, yEd).
import { citationText, escapeXml, type ExportGraph } from './graph-data.js';

const NODE_KEYS = ['name', 'kind', 'subkind', 'aliases', 'date', 'description'] as const;
const EDGE_KEYS = ['type', 'role', 'date', 'citations'] as const;

function data(key: string, value: string | null | undefined): string {
  return value ? `<data key="${key}">${escapeXml(value)}</data>` : '';
}

export function toGraphML(graph: ExportGraph): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
  ];
  const nodes = graph.nodes.map(
    (n) =>
      `    <node id="${escapeXml(n.id)}">${data('name', n.name)}${data('kind', n.kind)}${data('subkind', n.subkind)}` +
      `${data('aliases', n.aliases?.join('; '))}${data('date', n.date)}${data('description', n.description)}</node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source.id)}" target="${escapeXml(e.target.id)}">` +
      `${data('e_type', e.type)}${data('e_role', e.role)}${data('e_date', e.date)}${data('e_citations', citationText(e))}</edge>`,
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
