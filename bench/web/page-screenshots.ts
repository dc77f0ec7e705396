// The page itself (web/, built as npm run build builds it) on a synthetic view, its API answered with that view, at a
// laptop's and a projector's size: a screenshot of each, to look at whether a large view still reads as a network, and
// the time from the view's answer arriving to the first frame drawn after the layout.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SubgraphData, Vocabulary } from '../../web/src/api-types.js';
import { buildPage, launchChromium, seedVocabulary, serve, type GraphqlAnswer } from './serve.js';
import { syntheticView } from './synthetic-view.js';

export const SCREEN_SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

export interface PageShot {
  size: number;
  nodes: number;
  edges: number;
  viewport: { width: number; height: number };
  file: string;
  /** From the view's answer received to the first frame drawn with the layout done, in the page as it is. */
  readyMs: number;
}

/** The few questions the page asks on opening a view, answered with the synthetic one. */
function answers(vocabulary: Vocabulary, view: SubgraphData): GraphqlAnswer {
  return ({ query }) => {
    const operation = /^\s*query\s+(\w+)/.exec(query)?.[1];
    if (operation === 'Vocabulary') return { data: { vocabulary } };
    if (operation === 'Neighbourhood') return { data: { neighbourhood: view } };
    if (operation === 'Suggestions') return { data: { centrality: { scores: view.nodes.slice(0, 6).map((entity) => ({ entity })) } } };
    return { errors: [{ message: `${operation ?? 'This request'} is not part of the screenshot`, extensions: { code: 'BAD_REQUEST' } }] };
  };
}

/** Remembers when the answer holding the view arrived (the page's own fetch, wrapped). */
const RECORD_ANSWER = `(() => {
  const fetchFromPage = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFromPage(input, init);
    if (typeof init?.body === 'string' && init.body.includes('query Neighbourhood')) window.viewAnsweredAt = performance.now();
    return response;
  };
})();`;

export async function screenshotPage(options: { sizes: readonly number[]; dir: string; seed?: number; log?: (line: string) => void }) {
  const { sizes, dir, seed = 1, log = () => {} } = options;
  mkdirSync(dir, { recursive: true });
  const vocabulary = seedVocabulary();
  const built = await buildPage();
  const browser = await launchChromium();
  const shots: PageShot[] = [];
  try {
    for (const size of sizes) {
      const view = syntheticView(
        size,
        { kinds: vocabulary.kinds.map((k) => k.name), relationshipTypes: vocabulary.relationshipTypes.map((t) => t.name) },
        seed,
      );
      const { url, close } = await serve(built.dir, answers(vocabulary, view));
      try {
        for (const viewport of SCREEN_SIZES) {
          const page = await browser.newPage({ viewport });
          await page.addInitScript(RECORD_ANSWER);
          await page.goto(`${url}?roots=${view.nodes[0]?.id ?? ''}`);
          await page.waitForFunction(
            (count) =>
              (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length === count &&
              !document.body.classList.contains('loading') &&
              !document.body.classList.contains('laying-out'),
            view.nodes.length,
            { timeout: 10 * 60_000 },
          );
          const readyMs = await page.evaluate(
            () =>
              new Promise<number>((resolve) =>
                requestAnimationFrame(() =>
                  requestAnimationFrame(() =>
                    resolve(performance.now() - (window as unknown as { viewAnsweredAt: number }).viewAnsweredAt),
                  ),
                ),
              ),
          );
          const file = path.join(dir, `scale-${size}-${viewport.width}.png`);
          await page.screenshot({ path: file });
          await page.close();
          shots.push({ size, nodes: view.nodes.length, edges: view.edges.length, viewport, file, readyMs: Math.round(readyMs) });
          log(`${size} elements at ${viewport.width}×${viewport.height}: ready ${Math.round(readyMs)} ms after the answer, ${file}`);
        }
      } finally {
        close();
      }
    }
  } finally {
    await browser.close();
    await built.remove();
  }
  return shots;
}
