// How the canvas draws a view of a given size (pure): as a view grows it gives up what costs most for what keeps it
// fluid — a layout that settles in a fixed number of steps, no animation, straight links without arrows or labels,
// entity names only when they can be read, and WebGL where the browser has a graphics card to run it on.

import type { LayoutName } from './view-state.js';

export type RendererName = 'canvas' | 'webgl';
/** What WebGL the browser offers: on a graphics card, emulated on the processor (SwiftShader, llvmpipe), or none. */
export type WebglSupport = 'hardware' | 'software' | 'none';

/** Where each change starts. Elements are entities plus links. */
export const SCALE_THRESHOLDS = {
  /** Past this many links their labels go (they are in the evidence panel). */
  edgeLabelsUpToEdges: 400,
  /** From this many elements: the quick force layout instead of fcose, and no animation. */
  largeFromElements: 1500,
  /** From this many elements: straight links without arrows, names only when large enough to read, WebGL. */
  hugeFromElements: 4000,
} as const;

/** Steps of the quick force layout at each level: enough to settle a few thousand entities, fewer for more. */
const FORCE_STEPS = { most: 150, fewest: 50, budget: 200_000 } as const;

export interface ScaleSettings {
  tier: 'small' | 'large' | 'huge';
  renderer: RendererName;
  /** How the force-directed choice of the Layout menu is computed. */
  layout: 'fcose' | 'force';
  forceSteps: number;
  animate: boolean;
  edgeLabels: boolean;
  edgeCurve: 'bezier' | 'haystack';
  arrows: boolean;
  /** Entity names are drawn only when they would be at least this many pixels high. */
  nodeLabelMinPx: number;
  /**
   * Below that size names are taken off the entities, not just skipped when drawing: their sizes are not computed for a
   * view drawn whole, and WebGL, which would draw every name at any zoom, draws none.
   */
  namesByZoom: boolean;
  /** While panning and zooming, the canvas renderer moves a picture of the view instead of drawing it again. */
  textureOnViewport: boolean;
  /**
   * Betweenness visits every pair of entities (9 s for 5,000 elements here, minutes for 20,000): larger views are
   * ranked by degree instead, for sizes and the concentric layout.
   */
  betweenness: boolean;
}

export interface ViewSize {
  nodes: number;
  edges: number;
}

/**
 * The settings for a view of this size. `webgl` is asked only when WebGL could be chosen; `renderer` forces one (the
 * benchmark compares both at every size).
 */
export function scaleSettings(size: ViewSize, webgl: () => WebglSupport, renderer?: RendererName): ScaleSettings {
  const elements = size.nodes + size.edges;
  const tier = elements >= SCALE_THRESHOLDS.hugeFromElements ? 'huge' : elements >= SCALE_THRESHOLDS.largeFromElements ? 'large' : 'small';
  const huge = tier === 'huge';
  const steps = Math.round(FORCE_STEPS.budget / Math.max(1, size.nodes));
  const chosen = renderer ?? (huge && webgl() === 'hardware' ? 'webgl' : 'canvas');
  return {
    tier,
    renderer: chosen,
    layout: tier === 'small' ? 'fcose' : 'force',
    forceSteps: Math.min(FORCE_STEPS.most, Math.max(FORCE_STEPS.fewest, steps)),
    animate: tier === 'small',
    // Cytoscape 3.34's WebGL renderer breaks on a link label with no place yet (ends drawn on top of each other).
    edgeLabels: size.edges <= SCALE_THRESHOLDS.edgeLabelsUpToEdges && chosen !== 'webgl',
    edgeCurve: huge ? 'haystack' : 'bezier',
    arrows: !huge,
    nodeLabelMinPx: huge ? 9 : 7,
    namesByZoom: huge || chosen === 'webgl',
    textureOnViewport: huge && chosen === 'canvas',
    betweenness: tier === 'small',
  };
}

/** WebGL run by the processor is slower than the plain canvas; only a graphics card makes it worth it. */
export function webglSupportOf(rendererName: string | null): WebglSupport {
  if (rendererName === null) return 'none';
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(rendererName) ? 'software' : 'hardware';
}

/** One line for the benchmark's table; the force-directed layout's part only when that is the layout drawn. */
export function describeSettings(settings: ScaleSettings, drawnWith: LayoutName = 'fcose'): string {
  const layout = drawnWith !== 'fcose' ? drawnWith : settings.layout === 'force' ? `force layout ${settings.forceSteps} steps` : 'fcose';
  const links = [settings.edgeCurve, settings.arrows ? 'arrows' : 'no arrows', settings.edgeLabels ? 'link labels' : 'no link labels'].join(
    ', ',
  );
  const extras = [settings.animate ? 'animated' : '', settings.textureOnViewport ? 'texture on viewport' : ''].filter(Boolean);
  const names = `names from ${settings.nodeLabelMinPx}px${settings.namesByZoom ? ', taken off below' : ''}`;
  return [settings.renderer, layout, links, names, ...extras].join('; ');
}
