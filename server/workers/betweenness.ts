// Worker thread entry: computes betweenness for the graph it is given and posts the scores back. Run by
// run-in-worker.ts, so the server's event loop keeps answering while it counts (seconds at a few thousand entities).
import { parentPort, workerData } from 'node:worker_threads';
import { betweennessCentrality, type GraphShape } from '../../domain/centrality.js';

const scores = betweennessCentrality(workerData as GraphShape);
parentPort?.postMessage([...scores]);
