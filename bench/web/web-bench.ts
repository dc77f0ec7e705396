// The front end at scale: builds the benchmark page (harness/) with Vite, serves it, and in Debian's headless
// Chromium draws synthetic views of each size with each renderer, measuring the time to the first frame and the frame
// rate while panning and zooming. One fresh page per view, so no measurement inherits another's caches.
import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { readVocabulary } from '../../server/seed/read-dataset.js';
import { seedDir } from '../../server/paths.js';
import type { KindTerm } from '../../web/src/api-types.js';
import { describeSettings, type RendererName, type WebglSupport } from '../../web/src/graph-scale.js';
import type { LayoutName } from '../../web/src/view-state.js';
import type { DrawRequest, WebBenchPage } from './harness-api.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUILDS = path.resolve(here, '../../.cache/bench-web');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** --disable-gpu: WebGL runs on SwiftShader, on the processor. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface WebBenchOptions {
  sizes: readonly number[];
  renderers?: readonly RendererName[];
  layouts?: readonly LayoutName[];
  /** How long each pan and each zoom lasts. */
  measureMs?: number;
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
  firstDrawMs: number;
  panFps: number;
  zoomFps: number;
  slowestPanFrameMs: number;
  slowestZoomFrameMs: number;
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

/** Each run builds into its own folder, so a test and a benchmark at the same time do not clobber each other. */
async function buildHarness(): Promise<string> {
  await mkdir(BUILDS, { recursive: true });
  const outDir = await mkdtemp(path.join(BUILDS, 'run-'));
  await build({
    configFile: false,
    root: path.join(here, 'harness'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function serveHarness(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = path.normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = path.join(root, name === '/' ? 'index.html' : name);
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` };
}

function seedVocabulary(): Pick<DrawRequest, 'kinds' | 'relationshipTypes'> {
  const vocabulary = readVocabulary(seedDir);
  const kinds: KindTerm[] = Object.entries(vocabulary.kinds).map(([name, kind]) => ({
    name,
    description: kind.description,
    color: kind.color,
    shape: kind.shape,
    subkinds: Object.entries(kind.subkinds).map(([sub, description]) => ({ name: sub, description })),
  }));
  return { kinds, relationshipTypes: Object.keys(vocabulary.relationships) };
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
  const viewport = options.viewport ?? { width: 1366, height: 768 };
  const log = options.log ?? (() => {});
  const built = await buildHarness();
  const { server, url } = await serveHarness(built);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: WebBenchRow[] = [];
  try {
    const vocabulary = seedVocabulary();
    for (const size of sizes)
      for (const layout of layouts)
        for (const renderer of renderers) {
          const { drawn, panned, zoomed } = await measureOne(
            browser,
            url,
            { elements: size, seed, renderer, layout, ...vocabulary },
            { measureMs, viewport },
          );
          const row: WebBenchRow = {
            size,
            renderer,
            layout,
            nodes: drawn.nodes,
            edges: drawn.edges,
            firstDrawMs: Math.round(drawn.firstDrawMs),
            panFps: Math.round(panned.fps * 10) / 10,
            zoomFps: Math.round(zoomed.fps * 10) / 10,
            slowestPanFrameMs: Math.round(panned.slowestFrameMs),
            slowestZoomFrameMs: Math.round(zoomed.slowestFrameMs),
            settings: describeSettings(drawn.settings),
            webgl: drawn.webgl,
            pageRenderer: drawn.pageRenderer,
          };
          rows.push(row);
          log(`${size} ${renderer} ${layout}: first draw ${row.firstDrawMs} ms, pan ${row.panFps} fps, zoom ${row.zoomFps} fps`);
        }
  } finally {
    await browser.close();
    server.close();
    await rm(built, { recursive: true, force: true });
  }
  return { rows, markdown: markdownTable(rows, viewport) };
}

export function markdownTable(
  rows: readonly WebBenchRow[],
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): string {
  const lines = [
    '| Elements | Renderer | Layout | Nodes | Edges | First draw (ms) | Pan (fps) | Zoom (fps) | Settings chosen |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) =>
      [
        r.size,
        r.renderer === 'webgl' && r.webgl === 'software' ? 'webgl (SwiftShader)' : r.renderer,
        r.layout,
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
    `Headless Chromium (${CHROMIUM_ARGS.join(' ')}), ${viewport.width}×${viewport.height}; WebGL here: ${webgl}` +
      (webgl === 'software' ? ' (SwiftShader: the GPU is disabled, so WebGL is emulated on the processor)' : '') +
      `. The page left to itself draws with — ${pageChoice}.`,
  ].join('\n');
}
