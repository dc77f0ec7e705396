import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toGexf } from '../../domain/export/gexf.js';
import type { ExportGraph } from '../../domain/export/graph-data.js';
import { toGraphML } from '../../domain/export/graphml.js';
import { csvField, toCytoscapeJson, toEdgesCsv, toNodesCsv } from '../../domain/export/tabular.js';

const graph: ExportGraph = {
  nodes: [
    { id: 'person/a', kind: 'person', name: 'Anna "A" <Testova>', aliases: ['A. Testova'] },
    { id: 'event/s', kind: 'event', subkind: 'sentence', name: 'Sentence, 2020', date: '2020-03' },
  ],
  edges: [
    {
      id: 'rel/1',
      type: 'PARTICIPANT_IN',
      role: 'defendant',
      source: { id: 'person/a' },
      target: { id: 'event/s' },
      citations: [{ quote: 'was sentenced & fined', source: { id: 'src-1' } }],
    },
  ],
  multiValued: [],
};

describe('exports', () => {
  it('writes well-formed GraphML with every node, edge and citation', () => {
    const xml = toGraphML(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.graphml.graph.node).toHaveLength(2);
    expect(doc.graphml.graph.edge['@_source']).toBe('person/a');
    expect(xml).toContain('Anna &quot;A&quot; &lt;Testova&gt;');
    expect(xml).toContain('[src-1] was sentenced &amp; fined');
  });

  it('writes well-formed GEXF with labels', () => {
    const xml = toGexf(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.gexf.graph.nodes.node.map((n: Record<string, string>) => n['@_label'])).toEqual(['Anna "A" <Testova>', 'Sentence, 2020']);
  });

  it('writes Cytoscape JSON elements that cytoscape.js can load', () => {
    const json = JSON.parse(toCytoscapeJson(graph));
    expect(json.elements.nodes[1].data).toMatchObject({ id: 'event/s', name: 'Sentence, 2020' });
    expect(json.elements.edges[0].data).toMatchObject({ source: 'person/a', target: 'event/s', type: 'PARTICIPANT_IN' });
  });

  it('keeps spreadsheets from running a field as a formula', () => {
    expect(csvField('-2 years')).toBe("'-2 years");
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    for (const formula of ['＝1+1', '＋1', '－1', '＠SUM(A1)', ' =1+1', '\u3000=1', '\u00A0+1', '\t=1', '\r=1', '\n=1'])
      expect(csvField(formula).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('Kazakhstan = repression')).toBe('Kazakhstan = repression');
  });

  it('writes well-formed XML whatever the text holds, dropping what XML 1.0 forbids and keeping line breaks', () => {
    const hostile: ExportGraph = {
      nodes: [
        { id: 'person/a', kind: 'person', name: 'NUL\u0000 bell\u0007 lone\uD800 ]]> <![CDATA[', description: 'One\nTwo\tthree' },
        {
          id: 'event/s',
          kind: 'event',
          name: '\uFFFE\u001b[0m',
          aliases: ['😀 \u0008'],
          claims: [
            { id: 'claim/\u0001', attribute: 'a<b', value: '\u0000"1"', citations: [{ quote: ']]>\u000B', source: { id: 's&1' } }] },
          ],
        },
      ],
      edges: [{ ...graph.edges[0]!, citations: [{ quote: 'a "quote" \u000C with a form feed', source: { id: 'src-1' } }] }],
      multiValued: [],
    };
    for (const xml of [toGraphML(hostile), toGexf(hostile)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect([...xml].filter((c) => /[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u.test(c) && !'\t\n\r'.includes(c))).toEqual([]);
    }
    const gexf = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(toGexf(hostile));
    expect(gexf.gexf.graph.nodes.node[0]['@_label']).toBe('NUL bell lone ]]> <![CDATA[');
    expect(toGraphML(hostile)).toContain('One&#10;Two&#9;three');
  });

  it('writes CSV with quoting where a field needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    const [header, , sentence] = toNodesCsv(graph).split('\r\n');
    expect(header).toBe(
      'id,element,name,kind,subkind,aliases,date,description,subject,attribute,value,preferred,preferred_reason,contested,other_values,citations,sources',
    );
    expect(sentence).toBe('event/s,entity,"Sentence, 2020",event,sentence,,2020-03,,,,,,,,,,');
    expect(toEdgesCsv(graph).split('\r\n')[1]).toBe(
      'rel/1,person/a,"Anna ""A"" <Testova>",event/s,"Sentence, 2020",relationship,PARTICIPANT_IN,defendant,,,[src-1] was sentenced & fined,src-1,',
    );
  });
});
