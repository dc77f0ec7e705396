// The page's state in one place, changed only by pure actions. Undo records the graph view (what is drawn and how);
// selection, the time range, the session and editing are not steps of it.
import type { CitationInput, Vocabulary } from './api-types.js';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from './history.js';
import { EMPTY_VOCABULARY } from './vocabulary.js';
import { graphStateOf, type GraphState, type LayoutName, type SizeBy, type UndatedMode, type ViewState } from './view-state.js';

export type Role = 'reader' | 'editor' | 'admin';

export interface Session {
  token: string;
  /** The name the token was made for (Query.viewer). */
  name: string;
  /** What the token proved: a reader's reads only (on a closed server), an editor's or an admin's changes too. */
  role: Role;
}

export const canEdit = (state: Pick<PageState, 'session'>): boolean => state.session?.role === 'editor' || state.session?.role === 'admin';

/** What is being edited: a new fact (id null) or an existing one. */
export type EditTarget =
  | { form: 'entity'; id: string | null }
  | { form: 'link'; id: string | null; from: string }
  | { form: 'claim'; id: string | null; subject: string }
  | { form: 'word' };

export interface Editing {
  target: EditTarget;
  /** The quote chosen for the new fact, usually a selection made in the source viewer. */
  citation: CitationInput | null;
}

/** The review screens over the graph (editors only): taking a report in, the list, one report's review, or the pairs
 * of entities that are probably one. */
export type ReportsScreen = { screen: 'add' } | { screen: 'list' } | { screen: 'review'; sourceId: string } | { screen: 'duplicates' };

export interface PageState {
  graph: History<GraphState>;
  selected: string | null;
  range: { from: string | null; to: string | null; hideOutside: boolean; undated: UndatedMode };
  session: Session | null;
  editing: Editing | null;
  vocabulary: Vocabulary;
  reports: ReportsScreen | null;
}

export type Action =
  | { type: 'open'; view: ViewState }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string; leaves: readonly string[] }
  | { type: 'remove'; id: string }
  | { type: 'togglePin'; id: string }
  | { type: 'trace'; request: GraphState['trace'] }
  | { type: 'select'; id: string | null }
  | { type: 'toggleKind'; kind: string }
  | { type: 'setTypes'; types: string[] }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'setSizeBy'; sizeBy: SizeBy }
  | { type: 'setRange'; from: string | null; to: string | null }
  | { type: 'setHideOutside'; hideOutside: boolean }
  | { type: 'setUndated'; undated: UndatedMode }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'forget'; id: string }
  | { type: 'signIn'; session: Session }
  | { type: 'signOut' }
  | { type: 'startEditing'; target: EditTarget }
  | { type: 'cite'; citation: CitationInput }
  | { type: 'finishEditing' }
  | { type: 'setVocabulary'; vocabulary: Vocabulary }
  | { type: 'openReports'; screen: ReportsScreen }
  | { type: 'closeReports' };

export function initialState(view: ViewState, session: Session | null = null): PageState {
  return {
    graph: startHistory(graphStateOf(view)),
    selected: view.selected,
    range: { from: view.from, to: view.to, hideOutside: view.hideOutside, undated: view.undated },
    session,
    editing: null,
    vocabulary: EMPTY_VOCABULARY,
    reports: null,
  };
}

/** The whole view, as the URL and the canvas see it. */
export function viewOf(state: PageState): ViewState {
  return { ...state.graph.present, selected: state.selected, ...state.range };
}

export const undoable = (state: PageState): boolean => canUndo(state.graph);
export const redoable = (state: PageState): boolean => canRedo(state.graph);

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

function step(state: PageState, change: (graph: GraphState) => GraphState): PageState {
  return { ...state, graph: record(state.graph, change(state.graph.present)) };
}

/** Kinds shown after toggling one; [] means all (so a kind added later is shown too). */
function toggledKinds(shown: readonly string[], kind: string, all: readonly string[]): string[] {
  const current = shown.length === 0 ? all : shown;
  const next = current.includes(kind) ? without(current, kind) : [...current, kind];
  return all.every((k) => next.includes(k)) ? [] : next;
}

function forget(graph: GraphState, id: string): GraphState {
  return {
    ...graph,
    roots: without(graph.roots, id),
    hidden: without(graph.hidden, id),
    pinned: without(graph.pinned, id),
    trace: graph.trace && (graph.trace.from === id || graph.trace.to === id) ? null : graph.trace,
  };
}

