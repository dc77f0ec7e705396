// Wires the page. The view (ViewState) is the single source of truth: every step changes it, records it for
// undo, writes it to the URL, and the canvas is rebuilt from it and the cached API answers.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { ApiError, search, sourceText, type EntityData, type RelationshipData } from './api.js';
import { showEntity, showRelationship, type PanelActions } from './details-panel.js';
import { download, type DownloadKind } from './downloads.js';
import { showSuggestions } from './empty-state.js';
import { unionElements } from './graph-elements.js';
import { GraphView } from './graph-view.js';
import { canRedo, canUndo, record, redo, startHistory, undo } from './history.js';
import { renderLegend } from './legend.js';
import { Presentation } from './presentation.js';
import { attachSearchBox } from './search-box.js';
import { TimeBar } from './time-bar.js';
import { TracePanel } from './trace-panel.js';
import { ViewData } from './view-data.js';
import { decodeView, encodeView, type LayoutName, type SizeBy, type ViewState } from './view-state.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLSpanElement>('status');
const details = byId<HTMLElement>('details');
const graph = new GraphView(byId('graph'));
const { cy } = graph;
(window as unknown as { cy: typeof cy }).cy = cy;

const data = new ViewData();
let history = startHistory(decodeView(location.search));
let view = history.present;
let lastLayout: LayoutName | null = null;

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function report(error: unknown): void {
  setStatus(error instanceof ApiError ? error.message : 'Something went wrong; the server log has the details.', true);
}

/** Changes the view: recorded for undo unless it only moves the selection, and always written to the URL. */
async function change(next: ViewState, options: { record?: boolean; relayout?: boolean } = {}): Promise<void> {
  if (options.record !== false) history = record(history, next);
  view = next;
  window.history.replaceState(null, '', `${location.pathname}${encodeView(view) ? `?${encodeView(view)}` : ''}`);
  await render(options.relayout === true);
}

let rendering = Promise.resolve();
function render(relayout: boolean): Promise<void> {
  rendering = rendering.then(() => draw(relayout)).catch(report);
  return rendering;
}

async function draw(relayout: boolean): Promise<void> {
  document.body.classList.add('loading');
  setStatus('Loading…');
  try {
    const settled = await Promise.allSettled(view.roots.map((id) => data.neighbourhood(id)));
    const gone = view.roots.filter((_, i) => settled[i]?.status === 'rejected');
    if (gone.length > 0) {
      // An entity in a link may since have been merged or removed: draw the rest and say so.
      view = { ...view, roots: view.roots.filter((id) => !gone.includes(id)) };
      setStatus(`Not found any more: ${gone.join(', ')}`, true);
    }
    const subgraphs = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const traced = await data.trace(view);
    const added = graph.setElements(unionElements([...subgraphs, ...traced], new Set(view.hidden)));
    graph.applyFilters({
      kinds: view.kinds,
      types: view.types,
      from: view.from,
      to: view.to,
      hideOutside: view.hideOutside,
    });
    graph.setSizes(view.sizeBy);
    graph.setPinned(view.pinned);
    graph.highlight(
      traced.flatMap((p) => p.nodes.map((n) => n.id)),
      traced.flatMap((p) => p.edges.map((e) => e.id)),
    );
    if (view.trace) {
      tracePanel.restore(view.trace, entityOf(view.trace.from), entityOf(view.trace.to));
      tracePanel.showPaths(traced);
    }
    if (added.length > 0 || relayout || lastLayout !== view.layout) {
      graph.runLayout(view.layout, view.roots);
      lastLayout = view.layout;
    }
    graph.select(view.selected);
    showSelection();
    refreshControls();
    const truncated = subgraphs.some((s) => s.truncated);
    setStatus(
      cy.nodes().length === 0
        ? ''
        : `${cy.nodes(':visible').length} entities, ${cy.edges(':visible').length} links${truncated ? ' (some neighbourhoods were cut at their cap)' : ''}`,
    );
  } finally {
    document.body.classList.remove('loading');
  }
}

