// Wires the page: the store holds the state, every change of it redraws what depends on it. The canvas is rebuilt
// from the view and the cached API answers; the vocabulary the API serves drives the legend, styles and forms.
import { ApiError, onTokenRefused, setAuthToken } from './api.js';
import type { SourceSummary } from './api-types.js';
import { showEntity, showRelationship, type PanelContext } from './details-panel.js';
import { EditPanel } from './edit-panel.js';
import { buildForm, editorActions, type EditingDeps } from './editing.js';
import { showSuggestions } from './empty-state.js';
import { unionElements } from './graph-elements.js';
import { GraphView } from './graph-view.js';
import { renderLegend } from './legend.js';
import { pathHighlights } from './path-honesty.js';
import { Presentation } from './presentation.js';
import { drawnGraph, evidenceOnScreen, type Drawn, type OnScreen } from './slide-capture.js';
import { publishStory } from './story-publishing.js';
import { StoryPanel } from './story-panel.js';
import { storyFromQuery, withStory } from './story-url.js';
import { mapPlaces as loadMap, search, sourceList, sourceText, viewer, vocabulary } from './queries.js';
import { attachSearchBox } from './search-box.js';
import { recheck, SESSION_ENDED, signIn, storedSession, storeSession } from './session.js';
import { idleEditHint, SessionBar } from './session-bar.js';
import { canEdit, createStore, initialState, redoable, undoable, viewOf, type PageState } from './store.js';
import { TimeBar } from './time-bar.js';
import { MapScreen } from './map-screen.js';
import { wireToolbar } from './toolbar.js';
import { TracePanel } from './trace-panel.js';
import { ReportsOverlay } from './reports-overlay.js';
import { reportsScreenFromQuery, withReportsScreen } from './report-url.js';
import { ViewData } from './view-data.js';
import { decodeView, encodeView, type LayoutName } from './view-state.js';
import { kindStyle, multiValuedAttributes } from './vocabulary.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLSpanElement>('status');
const details = byId<HTMLElement>('details');
const graph = new GraphView(byId('graph'));
// Tests reach the canvas as window.cy; past a size a new Cytoscape instance (another renderer) draws the view.
Object.defineProperty(window, 'cy', { get: () => graph.cy });

const store = createStore(initialState(decodeView(location.search), storedSession(sessionStorage)));
/** The review screen in the address, read before the first change of state rewrites it. */
const reopening = reportsScreenFromQuery(location.search);
/** The story in the address, opened once the vocabulary is there. */
const storyInLink = storyFromQuery(location.search);
let storyId: string | null = storyInLink?.id ?? null;
setAuthToken(store.get().session?.token ?? null);
const data = new ViewData();
let lastLayout: LayoutName | null = null;
let relayoutNext = true;
/** A message that outlives the redraw it causes. */
let notice: string | null = null;

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function report(error: unknown): void {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && !store.get().session)
    sessionBar.ask('This server needs a token to read. Paste yours.');
  setStatus(error instanceof ApiError ? error.message : 'Something went wrong; the server log has the details.', true);
}

let rendering = Promise.resolve();
function render(): Promise<void> {
  rendering = rendering.then(draw).catch(report);
  return rendering;
}

async function draw(): Promise<void> {
  document.body.classList.add('loading');
  setStatus('Loading…');
  try {
    const state = store.get();
    const view = viewOf(state);
    const settled = await Promise.allSettled(view.roots.map((id) => data.neighbourhood(id)));
    const gone = view.roots.filter((_, i) => settled[i]?.status === 'rejected');
    const subgraphs = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const traced = await data.trace(view);
    const added = graph.setElements(
      unionElements([...subgraphs, ...traced], new Set(view.hidden), multiValuedAttributes(state.vocabulary)),
    );
    graph.applyFilters(view);
    const sizedBy = graph.setSizes(view.sizeBy);
    graph.setPinned(view.pinned);
    const { stated, joined } = pathHighlights(traced);
    graph.highlight(stated, joined);
    if (view.trace) {
      tracePanel.restore(view.trace, graph.entity(view.trace.from), graph.entity(view.trace.to));
      tracePanel.showPaths(traced);
    }
    await mapScreen.draw(view.layout === 'map', view, document.body.classList.contains('presenting'));
    if (view.layout !== 'map' && (added.length > 0 || relayoutNext || lastLayout !== view.layout)) {
      void graph.runLayout(
        view.layout,
        view.roots,
        state.vocabulary.kinds.map((k) => k.name),
      );
      lastLayout = view.layout;
      relayoutNext = false;
    }
    graph.select(view.selected);
    showSelection(state);
    refreshControls(state);
    const counts = graph.counts();
    const truncated = subgraphs.some((s) => s.truncated) ? ' (some neighbourhoods were cut at their cap)' : '';
    const sized = sizedBy === view.sizeBy ? '' : ` (sized by ${sizedBy}: ${view.sizeBy} takes too long for a view this large)`;
    setStatus(counts.nodes === 0 ? '' : `${counts.visibleNodes} entities, ${counts.visibleEdges} links${truncated}${sized}`);
    if (notice) setStatus(notice, true);
    notice = null;
    // An entity in a link may since have been merged or deleted: draw the rest and say so.
    if (gone.length > 0) {
      notice = `Not found any more: ${gone.join(', ')}`;
      for (const id of gone) store.dispatch({ type: 'forget', id });
    }
  } finally {
    document.body.classList.remove('loading');
  }
}

