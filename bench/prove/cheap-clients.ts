// The soak's cheap readers, in a thread of their own (bench/prove/soak.ts): told the server, the ids to read and their
// client numbers when started, they say "ready", then run the window they are sent and post back every sample.
import { parentPort, workerData } from 'node:worker_threads';
import { cheapOperations, runClients } from './soak.js';
import { graphqlClient } from './target.js';

const { url, ids, indexes } = workerData as { url: string; ids: string[]; indexes: number[] };
const port = parentPort!;
port.once('message', (window: { began: number; end: number; thinkMs: number }) => {
  void runClients('cheap', cheapOperations(graphqlClient(url), ids), indexes, window).then((result) => port.postMessage(result));
});
port.postMessage('ready');
