// The Cytoscape canvas: elements in, filters, sizes, layouts and highlights out; every Cytoscape call of the page is
// here. No fetching, no URL.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { betweennessCentrality, degreeCentrality } from '../../domain/centrality.js';
import type { ExportGraph } from '../../domain/export/graph-data.js';
import type { EntityData, KindTerm, RelationshipData } from './api-types.js';
import { GraphCanvas, type GraphCanvasOptions } from './graph-canvas.js';
import type { GraphElement } from './graph-elements.js';
import type { ScaleSettings } from './graph-scale.js';
import { layoutOptions, timeLayoutOptions } from './graph-view-layouts.js';
import { TimeAxisOverlay } from './time-axis.js';
import { isWithin } from './time-range.js';
import type { LayoutName, SizeBy, UndatedMode } from './view-state.js';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface FilterSettings {
  kinds: readonly string[];
  types: readonly string[];
  from: string | null;
  to: string | null;
  hideOutside: boolean;
  undated: UndatedMode;
}

export type GraphViewOptions = GraphCanvasOptions;

export class GraphView {
  private readonly canvas: GraphCanvas;
  private layoutsRunning = 0;
  private readonly axis: TimeAxisOverlay;
  private settled: Promise<void> = Promise.resolve();

  constructor(container: HTMLElement, options: GraphViewOptions = {}) {
    this.canvas = new GraphCanvas(container, options);
    // The time axis is drawn behind the canvas, which is transparent.
    const axisSvg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    axisSvg.classList.add('time-axis');
    container.before(axisSvg);
    this.axis = new TimeAxisOverlay(axisSvg);
    // A window resized (a laptop plugged into a projector) refits the drawing instead of leaving it in a corner.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled: (() => void) | null = null;
    window.addEventListener('resize', () => {
      clearTimeout(timer);
      if (!settled) this.whileMoving(new Promise<void>((resolve) => (settled = resolve)));
      timer = setTimeout(() => {
        this.cy.resize();
        this.cy.fit(undefined, 40);
        this.limitZoom();
        settled?.();
        settled = null;
      }, 150);
    });
  }

  /** The Cytoscape instance drawing now (a new one when the view grows past the size where the renderer changes). */
  get cy(): Core {
    return this.canvas.cy;
  }

  /** How the view is drawn at its size (graph-scale.ts). */
  get scale(): ScaleSettings {
    return this.canvas.settings;
  }

  /** Fitting two nodes would blow them up to poster size: no closer than this. */
  private limitZoom(): void {
    if (this.cy.zoom() <= 1.5) return;
    this.cy.zoom(1.5);
    this.cy.center();
  }

  /** Colours and shapes of the kinds the vocabulary holds now. */
  setKinds(kinds: readonly KindTerm[]): void {
    this.canvas.setKinds(kinds);
  }

  onSelect(handler: (id: string | null) => void): void {
    this.canvas.bind((cy) => {
      cy.on('tap', 'node, edge', (event) => handler((event.target as NodeSingular | EdgeSingular).id()));
      cy.on('tap', (event) => {
        if (event.target === cy) handler(null);
      });
    });
  }

  onExpand(handler: (id: string) => void): void {
    this.canvas.bind((cy) => cy.on('dbltap', 'node', (event) => handler((event.target as NodeSingular).id())));
  }

  entity(id: string): EntityData | null {
    const node = this.cy.getElementById(id);
    return node.nonempty() && node.isNode() ? (node.data('entity') as EntityData) : null;
  }

  relationship(id: string): RelationshipData | null {
    const edge = this.cy.getElementById(id);
    return edge.nonempty() && edge.isEdge() ? (edge.data('relationship') as RelationshipData) : null;
  }

  neighbours(id: string): Pick<EntityData, 'id' | 'name'>[] {
    return this.cy
      .getElementById(id)
      .neighborhood('node')
      .map((n) => ({ id: n.id(), name: (n.data('entity') as EntityData).name }));
  }

  /** Neighbours that only this node connects to the view: collapsing it takes them away. */
  leavesOf(id: string): string[] {
    return this.cy
      .getElementById(id)
      .neighborhood('node')
      .filter((n) => (n as NodeSingular).degree(false) === 1)
      .map((n) => n.id());
  }

