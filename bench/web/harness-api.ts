// What the benchmark page (harness/) offers the runner as window.webBench; shared types only.
import type { KindTerm } from '../../web/src/api-types.js';
import type { RendererName, ScaleSettings, WebglSupport } from '../../web/src/graph-scale.js';
import type { LayoutName } from '../../web/src/view-state.js';

export interface DrawRequest {
  elements: number;
  seed: number;
  kinds: KindTerm[];
  relationshipTypes: string[];
  renderer: RendererName;
  layout: LayoutName;
}

export interface DrawResult {
  nodes: number;
  edges: number;
  /** From the API's answer in hand to the first frame drawn with the layout done. */
  firstDrawMs: number;
  /** Where that time went: elements added, classes and sizes set, layout (with its animation), the frame itself. */
  phases: { elementsMs: number; classesMs: number; layoutMs: number; frameMs: number };
  settings: ScaleSettings;
  /** What runs WebGL in this browser. */
  webgl: WebglSupport;
  /** What the page would draw this view with here, left to itself. */
  pageRenderer: RendererName;
}

export interface FrameRate {
  fps: number;
  frames: number;
  slowestFrameMs: number;
}

export interface WebBenchPage {
  draw(request: DrawRequest): Promise<DrawResult>;
  /** Drags the view in a circle with the mouse for `ms`. */
  pan(ms: number): Promise<FrameRate>;
  /** Zooms in three times over with the mouse wheel and back out, for `ms`. */
  zoom(ms: number): Promise<FrameRate>;
}
