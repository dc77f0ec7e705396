import { describe, expect, it } from 'vitest';
import { slideEvidence, sourceLine } from '../../domain/slide-evidence.js';

const src = (id: string, title: string) => ({ id, title, publisher: 'Pub', date: '2018-01-02', url: null });

describe('the evidence behind a slide', () => {
  const evidence = slideEvidence({
    multiValued: ['charge'],
    nodes: [
      {
        id: 'person/k',
        kind: 'person',
        name: 'Kharkova',
        citations: [{ quote: 'Larisa Kharkova, chair', source: src('s1', 'First') }],
        claims: [
          {
            id: 'c1',
            attribute: 'community service',
            value: '100 hours',
            citations: [{ quote: '100 hours of community service', source: src('s2', 'Second') }],
          },
          {
            id: 'c2',
            attribute: 'community service',
            value: '400 hours',
            citations: [{ quote: '400 hours of community service', source: src('s1', 'First') }],
          },
          { id: 'c3', attribute: 'charge', value: 'embezzlement', citations: [] },
          { id: 'c4', attribute: 'charge', value: 'abuse of office', citations: [] },
        ],
      },
      { id: 'organisation/u', kind: 'organisation', name: 'Confederation', citations: [] },
    ],
    edges: [
      {
        id: 'r1',
        type: 'LEADS',
        source: { id: 'person/k' },
        target: { id: 'organisation/u' },
        citations: [{ quote: 'chair of the Confederation', source: src('s3', 'Third') }],
      },
    ],
  });

  it('numbers each source once, in the order first cited', () => {
    expect(evidence.sources.map((s) => s.id)).toEqual(['s1', 's3', 's2']);
    expect(sourceLine(evidence.sources[0]!)).toBe('First, Pub, 2018-01-02');
  });

  it('lists entities, links in words and claims, each with its numbered quotes', () => {
    const labels = evidence.items.map((i) => i.label);
    expect(labels.slice(0, 2)).toEqual(['Confederation', 'Kharkova']);
    expect(labels).toContain('Kharkova — LEADS → Confederation');
    const link = evidence.items.find((i) => i.label.includes('LEADS'))!;
    expect(link.quotes).toEqual([{ quote: 'chair of the Confederation', sourceNumber: 2 }]);
  });

  it('keeps both sides of a contradiction, and none for values that add up', () => {
    const hundred = evidence.items.find((i) => i.label.endsWith('100 hours'))!;
    expect(hundred.otherValues).toEqual(['400 hours']);
    expect(hundred.quotes).toEqual([{ quote: '100 hours of community service', sourceNumber: 3 }]);
    expect(evidence.items.find((i) => i.label.endsWith('400 hours'))!.otherValues).toEqual(['100 hours']);
    expect(evidence.items.find((i) => i.label.endsWith('embezzlement'))!.otherValues).toEqual([]);
  });
});
