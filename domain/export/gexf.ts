// GEXF 1.3 (Gephi, networkx): every column of domain/export/evidence.ts as a declared attribute.
import { EDGE_COLUMNS, evidenceRows, NODE_COLUMNS, type Column, type Value } from './evidence.js';
import { escapeXml, type ExportGraph } from './graph-data.js';

function attributes(columns: readonly Column[], values: Readonly<Record<string, Value>>): string {
  const set = columns.flatMap((c, index) => {
    const value = values[c.key];
    return value === null || value === undefined || value === '' ? [] : [`<attvalue for="${index}" value="${escapeXml(String(value))}"/>`];
  });
  return set.length ? `<attvalues>${set.join('')}</attvalues>` : '';
}

const declare = (kind: 'node' | 'edge', columns: readonly Column[]) => [
  `    <attributes class="${kind}">`,
  ...columns.map((c, index) => `      <attribute id="${index}" title="${c.key}" type="${c.type}"/>`),
  '    </attributes>',
];

export function toGexf(graph: ExportGraph): string {
  const rows = evidenceRows(graph);
  const label = (values: Readonly<Record<string, Value>>, fallback: string) => escapeXml(String(values.name ?? values.type ?? fallback));
  const nodes = rows.nodes.map(
    (n) => `      <node id="${escapeXml(n.id)}" label="${label(n.values, n.id)}">${attributes(NODE_COLUMNS, n.values)}</node>`,
  );
  const edges = rows.edges.map(
    (e) =>
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${label(e.values, e.id)}">` +
      `${attributes(EDGE_COLUMNS, e.values)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', NODE_COLUMNS),
    ...declare('edge', EDGE_COLUMNS),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