function refreshControls(): void {
  byId<HTMLButtonElement>('undo').disabled = !canUndo(history);
  byId<HTMLButtonElement>('redo').disabled = !canRedo(history);
  byId<HTMLSelectElement>('layout').value = view.layout;
  byId<HTMLSelectElement>('size-by').value = view.sizeBy;
  byId<HTMLInputElement>('time-hide').checked = view.hideOutside;
  byId('empty-state').hidden = cy.nodes().length > 0;
  renderLegend(byId('legend'), view.kinds, toggleKind);
  const events = cy
    .nodes('[kind = "event"]')
    .map((n) => ({ id: n.id(), date: (n.data('date') as string | null) ?? null, name: n.data('entity').name as string }));
  timeBar.update(events, view.from, view.to);
  const types = [...new Set(cy.edges().map((e) => e.data('type') as string))].sort();
  tracePanel.setTypes(types, view.types, (selected) => void change({ ...view, types: selected }));
}

function toggleKind(kind: string): void {
  const all = ['person', 'organisation', 'instrument', 'place', 'event'];
  const shown = view.kinds.length === 0 ? all : view.kinds;
  const next = shown.includes(kind) ? shown.filter((k) => k !== kind) : [...shown, kind];
  void change({ ...view, kinds: next.length === all.length ? [] : next });
}

const entityOf = (id: string): EntityData | null => {
  const node = cy.getElementById(id);
  return node.nonempty() && node.isNode() ? (node.data('entity') as EntityData) : null;
};

const panelActions: PanelActions = {
  loadSource: sourceText,
  linked: (id) =>
    cy
      .getElementById(id)
      .neighborhood('node')
      .map((n) => ({ id: n.id(), name: (n.data('entity') as EntityData).name })),
  select: (id) => void change({ ...view, selected: id }, { record: false }),
  entityActions: (entity) => [
    { label: 'Expand', run: () => expand(entity.id) },
    { label: 'Collapse', run: () => collapse(entity.id) },
    {
      label: 'Remove',
      run: () =>
        void change({ ...view, roots: view.roots.filter((r) => r !== entity.id), hidden: [...view.hidden, entity.id], selected: null }),
    },
    {
      label: view.pinned.includes(entity.id) ? 'Unpin' : 'Pin',
      run: () =>
        void change({
          ...view,
          pinned: view.pinned.includes(entity.id) ? view.pinned.filter((p) => p !== entity.id) : [...view.pinned, entity.id],
        }),
    },
    { label: 'Trace from here', run: () => traceEnd('from', entity) },
    { label: 'Trace to here', run: () => traceEnd('to', entity) },
  ],
};

let shown: { data: unknown; pinned: boolean } | null = null;

/** Rebuilds the evidence panel only when the selection changes, so an opened source text stays open during play. */
function showSelection(): void {
  const selected = view.selected ? cy.getElementById(view.selected) : null;
  const current = selected && selected.nonempty() ? (selected.data('entity') ?? selected.data('relationship')) : null;
  const pinned = view.selected !== null && view.pinned.includes(view.selected);
  if (current !== null && shown !== null && shown.data === current && shown.pinned === pinned) return;
  shown = current === null ? null : { data: current, pinned };
  if (!selected || selected.empty()) {
    if (!details.querySelector('h2')) return;
    details.replaceChildren(
      Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Select a node or a link to see its evidence.' }),
    );
    return;
  }
  const data = selected.data() as { entity?: EntityData; relationship?: RelationshipData };
  if (data.entity) showEntity(details, data.entity, panelActions);
  else if (data.relationship) {
    const rel = data.relationship;
    showRelationship(details, rel, { source: entityOf(rel.source.id), target: entityOf(rel.target.id) }, panelActions);
  }
}

function expand(id: string): void {
  const hidden = view.hidden.filter((h) => h !== id);
  if (view.roots.includes(id) && hidden.length === view.hidden.length) return;
  void change({ ...view, roots: view.roots.includes(id) ? view.roots : [...view.roots, id], hidden, selected: id });
}

/** Collapsing drops the node's own expansion and the neighbours that only it connects to the view. */
function collapse(id: string): void {
  const leaves = cy
    .getElementById(id)
    .neighborhood('node')
    .filter((n) => (n as NodeSingular).degree(false) === 1 && !view.roots.includes(n.id()))
    .map((n) => n.id());
  void change({ ...view, roots: view.roots.filter((r) => r !== id), hidden: [...new Set([...view.hidden, ...leaves])] });
}

