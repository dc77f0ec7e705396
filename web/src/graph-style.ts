// Cytoscape styles: each kind's colour and shape from the vocabulary the API serves; states as classes.
import type { StylesheetJson } from 'cytoscape';
import type { KindTerm } from './api-types.js';
import type { ScaleSettings } from './graph-scale.js';
import { UNKNOWN_KIND_STYLE } from './vocabulary.js';

/** A path whose steps one source supports is drawn solid green; one joined from different sources, dotted orange. */
export const PATH_COLOURS = { stated: '#009E73', joined: '#E69F00' } as const;

/** Entity names, in pixels at zoom 1; larger for a projector. */
export const NAME_FONT_SIZE = { normal: 11, large: 20 } as const;

export interface StyleOptions {
  /** Large type for a projector. */
  large: boolean;
  /** What the view's size allows (graph-scale.ts). */
  scale: Pick<ScaleSettings, 'edgeLabels' | 'edgeCurve' | 'arrows' | 'nodeLabelMinPx' | 'textureOnViewport'>;
}

export const SMALL_VIEW_STYLE: StyleOptions = {
  large: false,
  scale: { edgeLabels: true, edgeCurve: 'bezier', arrows: true, nodeLabelMinPx: 7, textureOnViewport: false },
};

/** Link labels and how they are set; left out altogether when links go unlabelled (less style to work out per link). */
function edgeLabelStyle(large: boolean) {
  return {
    label: 'data(label)',
    'font-size': large ? 15 : 9,
    'min-zoomed-font-size': 8,
    color: '#333',
    'text-rotation': 'autorotate',
    'text-background-color': '#fff',
    'text-background-opacity': 0.85,
  } as const;
}

/** While a picture of the view is moved, what lies beyond it stays blank rather than grey (the rest as Cytoscape has it). */
const TEXTURE_CORE_STYLE = {
  selector: 'core',
  style: {
    'outside-texture-bg-color': '#000',
    'outside-texture-bg-opacity': 0,
    'active-bg-color': 'black',
    'active-bg-opacity': 0.15,
    'active-bg-size': 30,
    'selection-box-color': '#ddd',
    'selection-box-opacity': 0.65,
    'selection-box-border-color': '#aaa',
    'selection-box-border-width': 1,
  },
} as const;

export function graphStylesheet(kinds: readonly KindTerm[], options: StyleOptions = SMALL_VIEW_STYLE): StylesheetJson {
  const { large, scale } = options;
  return [
    ...(scale.textureOnViewport ? [TEXTURE_CORE_STYLE] : []),
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': large ? NAME_FONT_SIZE.large : NAME_FONT_SIZE.normal,
        'min-zoomed-font-size': scale.nodeLabelMinPx,
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
    // Names too small to read are taken off (graph-view.ts), not only left undrawn.
    { selector: 'node.nameless', style: { label: '' } },
    { selector: 'node[?contested]', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#CC79A7' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-color': '#000', 'border-style': 'solid' } },
    {
      selector: 'edge',
      style: {
        ...(scale.edgeLabels ? edgeLabelStyle(large) : { label: '' }),
        width: 1.5,
        'line-color': '#888',
        'target-arrow-color': '#888',
        'target-arrow-shape': scale.arrows ? 'triangle' : 'none',
        'curve-style': scale.edgeCurve,
      },
    },
    // The time-ordered layout draws links long and crossing: their names would hide the entities' (graph-view.ts).
    { selector: 'edge.unnamed', style: { label: '' } },
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