const mapScreen = new MapScreen(byId('map'), loadMap, (place) => {
  showEntity(details, place.entity, panelContext(store.get()));
  selectTab('details');
});
// The map is drawn for the room it has: a window resized (a projector plugged in) draws it again.
let resizing: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    if (viewOf(store.get()).layout === 'map') void render();
  }, 200);
});

/** What is on screen for a slide: the map's places and their events in the range, or the graph as drawn. */
function drawnNow(): Drawn {
  const view = viewOf(store.get());
  return view.layout === 'map' ? mapScreen.drawn(view) : drawnGraph(graph);
}

function refreshControls(state: PageState): void {
  const view = viewOf(state);
  byId<HTMLButtonElement>('undo').disabled = !undoable(state);
  byId<HTMLButtonElement>('redo').disabled = !redoable(state);
  byId<HTMLSelectElement>('layout').value = view.layout;
  byId<HTMLSelectElement>('size-by').value = view.sizeBy;
  byId<HTMLInputElement>('time-hide').checked = view.hideOutside;
  byId<HTMLSelectElement>('time-undated').value = view.undated;
  byId('empty-state').hidden = graph.counts().nodes > 0 || view.layout === 'map';
  renderLegend(byId('legend'), state.vocabulary.kinds, view.kinds, (kind) => store.dispatch({ type: 'toggleKind', kind }));
  const datedShown = view.layout === 'map' ? mapScreen.datedEntities() : graph.datedEntities();
  const dated = datedShown.flatMap((e) =>
    e.date ? [{ ...e, date: e.date, colour: kindStyle(state.vocabulary.kinds, e.kind).colour }] : [],
  );
  timeBar.update(dated, view.from, view.to);
  tracePanel.setTypes(graph.edgeTypes(), view.types, (types) => store.dispatch({ type: 'setTypes', types }));
}

let shown: { data: unknown; pinned: boolean; session: unknown; vocabulary: unknown } | null = null;

/** Rebuilds the evidence panel only when what it shows changes, so an opened source text stays open during play. */
function showSelection(state: PageState): void {
  const id = state.selected;
  const entity = id ? graph.entity(id) : null;
  const rel = id && !entity ? graph.relationship(id) : null;
  const current = entity ?? rel;
  const next = {
    data: current,
    pinned: id !== null && state.graph.present.pinned.includes(id),
    session: state.session,
    vocabulary: state.vocabulary,
  };
  if (current && shown && Object.entries(next).every(([k, v]) => shown?.[k as keyof typeof next] === v)) return;
  shown = current ? next : null;
  const context = panelContext(state);
  if (entity) showEntity(details, entity, context);
  else if (rel) showRelationship(details, rel, { source: graph.entity(rel.source.id), target: graph.entity(rel.target.id) }, context);
  else if (details.querySelector('h2'))
    details.replaceChildren(
      Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Select a node or a link to see its evidence.' }),
    );
}

let sources: Promise<SourceSummary[]> | null = null;
const editingDeps: EditingDeps = {
  store,
  graph,
  refresh: () => {
    data.clear();
    mapScreen.clear();
    return render();
  },
  say: (text) => setStatus(text),
  showEditTab: () => selectTab('edit'),
  showDetailsTab: () => selectTab('details'),
  get sources() {
    sources ??= sourceList().catch((e: unknown) => {
      sources = null;
      throw e;
    });
    return sources;
  },
  loadSource: sourceText,
  search,
  reloadVocabulary: loadVocabulary,
};
const editor = editorActions(editingDeps);

