import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { evidenceRows } from '../../domain/export/evidence.js';
import { toGexf } from '../../domain/export/gexf.js';
import type { ExportGraph } from '../../domain/export/graph-data.js';
import { toGraphML } from '../../domain/export/graphml.js';
import { toCytoscapeJson, toEdgesCsv, toNodesCsv } from '../../domain/export/tabular.js';

const quoteA = { quote: 'she was sentenced to 100 hours of community service', source: { id: 'src-a', title: 'Report A' } };
const quoteB = { quote: 'ordered to perform 400 hours of forced labour', source: { id: 'src-b', title: 'Report B' } };
const graph: ExportGraph = {
  nodes: [
    {
      id: 'person/k',
      kind: 'person',
      name: 'Larisa K.',
      aliases: ['L. K.', 'Лариса'],
      description: 'Union leader',
      citations: [quoteA],
      claims: [
        { id: 'claim/1', attribute: 'community service', value: '100 hours', citations: [quoteA] },
        {
          id: 'claim/2',
          attribute: 'community service',
          value: '400 hours',
          preferred: true,
          preferredReason: 'the court record',
          citations: [quoteB],
        },
        { id: 'claim/3', attribute: 'charge', value: 'abuse of office', citations: [quoteA] },
        { id: 'claim/4', attribute: 'charge', value: 'embezzlement', citations: [quoteB] },
      ],
    },
    { id: 'org/court', kind: 'organisation', name: 'Court' },
  ],
  edges: [
    { id: 'rel/1', type: 'SENTENCED_BY', source: { id: 'person/k' }, target: { id: 'org/court' }, date: '2017', citations: [quoteA] },
    {
      id: 'rel/2',
      type: 'SENTENCED_BY',
      source: { id: 'person/k' },
      target: { id: 'org/court' },
      date: '2017-07-24',
      citations: [quoteB, quoteA],
    },
    { id: 'rel/3', type: 'SENTENCED_BY', source: { id: 'person/k' }, target: { id: 'org/court' }, date: '2019', citations: [quoteB] },
  ],
  multiValued: ['charge'],
};

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(xml);

describe('exports that keep the evidence', () => {
  const rows = evidenceRows(graph);

  it('writes each claim as a node about its entity, marking the sides of a contradiction and the preferred one', () => {
    const claim = (id: string) => rows.nodes.find((n) => n.id === id)!.values;
    expect(claim('claim/1')).toMatchObject({
      element: 'claim',
      subject: 'person/k',
      value: '100 hours',
      contested: true,
      preferred: false,
      other_values: '400 hours',
    });
    expect(claim('claim/2')).toMatchObject({
      contested: true,
      preferred: true,
      preferred_reason: 'the court record',
      other_values: '100 hours',
    });
    // Values of a multi-valued attribute add up: no contradiction.
    expect(claim('claim/3')).toMatchObject({ contested: false, other_values: null });
    expect(rows.edges.filter((e) => e.values.element === 'contradiction').map((e) => [e.source, e.target])).toEqual([
      ['claim/1', 'claim/2'],
    ]);
    expect(rows.edges.filter((e) => e.values.element === 'about')).toHaveLength(4);
  });

  it('folds parallel copies of one fact into one link with every quote, and keeps a link with a conflicting date apart', () => {
    const links = rows.edges.filter((e) => e.values.element === 'relationship');
    expect(links.map((e) => e.id)).toEqual(['rel/1', 'rel/3']);
    expect(links[0]).toMatchObject({ citations: [quoteA, quoteB], values: { date: '2017-07-24', copies: 'rel/1; rel/2' } });
  });

  it('GraphML carries both sides with their quotes, typed, and parses', () => {
    const xml = toGraphML(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml).graphml;
    expect(doc.key.find((k: Record<string, string>) => k['@_id'] === 'contested')['@_attr.type']).toBe('boolean');
    const data = (id: string) =>
      Object.fromEntries(
        (doc.graph.node.find((n: Record<string, unknown>) => n['@_id'] === id).data as { '@_key': string; '#text': unknown }[]).map((d) => [
          d['@_key'],
          String(d['#text']),
        ]),
      );
    expect(data('claim/1')).toMatchObject({ value: '100 hours', contested: 'true', citations: `[src-a] ${quoteA.quote}` });
    expect(data('claim/2')).toMatchObject({ value: '400 hours', preferred: 'true', citations: `[src-b] ${quoteB.quote}` });
    expect(data('person/k')).toMatchObject({ aliases: 'L. K.; Лариса', description: 'Union leader', sources: 'Report A (src-a)' });
  });

  it('GEXF declares every attribute and carries both sides with their quotes', () => {
    const xml = toGexf(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parse(xml).gexf.graph;
    const titles = (doc.attributes[0].attribute as Record<string, string>[]).map((a) => a['@_title']);
    const node = (id: string) => {
      const found = doc.nodes.node.find((n: Record<string, unknown>) => n['@_id'] === id);
      const values = [found.attvalues.attvalue].flat() as Record<string, string>[];
      return { label: found['@_label'], ...Object.fromEntries(values.map((v) => [titles[Number(v['@_for'])], v['@_value']])) };
    };
    expect(node('claim/1')).toMatchObject({
      label: 'community service: 100 hours',
      contested: 'true',
      citations: `[src-a] ${quoteA.quote}`,
    });
    expect(node('claim/2')).toMatchObject({ label: 'community service: 400 hours', citations: `[src-b] ${quoteB.quote}` });
    expect(node('person/k')).toMatchObject({ aliases: 'L. K.; Лариса', description: 'Union leader' });
    expect(doc.edges.edge.map((e: Record<string, string>) => e['@_label'])).toContain('CONTRADICTS');
  });

  it('Cytoscape JSON and CSV hold the same rows', () => {
    const json = JSON.parse(toCytoscapeJson(graph));
    expect(json.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'claim/2').data).toMatchObject({
      value: '400 hours',
      preferred: true,
      quotes: [quoteB],
    });
    expect(toNodesCsv(graph)).toContain('400 hours');
    expect(
      toEdgesCsv(graph)
        .split('\r\n')
        .filter((l) => l.includes(',contradiction,')),
    ).toHaveLength(1);
  });
});
