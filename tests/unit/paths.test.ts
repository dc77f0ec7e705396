import { describe, expect, it } from 'vitest';
import { describePath, pathEvidence } from '../../domain/paths.js';

const step = (...ids: string[]) => ({ citations: ids.map((id) => ({ source: { id, title: `Report ${id}` } })) });

describe('what a path rests on', () => {
  it('counts distinct sources and finds those that support every step', () => {
    const evidence = pathEvidence([step('a', 'b'), step('b'), step('b', 'c')]);
    expect(evidence.sources.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(evidence.common.map((s) => s.id)).toEqual(['b']);
  });

  it('says in words when no source links the two ends', () => {
    const summary = { from: 'Techno Trading Ltd', to: 'ILO Convention 87', steps: 3, sourceCount: 2, common: [] };
    expect(describePath(summary)).toBe('No source links Techno Trading Ltd to ILO Convention 87; this path joins 3 facts from 2 sources.');
    expect(describePath({ from: 'A', to: 'B', steps: 2, sourceCount: 2, common: [{ id: 'a', title: 'Report a' }] })).toBe(
      'One source, “Report a”, supports every step from A to B (2 sources in all).',
    );
  });
});