function graphAction(state: PageState, action: Action): PageState | null {
  switch (action.type) {
    case 'open':
      return {
        ...step(state, () => graphStateOf(action.view)),
        selected: action.view.selected,
        range: { from: action.view.from, to: action.view.to, hideOutside: action.view.hideOutside, undated: action.view.undated },
      };
    case 'expand': {
      const { roots, hidden } = state.graph.present;
      const next = step(state, (g) => ({
        ...g,
        roots: roots.includes(action.id) ? roots : [...roots, action.id],
        hidden: without(hidden, action.id),
      }));
      return { ...next, selected: action.id };
    }
    case 'collapse':
      return step(state, (g) => ({
        ...g,
        roots: without(g.roots, action.id),
        hidden: [...new Set([...g.hidden, ...action.leaves.filter((id) => !g.roots.includes(id))])],
      }));
    case 'remove':
      return {
        ...step(state, (g) => ({ ...g, roots: without(g.roots, action.id), hidden: [...new Set([...g.hidden, action.id])] })),
        selected: state.selected === action.id ? null : state.selected,
      };
    case 'togglePin':
      return step(state, (g) => ({ ...g, pinned: g.pinned.includes(action.id) ? without(g.pinned, action.id) : [...g.pinned, action.id] }));
    case 'trace':
      return step(state, (g) => ({ ...g, trace: action.request }));
    case 'toggleKind': {
      const all = state.vocabulary.kinds.map((k) => k.name);
      return step(state, (g) => ({ ...g, kinds: toggledKinds(g.kinds, action.kind, all) }));
    }
    case 'setTypes':
      return step(state, (g) => ({ ...g, types: action.types }));
    case 'setLayout':
      return step(state, (g) => ({ ...g, layout: action.layout }));
    case 'setSizeBy':
      return step(state, (g) => ({ ...g, sizeBy: action.sizeBy }));
    case 'undo':
      return { ...state, graph: undo(state.graph) };
    case 'redo':
      return { ...state, graph: redo(state.graph) };
    case 'forget': {
      // The entity is gone from the database: no step of undo may bring it back.
      const { past, present, future } = state.graph;
      const graph = {
        past: past.map((g) => forget(g, action.id)),
        present: forget(present, action.id),
        future: future.map((g) => forget(g, action.id)),
      };
      return { ...state, graph, selected: state.selected === action.id ? null : state.selected };
    }
    default:
      return null;
  }
}

export function reduce(state: PageState, action: Action): PageState {
  const changed = graphAction(state, action);
  if (changed) return changed;
  switch (action.type) {
    case 'select':
      return { ...state, selected: action.id };
    case 'setRange':
      return { ...state, range: { ...state.range, from: action.from, to: action.to } };
    case 'setHideOutside':
      return { ...state, range: { ...state.range, hideOutside: action.hideOutside } };
    case 'setUndated':
      return { ...state, range: { ...state.range, undated: action.undated } };
    case 'signIn':
      return { ...state, session: action.session };
    case 'signOut':
      return { ...state, session: null, editing: null, reports: null };
    case 'startEditing':
      if (!canEdit(state) || (action.target.form === 'word' && state.session?.role !== 'admin')) return state;
      return { ...state, editing: { target: action.target, citation: null } };
    case 'cite':
      return state.editing ? { ...state, editing: { ...state.editing, citation: action.citation } } : state;
    case 'finishEditing':
      return { ...state, editing: null };
    case 'setVocabulary':
      return { ...state, vocabulary: action.vocabulary };
    case 'openReports':
      return canEdit(state) ? { ...state, reports: action.screen } : state;
    case 'closeReports':
      return state.reports ? { ...state, reports: null } : state;
    default:
      return state;
  }
}

export interface Store {
  get(): PageState;
  dispatch(action: Action): void;
  subscribe(listener: (state: PageState, previous: PageState) => void): void;
}

export function createStore(initial: PageState): Store {
  let state = initial;
  const listeners: ((state: PageState, previous: PageState) => void)[] = [];
  return {
    get: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state !== previous) for (const listener of listeners) listener(state, previous);
    },
    subscribe: (listener) => void listeners.push(listener),
  };
}
