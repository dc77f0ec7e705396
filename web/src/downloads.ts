// Saving the current view as data files, for Cytoscape desktop, Gephi, networkx and spreadsheets (images for slides:
// slide-capture.ts).
import type { ExportGraph } from '../../domain/export/graph-data.js';
import { toGexf } from '../../domain/export/gexf.js';
import { toGraphML } from '../../domain/export/graphml.js';
import { toCytoscapeJson, toEdgesCsv, toNodesCsv } from '../../domain/export/tabular.js';

export type DownloadKind = 'json' | 'graphml' | 'gexf' | 'csv-nodes' | 'csv-edges';

/** What the canvas gives to export: its visible part as data. */
export interface Exportable {
  visibleGraph(): Omit<ExportGraph, 'multiValued'>;
}

export function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `multiValued`: the vocabulary's attributes whose values add up, so that the files mark only real contradictions. */
export function download(canvas: Exportable, kind: DownloadKind, multiValued: readonly string[], basename = 'persecution-network'): void {
  const graph: ExportGraph = { ...canvas.visibleGraph(), multiValued };
  const text = (content: string, type: string, ext: string) => save(new Blob([content], { type }), `${basename}.${ext}`);
  switch (kind) {
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
