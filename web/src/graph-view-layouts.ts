// Part of the graph view: the Cytoscape options of each layout the page offers.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { betweennessCentrality } from '../../domain/centrality.js';
import { timeOrderedPositions } from './time-layout.js';
import type { LayoutName } from './view-state.js';

/** `kindOrder`: the vocabulary's kinds, which the time-ordered layout stacks its lanes of undated entities by. */
export function layoutOptions(cy: Core, name: LayoutName, roots: readonly string[], kindOrder: readonly string[]): LayoutOptions {
  if (name === 'concentric') {
    const scores = betweennessCentrality({
      nodes: cy.nodes().map((n) => n.id()),
      edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    });
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
  if (name === 'timeline') {
    const positions = timeOrderedPositions(
      cy.nodes().map((n) => ({
        id: n.id(),
        kind: n.data('kind') as string,
        date: (n.data('date') as string | null) ?? null,
        neighbours: n.neighborhood('node').map((m) => m.id()),
      })),
      kindOrder,
    );
    return { name: 'preset', positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 } } as LayoutOptions;
  }
  const fresh = cy.nodes().every((n) => (n as NodeSingular).position('x') === 0 && (n as NodeSingular).position('y') === 0);
  return {
    name: 'fcose',
    randomize: fresh,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 110,
    nodeRepulsion: 9000,
  } as LayoutOptions;
}
