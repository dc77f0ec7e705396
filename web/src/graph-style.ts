// Cytoscape styles: each kind's colour and shape from the vocabulary the API serves; states as classes.
import type { StylesheetJson } from 'cytoscape';
import type { KindTerm } from './api-types.js';
import { UNKNOWN_KIND_STYLE } from './vocabulary.js';

/** A path whose steps one source supports is drawn solid green; one joined from different sources, dotted orange. */
export const PATH_COLOURS = { stated: '#009E73', joined: '#E69F00' } as const;

export function graphStylesheet(kinds: readonly KindTerm[]): StylesheetJson {
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
        'background-color': UNKNOWN_KIND_STYLE.colour,
        'border-width': 1,
        'border-color': '#333',
      },
    },
    ...kinds.map((kind) => ({
      selector: `node[kind = ${JSON.stringify(kind.name)}]`,
      style: { 'background-color': kind.color, shape: kind.shape as 'ellipse' },
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
    {
      selector: 'edge.on-joined-path',
      style: {
        width: 5,
        'line-style': 'dotted',
        'line-color': PATH_COLOURS.joined,
        'target-arrow-color': PATH_COLOURS.joined,
        'z-index': 9,
      },
    },
    { selector: 'node.on-joined-path', style: { 'border-width': 5, 'border-style': 'solid', 'border-color': PATH_COLOURS.joined } },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-style': 'solid',
        'line-color': PATH_COLOURS.stated,
        'target-arrow-color': PATH_COLOURS.stated,
        'z-index': 10,
      },
    },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-style': 'solid', 'border-color': PATH_COLOURS.stated } },
    { selector: ':selected', style: { 'border-width': 5, 'border-color': '#000', 'line-color': '#000', 'target-arrow-color': '#000' } },
  ];
}
