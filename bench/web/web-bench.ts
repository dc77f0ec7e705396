// The front end at scale: builds the benchmark page (harness/) with Vite, serves it, and in Debian's headless
// Chromium draws synthetic views of each size with each renderer, measuring the time to the first frame and the frame
// rate while panning and zooming. One fresh page per view, so no measurement inherits another's caches.
import type { Browser } from 'playwright-core';
import { describeSettings, type RendererName, type WebglSupport } from '../../web/src/graph-scale.js';
import type { LayoutName } from '../../web/src/view-state.js';
import type { DrawRequest, DrawResult, WebBenchPage } from './harness-api.js';
import { buildHarness, CHROMIUM_ARGS, launchChromium, seedVocabulary, serve } from './serve.js';

export interface WebBenchOptions {
  sizes: readonly number[];
  renderers?: readonly RendererName[];
  layouts?: readonly LayoutName[];
  /** How long each pan and each zoom lasts. */
  measureMs?: number;
  /** Each view is measured this many times, each in a fresh page; the table gives the medians. */
  runs?: number;
  seed?: number;
  viewport?: { width: number; height: number };
  log?: (line: string) => void;
}

export interface WebBenchRow {
  size: number;
  renderer: RendererName;
  layout: LayoutName;
  nodes: number;
  edges: number;
  /** Medians of the runs. */
  firstDrawMs: number;
  panFps: number;
  zoomFps: number;
  slowestPanFrameMs: number;
  slowestZoomFrameMs: number;
  /** Where the median first draw's time went: elements added, classes set, layout, the frame itself. */
  phases: DrawResult['phases'];
  /** Every run's measurements, in the order they were made. */
  samples: { firstDrawMs: number[]; panFps: number[]; zoomFps: number[] };
  /** The settings the view chose for this size (graph-scale.ts), in words. */
  settings: string;
  webgl: WebglSupport;
  /** The renderer the page itself would pick for this size on this machine. */
  pageRenderer: RendererName;
}

export interface WebBenchReport {
  rows: WebBenchRow[];
  markdown: string;
}

/** How long one view may take, drawing and measuring included, before the run gives up on it. */
const VIEW_TIMEOUT_MS = 10 * 60_000;

async function measureOne(
  browser: Browser,
  url: string,
  request: DrawRequest,
  options: Required<Pick<WebBenchOptions, 'measureMs' | 'viewport'>>,
) {
  const page = await browser.newPage({ viewport: options.viewport });
  // An error in the page would leave a measurement waiting for ever: it fails the run instead, as does a view that hangs.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (error) => reject(new Error(`The benchmark page failed: ${error.message}`)));
    timer = setTimeout(
      () => reject(new Error(`A view of ${request.elements} elements took over ${VIEW_TIMEOUT_MS / 60_000} minutes`)),
      VIEW_TIMEOUT_MS,
    );
  });
  const inPage = <T>(work: Promise<T>) => Promise.race([work, failed]);
  try {
    await page.goto(url);
    await inPage(page.waitForFunction(() => document.body.dataset.ready === 'true'));
    const drawn = await inPage(page.evaluate((r) => (window as unknown as { webBench: WebBenchPage }).webBench.draw(r), request));
    const panned = await inPage(
      page.evaluate((ms) => (window as unknown as { webBench: WebBenchPage }).webBench.pan(ms), options.measureMs),
    );
    const zoomed = await inPage(
      page.evaluate((ms) => (window as unknown as { webBench: WebBenchPage }).webBench.zoom(ms), options.measureMs),
    );
    return { drawn, panned, zoomed };
  } finally {
    clearTimeout(timer);
    failed.catch(() => {});
    await page.close();
  }
}

