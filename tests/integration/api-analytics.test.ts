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
    const nodes = new XMLParser({ ignoreAttributes: false }).parse(xml).graphml.graph.node as { '@_id': string }[];
    expect(nodes.map((n) => n['@_id']).sort()).toEqual(body.data!.neighbourhood.nodes.map((n) => n.id).sort());
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
