import { describe, expect, it } from 'vitest';
import type { Claim, EntityData, RelationshipData } from '../../web/src/api-types.js';
import { conflicts, edgeLabel, unionElements } from '../../web/src/graph-elements.js';
import { entityData } from '../fixtures/entity-data.js';

const entity = (id: string, kind = 'person'): EntityData => entityData(id, { kind });
const edge = (id: string, from: string, to: string): RelationshipData => ({
  id,
  type: 'PARTICIPANT_IN',
  role: 'defendant',
  date: null,
  dateInferred: null,
  source: { id: from },
  target: { id: to },
  citations: [],
});

describe('elements', () => {
  it('puts nodes before edges, so edges always find their ends', () => {
    const elements = unionElements([{ nodes: [entity('a'), entity('b', 'event')], edges: [edge('e1', 'a', 'b')] }], new Set());
    expect(elements.map((e) => `${e.group}:${e.data.id}`)).toEqual(['nodes:a', 'nodes:b', 'edges:e1']);
    expect(elements[1]?.data).toMatchObject({ label: 'B', kind: 'event' });
  });

  it('labels edges with their type and role in plain words', () => {
    expect(edgeLabel({ type: 'PARTICIPANT_IN', role: 'defendant' })).toBe('participant in (defendant)');
    expect(edgeLabel({ type: 'LEADS', role: null })).toBe('leads');
  });
});

describe('contested entities', () => {
  const claim = (value: string, source: string): Claim => ({
    id: `${value}-${source}`,
    subjectId: 'e',
    attribute: 'ban',
    value,
    preferred: false,
    preferredReason: null,
    citations: [{ quote: value, source: { id: source, title: source, publisher: null, author: null, date: null, url: null } }],
  });

  it('reports an attribute whose claims disagree, with both sides', () => {
    const found = conflicts([claim('3 years', 's0'), claim('2 years', 's3'), { ...claim('x', 's1'), attribute: 'other' }]);
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((c) => c.value)).toEqual(['3 years', '2 years']);
  });

  it('does not call values of a multi-valued attribute (two defence arguments) a disagreement', () => {
    expect(conflicts([claim('3 years', 's0'), claim('2 years', 's0')], new Set(['ban']))).toEqual([]);
  });

  it('marks the links of an entity whose claims disagree', () => {
    const disputed = { ...entity('e', 'event'), claims: [claim('3 years', 's0'), claim('2 years', 's3')] };
    const elements = unionElements(
      [{ nodes: [entity('a'), disputed, entity('b')], edges: [edge('e1', 'a', 'e'), edge('e2', 'a', 'b')] }],
      new Set(),
    );
    expect(elements.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.group === 'edges' && e.data.contested])).toEqual([
      ['e1', true],
      ['e2', false],
    ]);
  });

  it('marks a node whose claims disagree', () => {
    const [node] = unionElements(
      [{ nodes: [{ ...entity('e', 'event'), claims: [claim('3 years', 's0'), claim('2 years', 's3')] }], edges: [] }],
      new Set(),
    );
    expect(node?.data).toMatchObject({ contested: true, label: '⚠ E' });
  });
});

describe('unionElements', () => {
  it('merges subgraphs once each and drops removed entities with their edges', () => {
    const a = { nodes: [entity('a'), entity('b')], edges: [edge('e1', 'a', 'b')] };
    const b = { nodes: [entity('b'), entity('c')], edges: [edge('e2', 'b', 'c')] };
    expect(unionElements([a, b], new Set(['c'])).map((e) => e.data.id)).toEqual(['a', 'b', 'e1']);
  });
});
