// Saving the current view as files: images for slides, data for Cytoscape desktop, Gephi and spreadsheets.
import type { Core } from 'cytoscape';
import type { ExportGraph } from '../../domain/export/graph-data.js';
import { toGexf } from '../../domain/export/gexf.js';
import { toGraphML } from '../../domain/export/graphml.js';
import { toCytoscapeJson, toEdgesCsv, toNodesCsv } from '../../domain/export/tabular.js';
import type { EntityData, RelationshipData } from './api.js';

export type DownloadKind = 'png' | 'svg' | 'json' | 'graphml' | 'gexf' | 'csv-nodes' | 'csv-edges';

/** The visible part of the canvas as exportable data. */
export function visibleGraph(cy: Core): ExportGraph {
  return {
    nodes: cy.nodes(':visible').map((n) => n.data('entity') as EntityData),
    edges: cy.edges(':visible').map((e) => e.data('relationship') as RelationshipData),
  };
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function download(cy: Core, kind: DownloadKind, basename = 'persecution-network'): void {
  const graph = visibleGraph(cy);
  const text = (content: string, type: string, ext: string) => save(new Blob([content], { type }), `${basename}.${ext}`);
  switch (kind) {
    case 'png':
      save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob, `${basename}.png`);
      return;
    case 'svg':
      text((cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' }), 'image/svg+xml', 'svg');
      return;
    case 'json':
      return text(toCytoscapeJson(graph), 'application/json', 'cyjs');
    case 'graphml':
      return text(toGraphML(graph), 'application/xml', 'graphml');
    case 'gexf':
      return text(toGexf(graph), 'application/xml', 'gexf');
    case 'csv-nodes':
      return text(toNodesCsv(graph), 'text/csv', 'entities.csv');
    case 'csv-edges':
      return text(toEdgesCsv(graph), 'text/csv', 'links.csv');
  }
}
