// The benchmark page: the page's own graph view (web/src/graph-view.ts) on a synthetic view, drawn as main.ts draws
// one, then panned and zoomed with mouse events as a reader would. Built only for the benchmark, never into web/dist.
import type { DrawRequest, DrawResult, FrameRate, WebBenchPage } from '../harness-api.js';
import { unionElements } from '../../../web/src/graph-elements.js';
import { scaleSettings } from '../../../web/src/graph-scale.js';
import { GraphView } from '../../../web/src/graph-view.js';
import { probeWebgl } from '../../../web/src/webgl-probe.js';
import { syntheticView } from '../synthetic-view.js';

const container = document.getElementById('graph') as HTMLElement;
let graph: GraphView | null = null;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function draw(request: DrawRequest): Promise<DrawResult> {
  if (graph) throw new Error('One view per page: open a new page for the next one');
  const webgl = probeWebgl();
  const view = syntheticView(
    request.elements,
    { kinds: request.kinds.map((k) => k.name), relationshipTypes: request.relationshipTypes },
    request.seed,
  );
  const kindOrder = request.kinds.map((k) => k.name);
  graph = new GraphView(container, { renderer: request.renderer, webgl });
  graph.setKinds(request.kinds);
  await nextFrame();

  // The API's answer is in hand: from here on, what main.ts's draw() does with it, then the first frame.
  const start = performance.now();
  const phases = { elementsMs: 0, classesMs: 0, layoutMs: 0, frameMs: 0 };
  let lap = start;
  const record = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] = now - lap;
    lap = now;
  };
  graph.setElements(unionElements([view], new Set()));
  record('elementsMs');
  graph.applyFilters({ kinds: [], types: [], from: null, to: null, hideOutside: false, undated: 'keep' });
  graph.setSizes('none');
  graph.setPinned([]);
  graph.highlight(new Set(), new Set());
  record('classesMs');
  await graph.runLayout(request.layout, [view.nodes[0]?.id ?? ''], kindOrder);
  record('layoutMs');
  // Cytoscape draws in its own animation-frame callback; the second frame from here starts after that one is painted.
  await nextFrame();
  await nextFrame();
  record('frameMs');
  const firstDrawMs = performance.now() - start;

  const size = { nodes: view.nodes.length, edges: view.edges.length };
  return {
    ...size,
    firstDrawMs,
    phases,
    settings: graph.scale,
    webgl,
    pageRenderer: scaleSettings(size, () => webgl).renderer,
  };
}

/** Calls `step` every frame for `ms` and counts the frames the browser managed. */
function everyFrame(ms: number, step: (elapsed: number, sinceLast: number) => void): Promise<FrameRate> {
  return new Promise((resolve) => {
    let start = -1;
    let last = 0;
    let frames = 0;
    let slowest = 0;
    const tick = (now: number) => {
      if (start < 0) {
        start = last = now;
      } else {
        frames += 1;
        slowest = Math.max(slowest, now - last);
      }
      const elapsed = now - start;
      if (elapsed >= ms) {
        resolve({ fps: (frames * 1000) / elapsed, frames, slowestFrameMs: slowest });
        return;
      }
      step(elapsed, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function mouse(type: string, target: EventTarget, x: number, y: number): void {
  target.dispatchEvent(
    new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: 1 }),
  );
}

/** A point of the canvas with no entity under it, so pressing there drags the view rather than an entity. */
function emptyPoint(): { x: number; y: number } {
  if (!graph) throw new Error('Draw a view first');
  const cy = graph.cy;
  const box = container.getBoundingClientRect();
  const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
  for (let fraction = 0.5; fraction < 1; fraction += 0.02)
    for (const [fx, fy] of [
      [fraction, 0.5],
      [1 - fraction, 0.5],
      [0.5, fraction],
      [0.5, 1 - fraction],
    ] as const) {
      const x = box.width * fx;
      const y = box.height * fy;
      if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4)) return { x: box.left + x, y: box.top + y };
    }
  return { x: box.left + 5, y: box.top + 5 };
}

async function pan(ms: number): Promise<FrameRate> {
  const start = emptyPoint();
  const target = document.elementFromPoint(start.x, start.y) ?? container;
  const radius = 120;
  mouse('mousedown', target, start.x, start.y);
  const rate = await everyFrame(ms, (elapsed) => {
    const angle = (elapsed / 2000) * 2 * Math.PI;
    mouse('mousemove', target, start.x + radius * Math.cos(angle) - radius, start.y + radius * Math.sin(angle));
  });
  mouse('mouseup', window, start.x, start.y);
  return rate;
}

async function zoom(ms: number): Promise<FrameRate> {
  const box = container.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  const target = document.elementFromPoint(x, y) ?? container;
  // Wheel deltas proportional to the time since the last frame: three times closer by half-time, then back out.
  const perMs = (Math.log10(3) * 250) / 0.3 / (ms / 2);
  const rate = await everyFrame(ms, (elapsed, sinceLast) => {
    const deltaY = (elapsed < ms / 2 ? -1 : 1) * perMs * Math.max(sinceLast, 1);
    target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY, deltaMode: 0 }));
  });
  return rate;
}

const api: WebBenchPage = { draw, pan, zoom };
(window as unknown as { webBench: WebBenchPage }).webBench = api;
// As on the page: the Cytoscape instance as window.cy, for looking into a run from the console.
Object.defineProperty(window, 'cy', { get: () => graph?.cy });
document.body.dataset.ready = 'true';
