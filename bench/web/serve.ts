// What both front-end measurements need: a Vite build into a folder of its own, a static server for it (with the API
// answered by the caller, when asked), and Debian's headless Chromium — never a downloaded browser.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { readVocabulary } from '../../server/seed/read-dataset.js';
import { seedDir } from '../../server/paths.js';
import type { KindTerm, Vocabulary } from '../../web/src/api-types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUILDS = path.resolve(here, '../../.cache/bench-web');
// How Chromium is started is the browser tests' (one place): the benchmark starts it the same way.
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../../tests/e2e/browser.js';

/** Builds into a folder of its own (a test and a benchmark at the same time do not clobber each other); `remove` after. */
export async function buildInto(config: InlineConfig): Promise<{ dir: string; remove: () => Promise<void> }> {
  await mkdir(BUILDS, { recursive: true });
  const dir = await mkdtemp(path.join(BUILDS, 'run-'));
  await build({ logLevel: 'warn', ...config, build: { chunkSizeWarningLimit: 5000, ...config.build, outDir: dir, emptyOutDir: true } });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The benchmark page (harness/): the page's graph view alone, never part of web/dist. */
export function buildHarness() {
  return buildInto({ configFile: false, root: path.join(here, 'harness'), base: './' });
}

/** The page itself, built as `npm run build` builds it, elsewhere than web/dist. */
export function buildPage() {
  return buildInto({ configFile: path.resolve(here, '../../vite.config.ts') });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export type GraphqlAnswer = (request: { query: string; variables: Record<string, unknown> }) => unknown;

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Serves `root` on a free port of 127.0.0.1; POST /graphql is answered by `graphql`. */
export async function serve(root: string, graphql?: GraphqlAnswer): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer((request, response) => {
    const name = path.normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    if (name === '/graphql' && graphql && request.method === 'POST') {
      void body(request).then((text) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(graphql(JSON.parse(text) as { query: string; variables: Record<string, unknown> })));
      });
      return;
    }
    const file = path.join(root, name === '/' ? 'index.html' : name);
    readFile(file).then(
      (content) => {
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        response.end(content);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** The seeded vocabulary as the API serves it (Query.vocabulary). */
export function seedVocabulary(): Vocabulary {
  const vocabulary = readVocabulary(seedDir);
  const kinds: KindTerm[] = Object.entries(vocabulary.kinds).map(([name, kind]) => ({
    name,
    description: kind.description,
    color: kind.color,
    shape: kind.shape,
    subkinds: Object.entries(kind.subkinds).map(([sub, description]) => ({ name: sub, description })),
  }));
  const terms = (words: Record<string, string>) => Object.entries(words).map(([name, description]) => ({ name, description }));
  return {
    kinds,
    relationshipTypes: terms(vocabulary.relationships),
    roles: terms(vocabulary.roles),
    attributes: Object.entries(vocabulary.attributes).map(([name, a]) => ({
      name,
      description: a.description,
      multiValued: a.multiValued,
    })),
  };
}
