// Betweenness runs in a worker thread: the same scores as the function itself, while the event loop stays free.
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '../../domain/centrality.js';
import { betweennessInWorker } from '../../server/workers/run-in-worker.js';

describe('betweenness in a worker thread', () => {
  const nodes = Array.from({ length: 300 }, (_, i) => `n${i}`);
  const edges = nodes.flatMap((_, i) => [
    { source: `n${i}`, target: `n${(i * 7 + 3) % 300}` },
    { source: `n${i}`, target: `n${(i + 1) % 300}` },
  ]);

  it('gives the scores the function gives', async () => {
    const inWorker = await betweennessInWorker({ nodes, edges });
    const direct = betweennessCentrality({ nodes, edges });
    expect(inWorker.size).toBe(300);
    for (const [node, score] of direct) expect(inWorker.get(node)).toBeCloseTo(score, 12);
  });

  it('lets other work run while it counts', async () => {
    let ranMeanwhile = false;
    setImmediate(() => (ranMeanwhile = true));
    await betweennessInWorker({ nodes, edges });
    expect(ranMeanwhile).toBe(true);
  });

  it('fails with an error rather than hanging when the worker cannot compute', async () => {
    await expect(betweennessInWorker({ nodes: ['a'], edges: null as never })).rejects.toThrow();
  });
});
