import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeView, encodeView, type ViewState } from '../../web/src/view-state.js';

const FULL: ViewState = {
  roots: ['person/a', 'event/b,c', 'org/x~y'],
  hidden: ['place/d'],
  pinned: ['person/a', 'instrument/e f'],
  selected: 'rel/person/a->event/b',
  kinds: ['person', 'event'],
  types: ['ORDERED', 'PARTICIPATED_IN'],
  from: '2016-02',
  to: '2017-12-31',
  layout: 'timeline',
  sizeBy: 'betweenness',
  hideOutside: true,
  undated: 'leave-out',
  trace: { from: 'person/a', to: 'org/x~y', first: 5, maxHops: 6 },
};

describe('view state in the URL', () => {
  it('encodes the default view as an empty query', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(decodeView('')).toEqual(DEFAULT_VIEW);
  });

  it('encodes only non-default fields, in a stable order, with list items escaped', () => {
    const view = { ...DEFAULT_VIEW, layout: 'concentric' as const, from: '2017', roots: ['person/a', 'event/b'] };
    expect(encodeView(view)).toBe('roots=person%2Fa,event%2Fb&from=2017&layout=concentric');
  });

  it('round-trips a full view whose ids contain slashes, commas and tildes', () => {
    const query = encodeView(FULL);
    expect(decodeView(query)).toEqual(FULL);
    expect(decodeView(`?${query}`)).toEqual(FULL);
    expect(encodeView(decodeView(query))).toBe(query);
  });

  it('writes the trace as its two ends, number of paths and hops joined by tildes', () => {
    expect(encodeView({ ...DEFAULT_VIEW, trace: { from: 'person/a', to: 'event/b', first: 3, maxHops: 4 } })).toBe(
      'trace=person%2Fa~event%2Fb~3~4',
    );
    expect(decodeView('trace=person%2Fa~event%2Fb').trace).toEqual({ from: 'person/a', to: 'event/b', first: 3, maxHops: 4 });
  });

  it('ignores unknown keys and falls back to defaults for invalid values', () => {
    const view = decodeView('?layout=spiral&sizeBy=mass&from=2017-02-30&to=January&trace=onlyone&roots=%E0%A4%A&colour=red&kinds=person');
    expect(view).toEqual({ ...DEFAULT_VIEW, kinds: ['person'] });
  });

  it('does not share list arrays between decoded views', () => {
    decodeView('').roots.push('person/z');
    expect(DEFAULT_VIEW.roots).toEqual([]);
    expect(decodeView('').roots).toEqual([]);
  });
});