  /** Every drawn entity with a date (whatever its kind), for the time bar. */
  datedEntities(): Pick<EntityData, 'id' | 'date' | 'name' | 'kind'>[] {
    return this.cy
      .nodes()
      .filter((n) => Boolean(n.data('date')))
      .map((n) => ({
        id: n.id(),
        date: n.data('date') as string,
        name: (n.data('entity') as EntityData).name,
        kind: n.data('kind') as string,
      }));
  }

  edgeTypes(): string[] {
    return [...new Set(this.cy.edges().map((e) => e.data('type') as string))].sort();
  }

  counts(): { nodes: number; visibleNodes: number; visibleEdges: number } {
    return {
      nodes: this.cy.nodes().length,
      visibleNodes: this.cy.nodes(':visible').length,
      visibleEdges: this.cy.edges(':visible').length,
    };
  }

  center(id: string): void {
    this.whileMoving(
      this.cy
        .animation({ center: { eles: this.cy.getElementById(id) }, duration: 300 })
        .play()
        .promise(),
    );
  }

  /** While layouts or animations move things, the body has the class `laying-out` (tests wait for it to go). */
  private whileMoving(done: Promise<unknown>): void {
    this.layoutsRunning += 1;
    document.body.classList.add('laying-out');
    void done.finally(() => {
      this.layoutsRunning -= 1;
      if (this.layoutsRunning === 0) document.body.classList.remove('laying-out');
    });
  }

  /** Resolves once the last layout run has placed everything. */
  layoutSettled(): Promise<void> {
    return this.settled;
  }

  /** The visible part of the canvas as data, for the exports; `inRangeOnly`: without what the time range fades. */
  visibleGraph(inRangeOnly = false): Omit<ExportGraph, 'multiValued'> {
    const shown = (selector: string) => this.cy.elements(selector).filter((el) => !inRangeOnly || !el.hasClass('faded'));
    return {
      nodes: shown('node:visible').map((n) => n.data('entity') as EntityData),
      edges: shown('edge:visible').map((e) => e.data('relationship') as RelationshipData),
    };
  }

  svg(): string {
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
  }

  /** Makes the canvas hold exactly these elements; returns the ids added. New nodes start beside a drawn neighbour. */
  setElements(elements: readonly GraphElement[]): string[] {
    // Level of detail: the settings for the size the view is about to have.
    const edges = elements.filter((e) => e.group === 'edges').length;
    this.canvas.resize({ nodes: elements.length - edges, edges });
    const wanted = new Set(elements.map((e) => e.data.id));
    const fresh = elements.filter((e) => this.cy.getElementById(e.data.id).empty());
    const freshIds = new Set(fresh.map((e) => e.data.id));
    // A new node starts beside the first drawn neighbour it has a link to.
    const anchors = new Map<string, string>();
    for (const e of elements) {
      if (e.group !== 'edges') continue;
      const { source, target } = e.data;
      if (freshIds.has(source) && !freshIds.has(target) && !anchors.has(source)) anchors.set(source, target);
      if (freshIds.has(target) && !freshIds.has(source) && !anchors.has(target)) anchors.set(target, source);
    }
    this.cy.batch(() => {
      this.cy
        .elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      // Elements already drawn take the latest data (an edit may have changed a name, a kind, a citation).
      for (const e of elements) {
        if (freshIds.has(e.data.id)) continue;
        const drawn = this.cy.getElementById(e.data.id);
        if (drawn.data(e.group === 'nodes' ? 'entity' : 'relationship') !== (e.group === 'nodes' ? e.data.entity : e.data.relationship))
          drawn.data(e.data);
      }
      const definitions: ElementDefinition[] = fresh.map((e) => {
        if (e.group !== 'nodes') return e;
        const classes = this.canvas.newNodeClasses;
        const named = classes ? { ...e, classes } : e;
        const anchorId = anchors.get(e.data.id);
        const anchor = anchorId ? this.cy.getElementById(anchorId) : null;
        if (!anchor || anchor.empty()) return named;
        const at = (anchor as NodeSingular).position();
        return { ...named, position: { x: at.x + (Math.random() - 0.5) * 120, y: at.y + (Math.random() - 0.5) * 120 } };
      });
      this.cy.add(definitions);
    });
    return fresh.map((e) => e.data.id);
  }

