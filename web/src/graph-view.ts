// The Cytoscape canvas: elements in, filters, sizes, layouts and highlights out. No fetching, no URL.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { betweennessCentrality, degreeCentrality } from '../../domain/centrality.js';
import type { GraphElement } from './graph-elements.js';
import { graphStylesheet } from './graph-style.js';
import { timeOrderedPositions } from './time-layout.js';
import { isWithin } from './time-range.js';
import type { LayoutName, SizeBy } from './view-state.js';

cytoscape.use(fcose);
cytoscape.use(svg);

export interface FilterSettings {
  kinds: readonly string[];
  types: readonly string[];
  from: string | null;
  to: string | null;
  hideOutside: boolean;
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: graphStylesheet(), wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
  }

  /** Makes the canvas hold exactly these elements; returns the ids added. New nodes start beside a drawn neighbour. */
  setElements(elements: readonly GraphElement[]): string[] {
    const wanted = new Set(elements.map((e) => e.data.id));
    this.cy
      .elements()
      .filter((el) => !wanted.has(el.id()))
      .remove();
    const fresh = elements.filter((e) => this.cy.getElementById(e.data.id).empty());
    const anchorOf = (id: string) => {
      const edge = elements.find(
        (e) =>
          e.group === 'edges' &&
          (e.data.source === id || e.data.target === id) &&
          !fresh.some((f) => f.data.id === (e.data.source === id ? e.data.target : e.data.source)),
      );
      if (!edge || edge.group !== 'edges') return null;
      const other = this.cy.getElementById(edge.data.source === id ? edge.data.target : edge.data.source);
      return other.nonempty() ? (other as NodeSingular).position() : null;
    };
    const definitions: ElementDefinition[] = fresh.map((e) => {
      if (e.group !== 'nodes') return e;
      const anchor = anchorOf(e.data.id);
      return anchor ? { ...e, position: { x: anchor.x + (Math.random() - 0.5) * 120, y: anchor.y + (Math.random() - 0.5) * 120 } } : e;
    });
    this.cy.add(definitions);
    this.adaptToSize();
    return fresh.map((e) => e.data.id);
  }

  /**
   * Level of detail for large views: past a few hundred links their labels go (they are in the evidence panel), and
   * node labels already vanish when zoomed out (min-zoomed-font-size), so panning stays fluid with thousands of elements.
   */
  private adaptToSize(): void {
    const dense = this.cy.edges().length > 400;
    if (dense === this.dense) return;
    this.dense = dense;
    this.cy
      .style()
      .selector('edge')
      .style({ label: dense ? '' : 'data(label)' })
      .update();
  }

  private dense = false;

  applyFilters(settings: FilterSettings): void {
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
    const outside = cy.elements().filter((el) => !isWithin((el.data('date') as string | null) ?? null, settings.from, settings.to));
    const out = settings.hideOutside ? outside : outside.union(outside.connectedEdges());
    out.addClass(settings.hideOutside ? 'filtered' : 'faded');
  }

  setSizes(sizeBy: SizeBy): void {
    const shape = {
      nodes: this.cy.nodes().map((n) => n.id()),
      edges: this.cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    };
    const scores = sizeBy === 'degree' ? degreeCentrality(shape) : sizeBy === 'betweenness' ? betweennessCentrality(shape) : null;
    const max = scores ? Math.max(1e-9, ...scores.values()) : 1;
    this.cy.nodes().forEach((n) => {
      n.data('size', scores ? (scores.get(n.id()) ?? 0) / max : 0.12);
    });
  }

  runLayout(name: LayoutName, roots: readonly string[], animate = true): void {
    const { cy } = this;
    const eles = cy.elements(':visible');
    if (eles.empty()) return;
    let options: LayoutOptions;
    if (name === 'concentric') {
      const scores = betweennessCentrality({
        nodes: cy.nodes().map((n) => n.id()),
        edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
      });
      options = {
        name: 'concentric',
        concentric: (n: NodeSingular) => scores.get(n.id()) ?? 0,
        levelWidth: () => 0.05,
        minNodeSpacing: 30,
      } as LayoutOptions;
    } else if (name === 'hierarchical') {
      const present = roots.filter((id) => cy.getElementById(id).nonempty());
      options = {
        name: 'breadthfirst',
        directed: false,
        spacingFactor: 1.1,
        roots: present.length > 0 ? present.map((id) => `#${CSS.escape(id)}`).join(',') : undefined,
      } as LayoutOptions;
    } else if (name === 'timeline') {
      const positions = timeOrderedPositions(
        cy.nodes().map((n) => ({
          id: n.id(),
          kind: n.data('kind') as string,
          date: (n.data('date') as string | null) ?? null,
          neighbours: n.neighborhood('node').map((m) => m.id()),
        })),
      );
      options = { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 } } as LayoutOptions;
    } else {
      const fresh = cy.nodes().every((n) => (n as NodeSingular).position('x') === 0 && (n as NodeSingular).position('y') === 0);
      options = {
        name: 'fcose',
        randomize: fresh,
        quality: 'default',
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: 110,
        nodeRepulsion: 9000,
      } as LayoutOptions;
    }
    eles.layout({ ...options, animate, animationDuration: 450, fit: true, padding: 40 } as LayoutOptions).run();
  }

  highlight(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    this.cy.elements().removeClass('on-path');
    for (const id of [...nodeIds, ...edgeIds]) this.cy.getElementById(id).addClass('on-path');
  }

  setPinned(ids: readonly string[]): void {
    this.cy.nodes().forEach((n) => {
      const pinned = ids.includes(n.id());
      n.toggleClass('pinned', pinned);
      if (pinned) n.lock();
      else n.unlock();
    });
  }

  /** Large type for a projector. */
  setLargeType(large: boolean): void {
    this.cy
      .style()
      .selector('node')
      .style({ 'font-size': large ? 20 : 11 })
      .selector('edge')
      .style({ 'font-size': large ? 15 : 9 })
      .update();
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }
}
