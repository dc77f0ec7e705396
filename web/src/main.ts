// Wires the page: search box, Cytoscape graph, details panel.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ApiError, neighbourhood, search, type EntityData, type RelationshipData } from './api.js';
import { showEntity, showRelationship } from './details-panel.js';
import { newElements } from './graph-elements.js';
import { graphStylesheet } from './graph-style.js';
import { attachSearchBox } from './search-box.js';

cytoscape.use(fcose);

const status = document.getElementById('status')!;
const details = document.getElementById('details')!;
const cy = cytoscape({ container: document.getElementById('graph'), style: graphStylesheet(), wheelSensitivity: 0.3 });
(window as unknown as { cy: cytoscape.Core }).cy = cy;

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function runLayout(): void {
  cy.layout({
    name: 'fcose',
    animate: true,
    animationDuration: 400,
    randomize: false,
    nodeDimensionsIncludeLabels: true,
  } as cytoscape.LayoutOptions).run();
}

async function expand(id: string, centre: boolean): Promise<void> {
  setStatus('Loading…');
  try {
    const subgraph = await neighbourhood(id);
    const drawn = new Set(cy.elements().map((el) => el.id()));
    cy.add(newElements(subgraph, drawn));
    runLayout();
    if (centre) cy.animate({ center: { eles: cy.getElementById(id) }, duration: 300 });
    setStatus(`${cy.nodes().length} entities, ${cy.edges().length} links${subgraph.truncated ? ' (truncated)' : ''}`);
  } catch (error) {
    setStatus(error instanceof ApiError ? error.message : 'Something went wrong loading the graph.', true);
  }
}

cy.on('tap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  showEntity(details, node.data('entity') as EntityData);
  void expand(node.id(), false);
});
cy.on('tap', 'edge', (event) => {
  const rel = (event.target as cytoscape.EdgeSingular).data('relationship') as RelationshipData;
  showRelationship(details, rel, (id) => String(cy.getElementById(id).data('label') ?? id));
});

attachSearchBox({
  input: document.getElementById('search-input') as HTMLInputElement,
  list: document.getElementById('search-results') as HTMLUListElement,
  search,
  onError: (message) => setStatus(message, true),
  onChoose: (hit) => {
    cy.elements().remove();
    showEntity(details, hit.entity);
    void expand(hit.entity.id, true);
  },
});