export async function runWebBench(options: WebBenchOptions): Promise<WebBenchReport> {
  const { sizes, renderers = ['canvas', 'webgl'], layouts = ['fcose'], measureMs = 3000, seed = 1 } = options;
  const runs = Math.max(1, options.runs ?? 3);
  const viewport = options.viewport ?? { width: 1366, height: 768 };
  const log = options.log ?? (() => {});
  const built = await buildHarness();
  const { url, close } = await serve(built.dir);
  const browser = await launchChromium();
  const rows: WebBenchRow[] = [];
  try {
    const { kinds, relationshipTypes } = seedVocabulary();
    const vocabulary = { kinds, relationshipTypes: relationshipTypes.map((t) => t.name) };
    for (const size of sizes)
      for (const layout of layouts)
        for (const renderer of renderers) {
          const measured: Run[] = [];
          for (let run = 0; run < runs; run++)
            measured.push(
              await measureOne(browser, url, { elements: size, seed, renderer, layout, ...vocabulary }, { measureMs, viewport }),
            );
          const row = summarise(size, renderer, layout, measured);
          rows.push(row);
          log(`${size} ${renderer} ${layout}: first draw ${row.firstDrawMs} ms, pan ${row.panFps} fps, zoom ${row.zoomFps} fps`);
        }
  } finally {
    await browser.close();
    close();
    await built.remove();
  }
  return { rows, markdown: markdownTable(rows, viewport, runs) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

type Run = Awaited<ReturnType<typeof measureOne>>;

function summarise(size: number, renderer: RendererName, layout: LayoutName, runs: readonly Run[]): WebBenchRow {
  const draws = runs.map((r) => r.drawn.firstDrawMs);
  const middle = [...runs].sort((a, b) => a.drawn.firstDrawMs - b.drawn.firstDrawMs)[Math.floor((runs.length - 1) / 2)] ?? runs[0];
  if (!middle) throw new Error('No run to summarise');
  const { drawn } = middle;
  const round = (n: number, places = 0) => Math.round(n * 10 ** places) / 10 ** places;
  return {
    size,
    renderer,
    layout,
    nodes: drawn.nodes,
    edges: drawn.edges,
    firstDrawMs: round(median(draws)),
    panFps: round(median(runs.map((r) => r.panned.fps)), 1),
    zoomFps: round(median(runs.map((r) => r.zoomed.fps)), 1),
    slowestPanFrameMs: round(median(runs.map((r) => r.panned.slowestFrameMs))),
    slowestZoomFrameMs: round(median(runs.map((r) => r.zoomed.slowestFrameMs))),
    phases: {
      elementsMs: round(drawn.phases.elementsMs),
      classesMs: round(drawn.phases.classesMs),
      layoutMs: round(drawn.phases.layoutMs),
      frameMs: round(drawn.phases.frameMs),
    },
    samples: {
      firstDrawMs: draws.map((d) => round(d)),
      panFps: runs.map((r) => round(r.panned.fps, 1)),
      zoomFps: runs.map((r) => round(r.zoomed.fps, 1)),
    },
    settings: describeSettings(drawn.settings, layout),
    webgl: drawn.webgl,
    pageRenderer: drawn.pageRenderer,
  };
}

const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'force-directed',
  concentric: 'concentric',
  hierarchical: 'hierarchical',
  timeline: 'time-ordered',
  map: 'map',
};

export function markdownTable(
  rows: readonly WebBenchRow[],
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
  runs = 1,
): string {
  const lines = [
    '| Elements | Renderer | Layout | Nodes | Edges | First draw (ms) | Pan (fps) | Zoom (fps) | Settings chosen |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) =>
      [
        r.size,
        r.renderer === 'webgl' && r.webgl === 'software' ? 'webgl (SwiftShader)' : r.renderer,
        LAYOUT_LABELS[r.layout],
        r.nodes,
        r.edges,
        r.firstDrawMs,
        r.panFps,
        r.zoomFps,
        r.settings,
      ].join(' | '),
    ),
  ].map((line) => (line.startsWith('|') ? line : `| ${line} |`));
  const webgl = rows[0]?.webgl ?? 'none';
  const pageChoice = [...new Set(rows.map((r) => `${r.size}: ${r.pageRenderer}`))].join(', ');
  return [
    ...lines,
    '',
    `Medians of ${runs} run${runs === 1 ? '' : 's'}, each in a fresh page. ` +
      `Headless Chromium (${CHROMIUM_ARGS.join(' ')}), ${viewport.width}×${viewport.height}; WebGL here: ${webgl}` +
      (webgl === 'software' ? ' (SwiftShader: the GPU is disabled, so WebGL is emulated on the processor)' : '') +
      `. The page left to itself draws with — ${pageChoice}.`,
  ].join('\n');
}
