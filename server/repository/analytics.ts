// The network as a whole: overviews and centrality. Both rank every entity by degree — a scan of the graph — so the
// ranking is computed once and shared until the next write (db/global-cache.ts); centrality ranks ids alone and
// projects only the entities it returns; betweenness is computed only when asked for, once per ranking, in a worker
// thread so that other requests are answered meanwhile.
import { degreeCentrality, type GraphShape } from '../../domain/centrality.js';
import type { Database } from '../db/database.js';
import { cachedGlobal } from '../db/global-cache.js';
import { betweennessInWorker } from '../workers/run-in-worker.js';
import { findEntitiesByIds } from './entities.js';
import { subgraphFromRows, type Entity, type Subgraph } from './model.js';
import type { SubgraphLimits } from './network.js';

interface Ranking extends GraphShape {
  kinds: Map<string, string>;
  truncated: boolean;
}

function ranking(db: Database, limits: SubgraphLimits): Promise<Ranking> {
  return cachedGlobal(db, `analytics/ranking:${limits.nodeCap}:${limits.edgeCap}`, async () => {
    const [record] = await db.read('analytics/ranking', { ...limits });
    const nodes = (record?.get('nodes') ?? []) as { id: string; kind: string }[];
    return {
      nodes: nodes.map((n) => n.id),
      kinds: new Map(nodes.map((n) => [n.id, n.kind])),
      edges: (record?.get('edges') ?? []) as { source: string; target: string }[],
      truncated: record?.get('truncated') === true,
    };
  });
}

export function findOverview(db: Database, limits: SubgraphLimits): Promise<Subgraph> {
  return cachedGlobal(db, `analytics/overview:${limits.nodeCap}:${limits.edgeCap}`, async () => {
    const ranked = await ranking(db, limits);
    if (ranked.nodes.length === 0) return { nodes: [], edges: [], truncated: false };
    return subgraphFromRows(await db.read('analytics/network', { ids: ranked.nodes, edgeCap: limits.edgeCap }), ranked.truncated);
  });
}

export interface CentralityScore {
  entity: Entity;
  degree: number;
  /** Computed on first use, once per ranking. */
  betweenness: () => Promise<number>;
}

export type CentralityMeasure = 'DEGREE' | 'BETWEENNESS';

/** Scores over the best-connected part of the network; `approximate` when that part was cut by the caps. */
export async function rankByCentrality(
  db: Database,
  limits: SubgraphLimits,
  measure: CentralityMeasure,
  kinds: string[] | null,
  first: number,
): Promise<{ scores: CentralityScore[]; approximate: boolean }> {
  const ranked = await ranking(db, limits);
  const degree = degreeCentrality(ranked);
  const betweenness = () =>
    cachedGlobal(db, `analytics/betweenness:${limits.nodeCap}:${limits.edgeCap}`, () => betweennessInWorker(ranked));
  const between = measure === 'BETWEENNESS' ? await betweenness() : null;
  const top = ranked.nodes
    .filter((id) => !kinds || kinds.includes(ranked.kinds.get(id) ?? ''))
    .map((id) => ({ id, degree: degree.get(id) ?? 0, betweenness: between?.get(id) ?? 0 }))
    .sort((a, b) => (measure === 'DEGREE' ? b.degree - a.degree : b.betweenness - a.betweenness || b.degree - a.degree))
    .slice(0, first);
  const entities = await findEntitiesByIds(
    db,
    top.map((t) => t.id),
  );
  const scores = top.flatMap(({ id, degree: d }) => {
    const entity = entities.get(id);
    return entity ? [{ entity, degree: d, betweenness: async () => (await betweenness()).get(id) ?? 0 }] : [];
  });
  return { scores, approximate: ranked.truncated };
}
