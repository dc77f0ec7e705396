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
    expect(describePath('Techno Trading Ltd', 'ILO Convention 87', [step('a'), step('b'), step('a')])).toBe(
      'No source links Techno Trading Ltd to ILO Convention 87; this path joins 3 facts from 2 sources.',
    );
    expect(describePath('A', 'B', [step('a'), step('a', 'b')])).toBe('One source supports every step (“Report a”); 2 facts in all.');
  });
});
