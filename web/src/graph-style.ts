// Cytoscape styles by kind: shapes plus the Okabe–Ito colour-blind-safe palette; states as classes.
import type { StylesheetJson } from 'cytoscape';

export const KIND_STYLES: Record<string, { colour: string; shape: string; label: string }> = {
  person: { colour: '#E69F00', shape: 'ellipse', label: 'Person' },
  organisation: { colour: '#0072B2', shape: 'round-rectangle', label: 'Organisation' },
  instrument: { colour: '#009E73', shape: 'rhomboid', label: 'Law, convention, report' },
  place: { colour: '#56B4E9', shape: 'hexagon', label: 'Place' },
  event: { colour: '#D55E00', shape: 'diamond', label: 'Event' },
};

const OTHER = { colour: '#999999', shape: 'ellipse', label: 'Other' };

export function kindStyle(kind: string) {
  return KIND_STYLES[kind] ?? OTHER;
}

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'min-zoomed-font-size': 7,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        width: 'mapData(size, 0, 1, 26, 70)',
        height: 'mapData(size, 0, 1, 26, 70)',
        'background-color': OTHER.colour,
        'border-width': 1,
        'border-color': '#333',
      },
    },
    ...Object.entries(KIND_STYLES).map(([kind, s]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': s.colour, shape: s.shape as 'ellipse' },
    })),
    { selector: 'node[?contested]', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#CC79A7' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#000', 'border-style': 'solid' } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'min-zoomed-font-size': 8,
        color: '#333',
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        width: 1.5,
        'line-color': '#888',
        'target-arrow-color': '#888',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
      },
    },
    { selector: 'edge[?contested]', style: { 'line-style': 'dashed', 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': '#009E73', 'target-arrow-color': '#009E73', 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': '#009E73' } },
    { selector: ':selected', style: { 'border-width': 5, 'border-color': '#000', 'line-color': '#000', 'target-arrow-color': '#000' } },
  ];
}
