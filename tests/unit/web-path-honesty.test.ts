import { describe, expect, it } from 'vitest';
import type { EntityData, PathData, RelationshipData } from '../../web/src/api-types.js';
import { pathHighlights, pathVerdict } from '../../web/src/path-honesty.js';
import { entityData } from '../fixtures/entity-data.js';

const node = (id: string, name: string): EntityData => entityData(id, { kind: 'k', name });
const source = (id: string) => ({ id, title: `Report ${id}`, publisher: null, author: null, date: null, url: null });
const step = (id: string, from: string, to: string, sources: string[]): RelationshipData => ({
  id,
  type: 'T',
  role: null,
  date: null,
  dateInferred: null,
  source: { id: from },
  target: { id: to },
  citations: sources.map((s) => ({ quote: `quote ${s}`, source: source(s) })),
});
const TECHNO = node('o/techno', 'Techno Trading Ltd');
const SENTENCE = node('e/sentence', 'Sentence');
const UNION = node('o/union', 'KNPRK');
const ILO = node('i/ilo87', 'ILO Convention 87');

const joined: PathData = {
  nodes: [TECHNO, SENTENCE, UNION, ILO],
  edges: [
    step('r1', 'o/techno', 'e/sentence', ['000']),
    step('r2', 'o/union', 'e/sentence', ['000']),
    step('r3', 'o/union', 'i/ilo87', ['003']),
  ],
  length: 3,
  sourceCount: 2,
  commonSources: [],
};

describe('honest paths', () => {
  it('says in words that no source links the two ends, and how many facts from how many sources the path joins', () => {
    const verdict = pathVerdict(joined);
    expect(verdict.stated).toBe(false);
    expect(verdict.text).toBe('No source links Techno Trading Ltd to ILO Convention 87; this path joins 3 facts from 2 sources.');
  });

  it('names the source that supports every step', () => {
    const stated: PathData = {
      ...joined,
      edges: joined.edges.map((e) => ({ ...e, citations: [...e.citations, { quote: 'q', source: source('009') }] })),
      sourceCount: 3,
      commonSources: [{ id: '009', title: 'Report 009' }],
    };
    const verdict = pathVerdict(stated);
    expect(verdict.stated).toBe(true);
    expect(verdict.commonSources).toEqual([{ id: '009', title: 'Report 009' }]);
    expect(verdict.text).toBe(
      'One source, “Report 009”, supports every step from Techno Trading Ltd to ILO Convention 87 (3 sources in all).',
    );
  });

  it('draws an element stated when some stated path uses it, joined only when every path through it is joined', () => {
    const statedPath: PathData = {
      nodes: [TECHNO, SENTENCE],
      edges: [step('r1', 'o/techno', 'e/sentence', ['000'])],
      length: 1,
      sourceCount: 1,
      commonSources: [{ id: '000', title: 'Report 000' }],
    };
    const { stated, joined: onlyJoined } = pathHighlights([statedPath, joined]);
    expect([...stated].sort()).toEqual(['e/sentence', 'o/techno', 'r1']);
    expect([...onlyJoined].sort()).toEqual(['i/ilo87', 'o/union', 'r2', 'r3']);
  });
});
