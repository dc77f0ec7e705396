import { describe, expect, it } from 'vitest';
import type { EntityData, RelationshipData } from '../../web/src/api.js';
import { edgeLabel, newElements } from '../../web/src/graph-elements.js';

const entity = (id: string, kind = 'person'): EntityData => ({
  id,
  kind,
  subkind: null,
  name: id.toUpperCase(),
  aliases: [],
  description: null,
  citations: [],
});
const edge = (id: string, from: string, to: string): RelationshipData => ({
  id,
  type: 'PARTICIPANT_IN',
  role: 'defendant',
  date: null,
  source: { id: from },
  target: { id: to },
  citations: [],
});

describe('newElements', () => {
  it('adds only what is not drawn yet, nodes before edges', () => {
    const elements = newElements(
      { nodes: [entity('a'), entity('b', 'event')], edges: [edge('e1', 'a', 'b')], truncated: false },
      new Set(['a']),
    );
    expect(elements.map((e) => `${e.group}:${e.data.id}`)).toEqual(['nodes:b', 'edges:e1']);
    expect(elements[0]?.data).toMatchObject({ label: 'B', kind: 'event' });
  });

  it('labels edges with their type and role in plain words', () => {
    expect(edgeLabel({ type: 'PARTICIPANT_IN', role: 'defendant' })).toBe('participant in (defendant)');
    expect(edgeLabel({ type: 'LEADS', role: null })).toBe('leads');
  });
});
