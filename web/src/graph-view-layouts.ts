// Part of the graph view: the Cytoscape options of each layout the page offers.
import type { CollectionArgument, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { betweennessCentrality, degreeCentrality } from '../../domain/centrality.js';
import { forcePositions } from './force-layout.js';
import type { ScaleSettings } from './graph-scale.js';
import { timeOrderedLayout, type TimeAxis } from './time-layout.js';
import type { LayoutName } from './view-state.js';

const atOrigin = (n: CollectionArgument) => (n as NodeSingular).position('x') === 0 && (n as NodeSingular).position('y') === 0;

/** Large views: the quick force layout, from where entities are drawn now unless nothing has been placed yet. */
function forceOptions(cy: Core, steps: number): LayoutOptions {
  const nodes = cy.nodes(':visible');
  const fresh = nodes.every(atOrigin);
  const positions = forcePositions(
    nodes.map((n) => n.id()),
    cy.edges(':visible').map((e) => ({ source: e.source().id(), target: e.target().id() })),
    { iterations: steps, start: fresh ? undefined : new Map(nodes.map((n) => [n.id(), { ...n.position() }])) },
  );
  return { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position() } as LayoutOptions;
}

/** The time-ordered layout: positions by date in lanes by kind (`kindOrder`), and the axis to draw behind them. */
export function timeLayoutOptions(cy: Core, kindOrder: readonly string[]): { options: LayoutOptions; axis: TimeAxis } {
  const { positions, axis } = timeOrderedLayout(
    cy.nodes(':visible').map((n) => ({
      id: n.id(),
      kind: n.data('kind') as string,
      name: n.data('label') as string | undefined,
      date: (n.data('date') as string | null) ?? null,
      neighbours: n.neighborhood('node').map((m) => m.id()),
    })),
    kindOrder,
  );
  return { options: { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? n.position() } as LayoutOptions, axis };
}

/** The Cytoscape options of a layout but the time-ordered one (timeLayoutOptions). */
export function layoutOptions(
  cy: Core,
  name: Exclude<LayoutName, 'timeline' | 'map'>,
  roots: readonly string[],
  scale: Pick<ScaleSettings, 'layout' | 'forceSteps' | 'betweenness'>,
): LayoutOptions {
  if (name === 'concentric') {
    const shape = {
      nodes: cy.nodes().map((n) => n.id()),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    };
    const scores = scale.betweenness ? betweennessCentrality(shape) : degreeCentrality(shape);
    return {
      name: 'concentric',
      concentric: (n: NodeSingular) => scores.get(n.id()) ?? 0,
      levelWidth: () => 0.05,
      minNodeSpacing: 30,
    } as LayoutOptions;
  }
  if (name === 'hierarchical') {
    const present = roots.filter((id) => cy.getElementById(id).nonempty());
    return {
      name: 'breadthfirst',
      directed: false,
      spacingFactor: 1.1,
      roots: present.length > 0 ? present.map((id) => `#${CSS.escape(id)}`).join(',') : undefined,
    } as LayoutOptions;
  }
  if (scale.layout === 'force') return forceOptions(cy, scale.forceSteps);
  const fresh = cy.nodes().every(atOrigin);
  return {
    name: 'fcose',
    randomize: fresh,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 110,
    nodeRepulsion: 9000,
  } as LayoutOptions;
}
