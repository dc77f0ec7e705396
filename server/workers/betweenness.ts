// Worker thread entry: computes betweenness for each graph it is sent and posts the scores back with the request's
// number. Kept running by run-in-worker.ts, so the server's event loop keeps answering while it counts (seconds at a
// few thousand entities) and the worker is started — TypeScript loaded — once, not per request.
import { parentPort } from 'node:worker_threads';
import { betweennessCentrality, type GraphShape } from '../../domain/centrality.js';

parentPort?.on('message', ({ id, graph }: { id: number; graph: GraphShape }) => {
  try {
    parentPort?.postMessage({ id, scores: [...betweennessCentrality(graph)] });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
