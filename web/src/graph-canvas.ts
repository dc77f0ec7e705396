// Part of the graph view: the Cytoscape instance, made for the size of the view (graph-scale.ts). Its renderer can
// only be chosen when an instance is made, so a view growing past that size gets a new instance holding the same
// elements; the stylesheet follows the size, the kinds and the type size; names too small to read are taken off.
import cytoscape, { type Core, type CytoscapeOptions, type ElementDefinition } from 'cytoscape';
import type { KindTerm } from './api-types.js';
import { scaleSettings, type RendererName, type ScaleSettings, type ViewSize, type WebglSupport } from './graph-scale.js';
import { graphStylesheet, NAME_FONT_SIZE } from './graph-style.js';
import { probeWebgl } from './webgl-probe.js';

export interface GraphCanvasOptions {
  /** Draw with this renderer whatever the size (the benchmark compares both); by default the size decides. */
  renderer?: RendererName;
  /** What WebGL the browser offers; probed the first time a view is large enough to want it. */
  webgl?: WebglSupport;
}

/** Cytoscape's WebGL renderer is asked for when an instance is made (`renderer.webgl`); the typings do not know it yet. */
type CoreOptions = CytoscapeOptions & { renderer?: { name: 'canvas'; webgl: boolean } };

export class GraphCanvas {
  private core: Core;
  private current: ScaleSettings;
  private kinds: readonly KindTerm[] = [];
  private large = false;
  /** Names taken off while too small to read (`namesByZoom`); nodes added meanwhile come without them too. */
  private namesHidden = false;
  private webgl: WebglSupport | null;
  /** Listeners, bound again to every new instance. */
  private readonly bindings: ((cy: Core) => void)[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly options: GraphCanvasOptions = {},
  ) {
    this.webgl = options.webgl ?? null;
    this.current = this.settingsFor({ nodes: 0, edges: 0 });
    this.core = this.create([]);
  }

  get cy(): Core {
    return this.core;
  }

  get settings(): ScaleSettings {
    return this.current;
  }

  /** Classes a node added now starts with. */
  get newNodeClasses(): string {
    return this.namesHidden ? 'nameless' : '';
  }

  bind(listener: (cy: Core) => void): void {
    this.bindings.push(listener);
    listener(this.core);
  }

  setKinds(kinds: readonly KindTerm[]): void {
    this.kinds = kinds;
    this.restyle();
  }

  setLargeType(large: boolean): void {
    this.large = large;
    this.showNames(this.namesReadableAt(this.core.zoom()));
    this.restyle();
  }

  /** Settings for the size the view is about to have: a new renderer needs a new instance, the rest a new style. */
  resize(size: ViewSize): void {
    const next = this.settingsFor(size);
    const previous = this.current;
    this.current = next;
    // A view that grows this large is about to be laid out and fitted: names come back when the reader zooms in.
    if (next.namesByZoom && !previous.namesByZoom) this.showNames(false);
    if (!next.namesByZoom) this.showNames(true);
    if (next.renderer !== previous.renderer || next.textureOnViewport !== previous.textureOnViewport) this.rebuild();
    else if (
      next.edgeLabels !== previous.edgeLabels ||
      next.edgeCurve !== previous.edgeCurve ||
      next.arrows !== previous.arrows ||
      next.nodeLabelMinPx !== previous.nodeLabelMinPx
    )
      this.restyle();
  }

  /** After a layout has fitted the view: names if they can be read at its zoom. */
  showReadableNames(): void {
    this.showNames(this.namesReadableAt(this.core.zoom()));
  }

  private settingsFor(size: ViewSize): ScaleSettings {
    return scaleSettings(size, () => (this.webgl ??= probeWebgl()), this.options.renderer);
  }

  private create(elements: ElementDefinition[]): Core {
    const { renderer, textureOnViewport } = this.current;
    const options: CoreOptions = {
      container: this.container,
      elements,
      style: this.stylesheet(),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      ...(textureOnViewport ? { textureOnViewport } : {}),
      ...(renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    };
    const cy = cytoscape(options);
    for (const bind of this.bindings) bind(cy);
    cy.on('zoom', () => this.showNames(this.namesReadableAt(cy.zoom())));
    return cy;
  }

  /** A new instance holding what the old one held, where it was. */
  private rebuild(): void {
    const elements = this.core.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: this.core.zoom(), pan: { ...this.core.pan() } };
    this.core.destroy();
    this.core = this.create(elements);
    this.core.viewport(viewport);
  }

  private stylesheet() {
    return graphStylesheet(this.kinds, { large: this.large, scale: this.current });
  }

  private restyle(): void {
    this.core.style(this.stylesheet());
  }

  private namesReadableAt(zoom: number): boolean {
    const size = this.large ? NAME_FONT_SIZE.large : NAME_FONT_SIZE.normal;
    return !this.current.namesByZoom || zoom * size >= this.current.nodeLabelMinPx;
  }

  private showNames(shown: boolean): void {
    if (shown !== this.namesHidden) return;
    this.namesHidden = !shown;
    this.core.batch(() => this.core.nodes().toggleClass('nameless', !shown));
  }
}
