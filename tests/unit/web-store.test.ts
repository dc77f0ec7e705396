import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../web/src/api-types.js';
import { initialState, reduce, redoable, undoable, viewOf, type Action, type PageState } from '../../web/src/store.js';
import { DEFAULT_VIEW, type ViewState } from '../../web/src/view-state.js';

const VOCABULARY: Vocabulary = {
  kinds: ['a-kind', 'b-kind', 'c-kind'].map((name) => ({ name, description: name, color: '#000000', shape: 'ellipse', subkinds: [] })),
  relationshipTypes: [],
  roles: [],
  attributes: [],
};
const start = (view: Partial<ViewState> = {}): PageState =>
  reduce(initialState({ ...DEFAULT_VIEW, ...view }), { type: 'setVocabulary', vocabulary: VOCABULARY });
const run = (state: PageState, ...actions: Action[]) => actions.reduce(reduce, state);
const editor = { type: 'signIn', session: { token: 't', name: 'alice', role: 'editor' } } as const;

describe('the page store', () => {
  it('expands an entity into the view, selects it, and records the step for undo', () => {
    const state = run(start(), { type: 'expand', id: 'x/a' });
    expect(viewOf(state).roots).toEqual(['x/a']);
    expect(state.selected).toBe('x/a');
    expect(undoable(state)).toBe(true);
  });

  it('undo restores the graph view but keeps the selection, the time range and editing as they are', () => {
    const state = run(
      start(),
      { type: 'expand', id: 'x/a' },
      { type: 'expand', id: 'x/b' },
      { type: 'select', id: 'x/a' },
      { type: 'setRange', from: '2016', to: '2017' },
      editor,
      { type: 'startEditing', target: { form: 'entity', id: 'x/a' } },
      { type: 'undo' },
    );
    expect(viewOf(state).roots).toEqual(['x/a']);
    expect(state.selected).toBe('x/a');
    expect(state.range).toMatchObject({ from: '2016', to: '2017' });
    expect(state.editing?.target).toEqual({ form: 'entity', id: 'x/a' });
    expect(redoable(state)).toBe(true);
    expect(viewOf(run(state, { type: 'redo' })).roots).toEqual(['x/a', 'x/b']);
  });

  it('selecting and hovering over the time range are not undo steps', () => {
    const state = run(
      start(),
      { type: 'select', id: 'x/a' },
      { type: 'setRange', from: '2016', to: null },
      { type: 'setHideOutside', hideOutside: true },
    );
    expect(undoable(state)).toBe(false);
  });

  it('collapses an entity: its expansion and the neighbours only it connects go, other roots stay', () => {
    const state = run(start({ roots: ['x/a', 'x/b'] }), { type: 'collapse', id: 'x/a', leaves: ['x/leaf', 'x/b'] });
    expect(viewOf(state).roots).toEqual(['x/b']);
    expect(viewOf(state).hidden).toEqual(['x/leaf']);
  });

  it('removes an entity from the view and drops the selection of it', () => {
    const state = run(start({ roots: ['x/a'], selected: 'x/a' }), { type: 'remove', id: 'x/a' });
    expect(viewOf(state)).toMatchObject({ roots: [], hidden: ['x/a'], selected: null });
  });

  it('pins and unpins', () => {
    const pinned = run(start(), { type: 'togglePin', id: 'x/a' });
    expect(viewOf(pinned).pinned).toEqual(['x/a']);
    expect(viewOf(run(pinned, { type: 'togglePin', id: 'x/a' })).pinned).toEqual([]);
  });

  it('traces and clears a trace', () => {
    const request = { from: 'x/a', to: 'x/b', first: 3, maxHops: 4 };
    const state = run(start(), { type: 'trace', request });
    expect(viewOf(state).trace).toEqual(request);
    expect(viewOf(run(state, { type: 'trace', request: null })).trace).toBeNull();
  });

  it('hides a kind of the vocabulary; showing every kind again means "all", so kinds added later show too', () => {
    const hidden = run(start(), { type: 'toggleKind', kind: 'b-kind' });
    expect(viewOf(hidden).kinds).toEqual(['a-kind', 'c-kind']);
    expect(viewOf(run(hidden, { type: 'toggleKind', kind: 'b-kind' })).kinds).toEqual([]);
  });

  it('forgets a deleted entity in every step of undo, so undo cannot bring it back', () => {
    const state = run(
      start(),
      { type: 'expand', id: 'x/a' },
      { type: 'expand', id: 'x/gone' },
      { type: 'togglePin', id: 'x/gone' },
      { type: 'forget', id: 'x/gone' },
    );
    expect(viewOf(state)).toMatchObject({ roots: ['x/a'], pinned: [], selected: null });
    const undone = run(state, { type: 'undo' }, { type: 'undo' });
    expect(viewOf(undone).roots).not.toContain('x/gone');
  });

  it('opens editing only for editors and admins, and adding words only for admins', () => {
    expect(run(start(), { type: 'startEditing', target: { form: 'entity', id: null } }).editing).toBeNull();
    const reader = run(
      start(),
      { type: 'signIn', session: { token: 't', name: 'alice', role: 'reader' } },
      { type: 'startEditing', target: { form: 'entity', id: null } },
    );
    expect(reader.editing).toBeNull();
    expect(run(start(), editor, { type: 'startEditing', target: { form: 'word' } }).editing).toBeNull();
    const admin = run(
      start(),
      { type: 'signIn', session: { token: 't', name: 'alice', role: 'admin' } },
      { type: 'startEditing', target: { form: 'word' } },
    );
    expect(admin.editing?.target).toEqual({ form: 'word' });
  });

  it('a selection cited while editing becomes the citation of the form; finishing editing drops it', () => {
    const citation = { sourceId: 's1', quote: 'the words' };
    const state = run(
      start(),
      editor,
      { type: 'startEditing', target: { form: 'link', id: null, from: 'x/a' } },
      { type: 'cite', citation },
    );
    expect(state.editing?.citation).toEqual(citation);
    expect(run(state, { type: 'finishEditing' }).editing).toBeNull();
    expect(run(start(), { type: 'cite', citation }).editing).toBeNull();
  });

  it('signing out ends editing and forgets the session', () => {
    const state = run(start(), editor, { type: 'startEditing', target: { form: 'entity', id: null } }, { type: 'signOut' });
    expect(state.session).toBeNull();
    expect(state.editing).toBeNull();
  });

  it('opening a saved view records it and takes its selection and time range', () => {
    const state = run(start(), { type: 'open', view: { ...DEFAULT_VIEW, roots: ['x/s'], selected: 'x/s', from: '2017' } });
    expect(viewOf(state)).toMatchObject({ roots: ['x/s'], selected: 'x/s', from: '2017' });
    expect(undoable(state)).toBe(true);
  });
});