function traceEnd(end: 'from' | 'to', entity: EntityData): void {
  tracePanel.setEnd(end, entity);
  selectTab('trace');
}

function selectTab(tab: 'details' | 'trace'): void {
  for (const name of ['details', 'trace'] as const) {
    byId(`tab-${name}`).setAttribute('aria-selected', String(name === tab));
    byId(name).hidden = name !== tab;
  }
}

const tracePanel = new TracePanel({
  search,
  onError: (message) => setStatus(message, true),
  onSelect: (id) => void change({ ...view, selected: id }, { record: false }),
  onTrace: ({ from, to, first, maxHops }) => void change({ ...view, trace: { from, to, first, maxHops } }),
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
    onRange: (from, to) => void change({ ...view, from, to }, { record: false }),
    onPick: (id) => void change({ ...view, selected: id }, { record: false }),
  },
);

const presentation = new Presentation({
  current: () => encodeView(view),
  show: (encoded) => void change(decodeView(encoded), { relayout: true }),
  indicator: byId('slide-indicator'),
  onMessage: (text) => setStatus(text),
  onModeChange: (presenting) => graph.setLargeType(presenting),
});

cy.on('tap', 'node, edge', (event) => {
  const target = event.target as NodeSingular | EdgeSingular;
  void change({ ...view, selected: target.id() }, { record: false });
  selectTab('details');
});
cy.on('dbltap', 'node', (event) => expand((event.target as NodeSingular).id()));
cy.on('tap', (event) => {
  if (event.target === cy) void change({ ...view, selected: null }, { record: false });
});

attachSearchBox({
  input: byId('search-input'),
  list: byId('search-results'),
  search,
  onError: (message) => setStatus(message, true),
  onChoose: (hit) => {
    void change({
      ...view,
      roots: view.roots.includes(hit.entity.id) ? view.roots : [...view.roots, hit.entity.id],
      hidden: view.hidden.filter((h) => h !== hit.entity.id),
      selected: hit.entity.id,
    }).then(() => cy.animate({ center: { eles: cy.getElementById(hit.entity.id) }, duration: 300 }));
  },
});

byId('undo').addEventListener('click', () => stepHistory(undo));
byId('redo').addEventListener('click', () => stepHistory(redo));
/** Undo and redo move through graph-editing steps; the time range, its mode and the selection stay as they are. */
function stepHistory(step: typeof undo): void {
  if (step === undo ? !canUndo(history) : !canRedo(history)) return;
  history = step(history);
  const { from, to, hideOutside, selected } = view;
  void change({ ...history.present, from, to, hideOutside, selected }, { record: false });
}
byId<HTMLSelectElement>('layout').addEventListener(
  'change',
  (e) => void change({ ...view, layout: (e.target as HTMLSelectElement).value as LayoutName }),
);
byId('relayout').addEventListener('click', () => graph.runLayout(view.layout, view.roots));
byId<HTMLSelectElement>('size-by').addEventListener(
  'change',
  (e) => void change({ ...view, sizeBy: (e.target as HTMLSelectElement).value as SizeBy }),
);
byId<HTMLInputElement>('time-hide').addEventListener(
  'change',
  (e) => void change({ ...view, hideOutside: (e.target as HTMLInputElement).checked }, { record: false }),
);
byId('tab-details').addEventListener('click', () => selectTab('details'));
byId('tab-trace').addEventListener('click', () => selectTab('trace'));
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  button.addEventListener('click', () => {
    download(cy, button.dataset.export as DownloadKind);
    byId<HTMLDetailsElement>('export-menu').open = false;
  });
}
byId('share').addEventListener('click', async () => {
  await navigator.clipboard?.writeText(location.href).catch(() => undefined);
  setStatus(`Link to this view: ${location.href}`);
});
byId('add-slide').addEventListener('click', () => presentation.add());
byId('present').addEventListener('click', () => presentation.start());
document.addEventListener('keydown', (event) => {
  if (presentation.handleKey(event.key)) return event.preventDefault();
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
  if (typing || !(event.ctrlKey || event.metaKey)) return;
  if (event.key === 'z') stepHistory(undo);
  else if (event.key === 'y') stepHistory(redo);
});

void showSuggestions(byId('suggestions'), expand).catch(report);
void render(true);