  applyFilters(settings: FilterSettings): void {
    this.cy.batch(() => this.filter(settings));
  }

  private filter(settings: FilterSettings): void {
    const { cy } = this;
    cy.elements().removeClass('filtered faded');
    if (settings.kinds.length > 0)
      cy.nodes()
        .filter((n) => !settings.kinds.includes(n.data('kind') as string))
        .addClass('filtered');
    if (settings.types.length > 0)
      cy.edges()
        .filter((e) => !settings.types.includes(e.data('type') as string))
        .addClass('filtered');
    const ranged = settings.from !== null || settings.to !== null;
    const leaveOutUndated = ranged && settings.undated === 'leave-out';
    const outside = cy.elements().filter((el) => {
      const date = (el.data('date') as string | null) ?? null;
      return date === null ? leaveOutUndated : !isWithin(date, settings.from, settings.to);
    });
    const out = settings.hideOutside ? outside : outside.union(outside.connectedEdges());
    out.addClass(settings.hideOutside ? 'filtered' : 'faded');
  }

  /** Returns the measure the nodes were sized by: degree stands in for betweenness in large views (graph-scale.ts). */
  setSizes(sizeBy: SizeBy): SizeBy {
    const shape = {
      nodes: this.cy.nodes().map((n) => n.id()),
      edges: this.cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    };
    const measure = sizeBy === 'betweenness' && !this.scale.betweenness ? 'degree' : sizeBy;
    const scores = measure === 'degree' ? degreeCentrality(shape) : measure === 'betweenness' ? betweennessCentrality(shape) : null;
    const max = scores ? Math.max(1e-9, ...scores.values()) : 1;
    this.cy.batch(() =>
      this.cy.nodes().forEach((n) => {
        n.data('size', scores ? (scores.get(n.id()) ?? 0) / max : 0.12);
      }),
    );
    return measure;
  }

  /**
   * `kindOrder`: the vocabulary's kinds, which the time-ordered layout stacks its lanes of undated entities by.
   * Resolves when the layout has placed everything (its animation included).
   */
  runLayout(name: LayoutName, roots: readonly string[], kindOrder: readonly string[] = [], animate = true): Promise<void> {
    const { cy } = this;
    const eles = cy.elements(':visible');
    if (eles.empty() || name === 'map') {
      this.axis.set(cy, null);
      return Promise.resolve();
    }
    const timeLayout = name === 'timeline' ? timeLayoutOptions(cy, kindOrder) : null;
    cy.batch(() => cy.edges().toggleClass('unnamed', timeLayout !== null));
    const options = timeLayout?.options ?? layoutOptions(cy, name as Exclude<LayoutName, 'timeline' | 'map'>, roots, this.scale);
    this.axis.set(cy, timeLayout?.axis ?? null);
    const layout = eles.layout({
      ...options,
      animate: animate && this.scale.animate,
      animationDuration: 450,
      fit: true,
      padding: 40,
    } as LayoutOptions);
    // Tests and screenshots wait for this class to go rather than for a fixed time.
    const done = layout.promiseOn('layoutstop').then(() => {
      this.limitZoom();
      this.canvas.showReadableNames();
    });
    this.whileMoving(done);
    this.settled = done;
    layout.run();
    return done;
  }

  /** Traced paths: `stated` ones (a source supports every step) and those only `joined` from different sources. */
  highlight(stated: ReadonlySet<string>, joined: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path on-joined-path');
      for (const id of stated) this.cy.getElementById(id).addClass('on-path');
      for (const id of joined) this.cy.getElementById(id).addClass('on-joined-path');
    });
  }

  setPinned(ids: readonly string[]): void {
    const pinnedIds = new Set(ids);
    this.cy.batch(() =>
      this.cy.nodes().forEach((n) => {
        const pinned = pinnedIds.has(n.id());
        n.toggleClass('pinned', pinned);
        if (pinned) n.lock();
        else n.unlock();
      }),
    );
  }

  /** Large type for a projector. */
  setLargeType(large: boolean): void {
    this.canvas.setLargeType(large);
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }
}