function panelContext(state: PageState): PanelContext {
  const pinned = state.graph.present.pinned;
  return {
    vocabulary: state.vocabulary,
    loadSource: sourceText,
    editor: canEdit(state) ? editor : null,
    linked: (id) => graph.neighbours(id),
    select: (id) => store.dispatch({ type: 'select', id }),
    entityActions: (entity) => [
      { label: 'Expand', run: () => store.dispatch({ type: 'expand', id: entity.id }) },
      { label: 'Collapse', run: () => store.dispatch({ type: 'collapse', id: entity.id, leaves: graph.leavesOf(entity.id) }) },
      { label: 'Remove', run: () => store.dispatch({ type: 'remove', id: entity.id }) },
      { label: pinned.includes(entity.id) ? 'Unpin' : 'Pin', run: () => store.dispatch({ type: 'togglePin', id: entity.id }) },
      { label: 'Trace from here', run: () => traceEnd('from', entity.id) },
      { label: 'Trace to here', run: () => traceEnd('to', entity.id) },
    ],
  };
}

function traceEnd(end: 'from' | 'to', id: string): void {
  const entity = graph.entity(id);
  if (entity) tracePanel.setEnd(end, entity);
  selectTab('trace');
}

type Tab = 'details' | 'trace' | 'edit' | 'story';
const TABS: readonly Tab[] = ['details', 'trace', 'edit', 'story'];

function selectTab(tab: Tab): void {
  for (const name of TABS) {
    byId(`tab-${name}`).setAttribute('aria-selected', String(name === tab));
    byId(name).hidden = name !== tab;
  }
}

const tracePanel = new TracePanel({
  search,
  onError: (message) => setStatus(message, true),
  onSelect: (id) => store.dispatch({ type: 'select', id }),
  onTrace: (request) => store.dispatch({ type: 'trace', request }),
});

const timeBar = new TimeBar(
  {
    from: byId('time-from'),
    to: byId('time-to'),
    fromLabel: byId('time-from-label'),
    toLabel: byId('time-to-label'),
    strip: byId('timeline-strip'),
    play: byId('play'),
  },
  {
    onRange: (from, to) => store.dispatch({ type: 'setRange', from, to }),
    onPick: (id) => store.dispatch({ type: 'select', id }),
  },
);

const onScreen: OnScreen = { drawn: drawnNow, view: () => viewOf(store.get()), vocabulary: () => store.get().vocabulary };

/** Opens a saved view (a slide's) and resolves once it is drawn and laid out. */
async function showView(encoded: string): Promise<void> {
  relayoutNext = true;
  store.dispatch({ type: 'open', view: decodeView(encoded) });
  await rendering;
  await graph.layoutSettled();
}

const storyPanel: StoryPanel = new StoryPanel({
  root: byId('story'),
  currentView: () => encodeView(viewOf(store.get())),
  showSlide: (slide) => showView(slide.view),
  canSave: () => canEdit(store.get()),
  say: setStatus,
  onStoryChange: (id) => {
    storyId = id;
    updateAddress(store.get());
  },
  present: (at) => presentation.start(at),
  publish: () => void publishStory(publishing, false),
  handout: () => void publishStory(publishing, true),
});

const presentation = new Presentation({
  slides: () => (storyPanel.slides.length > 0 ? storyPanel.slides : [{ title: '', caption: '', view: encodeView(viewOf(store.get())) }]),
  show: (slide, index) => (storyPanel.slides.length > 0 ? storyPanel.show(index) : showView(slide.view)),
  evidence: () => evidenceOnScreen(onScreen),
  overlay: byId('slide-overlay'),
  onModeChange: (presenting) => {
    graph.setLargeType(presenting);
    // The drawing's room changes with the notes beside it: fit it again.
    window.dispatchEvent(new Event('resize'));
  },
});

const publishing = {
  get story() {
    return storyPanel.story;
  },
  screen: onScreen,
  current: () => encodeView(viewOf(store.get())),
  show: showView,
  say: (text: string) => setStatus(text),
};

const editPanel = new EditPanel(byId('edit'), (target) => buildForm(target, editingDeps), idleEditHint);

const sessionBar = new SessionBar({
  signIn: async (token) => store.dispatch({ type: 'signIn', session: await signIn(token, () => viewer(token)) }),
  signOut: () => store.dispatch({ type: 'signOut' }),
  newEntity: () => editor.edit({ form: 'entity', id: null }),
  addWord: () => editor.edit({ form: 'word' }),
  addReport: () => store.dispatch({ type: 'openReports', screen: { screen: 'add' } }),
  openReports: () => store.dispatch({ type: 'openReports', screen: { screen: 'list' } }),
  openDuplicates: () => store.dispatch({ type: 'openReports', screen: { screen: 'duplicates' } }),
});

