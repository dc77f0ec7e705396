// Runs CPU-heavy analytics in a worker thread: the event loop stays free for every other request meanwhile. One worker
// is started on first use and kept (unreferenced, so it never holds the process open); requests queue in it.
import { Worker } from 'node:worker_threads';
import type { GraphShape } from '../../domain/centrality.js';

/**
 * A worker's bootstrap: it registers tsx's loader itself (Node 20 does not pass the parent's module hooks to
 * workers), then loads the TypeScript entry.
 */
export function typeScriptWorker(entry: URL, workerData?: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

interface Pending {
  resolve: (scores: Map<string, number>) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let serial = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = null;
}

function betweennessWorker(): Worker {
  if (worker) return worker;
  const started = typeScriptWorker(new URL('./betweenness.ts', import.meta.url));
  started.unref();
  started.on('message', (message: { id: number; scores?: [string, number][]; error?: string }) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiting?.reject(new Error(`betweenness failed: ${message.error}`));
    else waiting?.resolve(new Map(message.scores));
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => failAll(new Error(`the betweenness worker exited with code ${code}`)));
  worker = started;
  return started;
}

/** Betweenness of every node of `graph`, computed in the worker thread. */
export function betweennessInWorker(graph: GraphShape): Promise<Map<string, number>> {
  const id = ++serial;
  const running = betweennessWorker();
  running.ref(); // held open while an answer is awaited
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    running.postMessage({ id, graph: { nodes: graph.nodes, edges: graph.edges.map(({ source, target }) => ({ source, target })) } });
  });
}
