// GEXF 1.3 (Gephi).
import { citationText, escapeXml, type ExportGraph } from './graph-data.js';

const attribute = (index: number, value: string | null | undefined) =>
  value ? `<attvalue for="${index}" value="${escapeXml(value)}"/>` : '';

export function toGexf(graph: ExportGraph): string {
  const nodes = graph.nodes.map(
    (n) =>
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.name)}"><attvalues>` +
      `${attribute(0, n.kind)}${attribute(1, n.subkind)}${attribute(2, n.date)}</attvalues></node>`,
  );
  const edges = graph.edges.map(
    (e) =>
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source.id)}" target="${escapeXml(e.target.id)}" label="${escapeXml(e.type)}">` +
      `<attvalues>${attribute(0, e.role)}${attribute(1, e.date)}${attribute(2, citationText(e))}</attvalues></edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="0" title="kind" type="string"/>',
    '      <attribute id="1" title="subkind" type="string"/>',
    '      <attribute id="2" title="date" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="0" title="role" type="string"/>',
    '      <attribute id="1" title="date" type="string"/>',
    '      <attribute id="2" title="citations" type="string"/>',
    '    </attributes>',
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