const reports = new ReportsOverlay(byId('reports'), {
  store,
  search,
  changed: () => void editingDeps.refresh(),
  showInGraph: (target) => {
    data.clear();
    store.dispatch({ type: 'closeReports' });
    store.dispatch({ type: 'expand', id: target.expand });
    if (target.select !== target.expand) store.dispatch({ type: 'select', id: target.select });
    selectTab('details');
    void render().then(() => graph.center(target.expand));
  },
});

/** The server no longer accepts the token (revoked since it was kept): sign out and say why. */
function endSession(): void {
  if (!store.get().session) return;
  store.dispatch({ type: 'signOut' });
  sessionBar.ask(SESSION_ENDED);
}
onTokenRefused(endSession);

/** A token kept from earlier in this tab is checked again: it may have been revoked, or its role changed. */
async function recheckSession(): Promise<void> {
  const kept = store.get().session;
  if (!kept) return;
  const fresh = await recheck(kept, () => viewer(kept.token));
  if (store.get().session !== kept) return;
  if (!fresh) endSession();
  else if (fresh.name !== kept.name || fresh.role !== kept.role) store.dispatch({ type: 'signIn', session: fresh });
}

async function loadVocabulary(): Promise<void> {
  store.dispatch({ type: 'setVocabulary', vocabulary: await vocabulary() });
}

/** The address reopens the view, the review screen and the story that are open. */
function updateAddress(state: PageState): void {
  const query = withStory(withReportsScreen(encodeView(viewOf(state)), state.reports), storyId);
  window.history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

store.subscribe((state, previous) => {
  if (state.session !== previous.session) {
    setAuthToken(state.session?.token ?? null);
    storeSession(sessionStorage, state.session);
    sessionBar.render(state.session);
    byId('tab-edit').hidden = !canEdit(state);
    storyPanel.render();
    if (!canEdit(state) && byId('tab-edit').getAttribute('aria-selected') === 'true') selectTab('details');
  }
  if (state.vocabulary !== previous.vocabulary) graph.setKinds(state.vocabulary.kinds);
  if (state.editing !== previous.editing || state.session !== previous.session) editPanel.render(state.editing);
  if (state.reports !== previous.reports) reports.render(state.reports);
  updateAddress(state);
  const onlyPanels =
    (state.editing !== previous.editing || state.reports !== previous.reports) &&
    state.graph === previous.graph &&
    state.selected === previous.selected;
  if (!onlyPanels) void render();
});

graph.onSelect((id) => {
  store.dispatch({ type: 'select', id });
  if (id) selectTab('details');
});
graph.onExpand((id) => store.dispatch({ type: 'expand', id }));

attachSearchBox({
  input: byId('search-input'),
  list: byId('search-results'),
  search,
  onError: (message) => setStatus(message, true),
  onChoose: (hit) => {
    store.dispatch({ type: 'expand', id: hit.entity.id });
    void render().then(() => graph.center(hit.entity.id));
  },
});

wireToolbar({
  store,
  graph,
  presentation,
  onScreen,
  addSlide: () => {
    selectTab('story');
    storyPanel.addCurrentView();
  },
  imageTitle: () => storyPanel.slideShowing(encodeView(viewOf(store.get())))?.title || 'Persecution network',
  say: setStatus,
});
for (const tab of TABS) byId(`tab-${tab}`).addEventListener('click', () => selectTab(tab));

sessionBar.render(store.get().session);
byId('tab-edit').hidden = !canEdit(store.get());
editPanel.render(null);
void recheckSession();
void showSuggestions(byId('suggestions'), (id) => store.dispatch({ type: 'expand', id })).catch(report);
// The vocabulary is fetched fresh on every load: a kind added since appears without a release.
void loadVocabulary()
  .catch(report)
  .finally(() => {
    void render();
    // A review in the address reopens once the vocabulary is there to colour its mentions and fill its forms.
    if (reopening) store.dispatch({ type: 'openReports', screen: reopening });
    // A story in the address opens in its tab, at the slide the link names (its first when the link names no view).
    if (storyInLink)
      void storyPanel
        .open(storyInLink.id)
        .then(() => {
          selectTab('story');
          if (storyInLink.showSlide) return storyPanel.show(0);
        })
        .catch(report);
  });
