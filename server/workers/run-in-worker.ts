// Runs CPU-heavy analytics in a worker thread: the event loop stays free for every other request meanwhile.
import { Worker } from 'node:worker_threads';
import type { GraphShape } from '../../domain/centrality.js';

/**
 * A worker's bootstrap: it registers tsx's loader itself (Node 20 does not pass the parent's module hooks to
 * workers), then loads the TypeScript entry.
 */
function typeScriptWorker(entry: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Betweenness of every node of `graph`, computed in a worker thread. */
export function betweennessInWorker(graph: GraphShape): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const worker = typeScriptWorker(new URL('./betweenness.ts', import.meta.url), {
      nodes: graph.nodes,
      edges: graph.edges.map(({ source, target }) => ({ source, target })),
    });
    worker.once('message', (entries: [string, number][]) => resolve(new Map(entries)));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the betweenness worker exited with code ${code}`));
    });
  });
}
