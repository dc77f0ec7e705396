import { describe, expect, it } from 'vitest';
import { reportsScreenFromQuery, withReportsScreen } from '../../web/src/report-url.js';
import { initialState, reduce, type Action, type PageState } from '../../web/src/store.js';
import { DEFAULT_VIEW } from '../../web/src/view-state.js';

const run = (state: PageState, ...actions: Action[]) => actions.reduce(reduce, state);
const signIn = (role: 'reader' | 'editor'): Action => ({ type: 'signIn', session: { token: 't', name: 'ana', role } });
const duplicates: Action = { type: 'openReports', screen: { screen: 'duplicates' } };

describe('the Possible duplicates screen in the page store and the address', () => {
  it('opens for editors only, and signing out closes it', () => {
    expect(run(initialState(DEFAULT_VIEW), signIn('reader'), duplicates).reports).toBeNull();
    expect(run(initialState(DEFAULT_VIEW), signIn('editor'), duplicates).reports).toEqual({ screen: 'duplicates' });
    expect(run(initialState(DEFAULT_VIEW), signIn('editor'), duplicates, { type: 'signOut' }).reports).toBeNull();
  });

  it('is kept in the address beside the view, so a reload reopens it', () => {
    expect(withReportsScreen('roots=a', { screen: 'duplicates' })).toBe('roots=a&reports=duplicates');
    expect(withReportsScreen('', { screen: 'duplicates' })).toBe('reports=duplicates');
    expect(reportsScreenFromQuery('?roots=a&reports=duplicates')).toEqual({ screen: 'duplicates' });
  });

  it('keeps a report under review as before, and leaves the list and the form out of the address', () => {
    expect(withReportsScreen('roots=a', { screen: 'review', sourceId: 'report x' })).toBe('roots=a&report=report%20x');
    expect(reportsScreenFromQuery('report=report%20x')).toEqual({ screen: 'review', sourceId: 'report x' });
    expect(withReportsScreen('roots=a', { screen: 'list' })).toBe('roots=a');
    expect(withReportsScreen('roots=a', null)).toBe('roots=a');
    expect(reportsScreenFromQuery('roots=a&reports=elsewhere')).toBeNull();
  });
});
