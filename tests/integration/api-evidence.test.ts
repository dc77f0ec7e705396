import { describe, expect, it } from 'vitest';
import { graphqlRequest, useAppOverTestDatabase } from './helpers.js';

interface ContradictionData {
  subject: { id: string };
  attribute: string;
  claims: { value: string; citations: { quote: string; source: { id: string } }[] }[];
}

describe('the evidence API over the seed dataset', () => {
  const suite = useAppOverTestDatabase();

  const CONTRADICTIONS = `query($id: ID) { contradictions(entityId: $id) { subject { id } attribute claims { value citations { quote source { id } } } } }`;

  it('reports the two sources that disagree on the length of Kushakbayev’s ban, each with its quote', async () => {
    const { body } = await graphqlRequest<{ contradictions: ContradictionData[] }>(suite.app, CONTRADICTIONS, {
      id: 'person/nurbek-kushakbayev',
    });
    expect(body.errors).toBeUndefined();
    const ban = body.data!.contradictions.find((c) => c.attribute === 'ban on public activity');
    expect(ban?.subject.id).toBe('event/sentence-of-kushakbayev');
    expect(ban?.claims.map((c) => [c.value, c.citations[0]?.source.id]).sort()).toEqual([
      ['2 years after the sentence is served', '003_070f39f0f6b30c69'],
      ['3 years', '000_760c9d7c1e926fee'],
    ]);
    expect(ban?.claims.flatMap((c) => c.citations.map((x) => x.quote))).toContain(
      'Both sentences include deprivation of the right to professional and public activity for 3 years.',
    );
  });

  it('lists every contradiction in the graph when no entity is given, and none that agree', async () => {
    const { body } = await graphqlRequest<{ contradictions: ContradictionData[] }>(suite.app, CONTRADICTIONS, {});
    const all = body.data!.contradictions;
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const c of all) expect(new Set(c.claims.map((x) => x.value)).size).toBeGreaterThan(1);
    expect(all.map((c) => c.attribute)).not.toContain('prison term');
  });

  it('lists the sources with how much of the graph rests on each', async () => {
    const { body } = await graphqlRequest<{ sources: { id: string; title: string; relationshipCount: number; exclusiveCount: number }[] }>(
      suite.app,
      `{ sources { id title relationshipCount exclusiveCount } }`,
    );
    // Other suites may add sources of their own while this runs; the seed's five are the ones checked.
    const sources = body.data!.sources.filter((s) => /^\d{3}_[0-9a-f]{16}$/.test(s.id));
    expect(sources).toHaveLength(5);
    for (const s of sources) {
      expect(s.relationshipCount).toBeGreaterThan(0);
      expect(s.exclusiveCount).toBeLessThanOrEqual(s.relationshipCount);
    }
  });

  it('answers "what does only one source say?" with relationships cited by that source alone', async () => {
    const { body } = await graphqlRequest<{
      factsOnlyIn: { id: string; citations: { source: { id: string } }[]; source: { name: string } }[];
    }>(suite.app, `{ factsOnlyIn(sourceId: "002_06c7abdfee648ecc") { id source { name } citations { source { id } } } }`);
    const facts = body.data!.factsOnlyIn;
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.map((f) => f.id)).toContain('rel/supreme-court-refusal-appeal-of-kharkova-sentence');
    for (const f of facts) expect(f.citations.every((c) => c.source.id === '002_06c7abdfee648ecc')).toBe(true);
  });

  it('returns a source with its text, so a quote can be shown in context', async () => {
    const { body } = await graphqlRequest<{ source: { title: string; text: string } }>(
      suite.app,
      `{ source(id: "003_070f39f0f6b30c69") { title text } }`,
    );
    expect(body.data!.source.text).toContain('Kushakbaev has been ordered to pay 75,000 Euros in compensation to Techno Trading Ltd');
  });
});
