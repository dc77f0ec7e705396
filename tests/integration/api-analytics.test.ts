import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { graphqlRequest, useAppOverTestDatabase } from './helpers.js';

describe('analytics, exports and round trips over the seed dataset', () => {
  const sent: string[] = [];
  const suite = useAppOverTestDatabase((key) => sent.push(key));

  it('ranks the most-connected people by degree, and by betweenness on request', async () => {
    const { body } = await graphqlRequest<{
      byDegree: { approximate: boolean; scores: { degree: number; betweenness: number; entity: { kind: string } }[] };
      byBetweenness: { scores: { betweenness: number }[] };
    }>(
      suite.app,
      `{ byDegree: centrality(kinds: ["person"], first: 3) { approximate scores { degree betweenness entity { kind } } }
         byBetweenness: centrality(measure: BETWEENNESS, first: 5) { scores { betweenness } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { scores, approximate } = body.data!.byDegree;
    expect(approximate).toBe(false);
    expect(scores).toHaveLength(3);
    expect(scores.every((s) => s.entity.kind === 'person')).toBe(true);
    expect(scores.map((s) => s.degree)).toEqual([...scores.map((s) => s.degree)].sort((a, b) => b - a));
    const betweenness = body.data!.byBetweenness.scores.map((s) => s.betweenness);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
    expect(betweenness[0]).toBeGreaterThan(0);
    expect(betweenness[0]).toBeLessThanOrEqual(1);
  });

  it('shows the whole small network in the overview', async () => {
    const { body } = await graphqlRequest<{ overview: { truncated: boolean; nodes: unknown[]; edges: unknown[] } }>(
      suite.app,
      `{ overview { truncated nodes { id } edges { id } } }`,
    );
    expect(body.data!.overview.truncated).toBe(false);
    expect(body.data!.overview.nodes.length).toBeGreaterThan(60);
    expect(body.data!.overview.edges.length).toBeGreaterThan(100);
  });

  it('exports a neighbourhood as valid GraphML holding the same entities', async () => {
    const { body } = await graphqlRequest<{ export: string; neighbourhood: { nodes: { id: string }[] } }>(
      suite.app,
      `{ export(format: GRAPHML, id: "organisation/techno-trading-ltd", depth: 2) neighbourhood(id: "organisation/techno-trading-ltd", depth: 2, limit: 500) { nodes { id } } }`,
    );
    const xml = body.data!.export;
    expect(XMLValidator.validate(xml)).toBe(true);
    type Node = { '@_id': string; data: { '@_key': string; '#text': string }[] };
    const nodes = new XMLParser({ ignoreAttributes: false }).parse(xml).graphml.graph.node as Node[];
    const element = (n: Node) => n.data.find((d) => d['@_key'] === 'element')?.['#text'];
    // The same entities, and besides them only the claims about them (each a node of its own).
    expect(
      nodes
        .filter((n) => element(n) === 'entity')
        .map((n) => n['@_id'])
        .sort(),
    ).toEqual(body.data!.neighbourhood.nodes.map((n) => n.id).sort());
    expect(nodes.filter((n) => element(n) !== 'entity').every((n) => element(n) === 'claim')).toBe(true);
  });

  it('exports Kharkova’s neighbourhood as GEXF and GraphML that keep each contradiction in it with both sides and their quotes', async () => {
    const id = 'person/larisa-kharkova';
    const { body } = await graphqlRequest<{
      gexf: string;
      graphml: string;
      neighbourhood: { nodes: { id: string }[] };
      contradictions: {
        subject: { id: string };
        attribute: string;
        claims: { id: string; subjectId: string; value: string; citations: { quote: string; source: { id: string } }[] }[];
      }[];
    }>(
      suite.app,
      `query($id: ID!) { gexf: export(format: GEXF, id: $id, depth: 2) graphml: export(format: GRAPHML, id: $id, depth: 2)
         neighbourhood(id: $id, depth: 2) { nodes { id } }
         contradictions { subject { id } attribute claims { id subjectId value citations { quote source { id } } } } }`,
      { id },
    );
    const inView = new Set(body.data!.neighbourhood.nodes.map((n) => n.id));
    const disputes = body.data!.contradictions.filter((c) => inView.has(c.subject.id));
    expect(disputes.length).toBeGreaterThanOrEqual(1);
    const sides = disputes.flatMap((c) => c.claims);
    expect(sides.length).toBeGreaterThanOrEqual(2);
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
    for (const xml of [body.data!.gexf, body.data!.graphml]) expect(XMLValidator.validate(xml)).toBe(true);

    const graphml = parser.parse(body.data!.graphml).graphml.graph;
    const graphmlClaim = (claimId: string) => {
      const node = (graphml.node as { '@_id': string; data: { '@_key': string; '#text': unknown }[] }[]).find((n) => n['@_id'] === claimId);
      return Object.fromEntries((node?.data ?? []).map((d) => [d['@_key'], String(d['#text'])]));
    };
    const gexf = parser.parse(body.data!.gexf).gexf.graph;
    const titles = (gexf.attributes[0].attribute as Record<string, string>[]).map((a) => a['@_title']);
    const gexfClaim = (claimId: string) => {
      const nodes = gexf.nodes.node as { '@_id': string; attvalues?: { attvalue: Record<string, string> | Record<string, string>[] } }[];
      const node = nodes.find((n) => n['@_id'] === claimId);
      return Object.fromEntries([node?.attvalues?.attvalue ?? []].flat().map((v) => [titles[Number(v['@_for'])], v['@_value']]));
    };
    for (const side of sides) {
      for (const found of [graphmlClaim(side.id), gexfClaim(side.id)]) {
        expect(found).toMatchObject({ element: 'claim', subject: side.subjectId, value: side.value, contested: 'true' });
        for (const citation of side.citations) expect(found.citations).toContain(`[${citation.source.id}] ${citation.quote}`);
      }
    }
    const contradictionEdges = (graphml.edge as { data: { '@_key': string; '#text': string }[] }[]).filter((e) =>
      e.data.some((d) => d['@_key'] === 'e_type' && d['#text'] === 'CONTRADICTS'),
    );
    expect(contradictionEdges.length).toBeGreaterThanOrEqual(disputes.length);
  });

  it('sends a fixed number of database queries per root field, however much nested data is asked for', async () => {
    sent.length = 0;
    const { body } = await graphqlRequest(
      suite.app,
      `{ search(text: "Kharkova") { entity { id citations { quote source { title } } claims { value citations { quote } } } }
         neighbourhood(id: "organisation/knprk", depth: 2) { nodes { id claims { value } citations { source { id } } } edges { source { name } target { name } citations { quote } } }
         paths(from: "organisation/techno-trading-ltd", to: "instrument/ilo-convention-87") { nodes { name } edges { citations { source { title } } } }
         timeline(entityId: "person/larisa-kharkova") { name citations { quote } }
         contradictions { subject { name } claims { citations { quote } } } }`,
    );
    expect(body.errors).toBeUndefined();
    // Search reads its candidates' names, then the chosen entities whole.
    expect(sent.sort()).toEqual([
      'claims/contradictions',
      'entities/by-ids',
      'network/neighbourhood',
      'network/paths',
      'search/candidates',
      'timeline/events-of',
    ]);
  });
});
