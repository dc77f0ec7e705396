import { describe, expect, it } from 'vitest';
import { initialState, reduce, viewOf, type Action, type PageState } from '../../web/src/store.js';
import { DEFAULT_VIEW } from '../../web/src/view-state.js';

const run = (state: PageState, ...actions: Action[]) => actions.reduce(reduce, state);
const signIn = (role: 'reader' | 'editor' | 'admin'): Action => ({ type: 'signIn', session: { token: 't', name: 'ana', role } });
const review: Action = { type: 'openReports', screen: { screen: 'review', sourceId: 'report-1' } };

describe('the reports screens in the page store', () => {
  it('opens them for editors and admins only', () => {
    expect(run(initialState(DEFAULT_VIEW), review).reports).toBeNull();
    expect(run(initialState(DEFAULT_VIEW), signIn('reader'), review).reports).toBeNull();
    expect(run(initialState(DEFAULT_VIEW), signIn('editor'), review).reports).toEqual({ screen: 'review', sourceId: 'report-1' });
    expect(run(initialState(DEFAULT_VIEW), signIn('admin'), { type: 'openReports', screen: { screen: 'add' } }).reports).toEqual({
      screen: 'add',
    });
  });

  it('closes them, and signing out closes them too', () => {
    expect(run(initialState(DEFAULT_VIEW), signIn('editor'), review, { type: 'closeReports' }).reports).toBeNull();
    expect(run(initialState(DEFAULT_VIEW), signIn('editor'), review, { type: 'signOut' }).reports).toBeNull();
  });

  it('is not a step of undo and leaves the graph view as it was', () => {
    const before = run(initialState(DEFAULT_VIEW), signIn('editor'), { type: 'expand', id: 'x/a' });
    const after = run(before, review, { type: 'undo' });
    expect(after.reports).toEqual({ screen: 'review', sourceId: 'report-1' });
    expect(viewOf(after).roots).toEqual([]);
    expect(run(before, { type: 'closeReports' })).toBe(before);
  });
});
