// The network as a whole: overviews and centrality.
import { betweennessCentrality, degreeCentrality } from '../../domain/centrality.js';
import type { Database } from '../db/database.js';
import { toSubgraph, type Entity, type Subgraph } from './model.js';
import type { SubgraphLimits } from './network.js';

export async function findOverview(db: Database, limits: SubgraphLimits): Promise<Subgraph> {
  const [record] = await db.read('analytics/network', { ...limits });
  if (!record) return { nodes: [], edges: [], truncated: false };
  return toSubgraph(record.get('nodes'), record.get('edges'), record.get('truncated') === true);
}

export interface CentralityScore {
  entity: Entity;
  degree: number;
  betweenness: number;
}

export type CentralityMeasure = 'DEGREE' | 'BETWEENNESS';

/** Scores over the overview graph; `approximate` when that graph was cut by the caps. */
export function rankByCentrality(
  graph: Subgraph,
  measure: CentralityMeasure,
  kinds: string[] | null,
  first: number,
): { scores: CentralityScore[]; approximate: boolean } {
  const shape = { nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => ({ source: e.source.id, target: e.target.id })) };
  const degree = degreeCentrality(shape);
  const betweenness = betweennessCentrality(shape);
  const scores = graph.nodes
    .filter((entity) => !kinds || kinds.includes(entity.kind))
    .map((entity) => ({ entity, degree: degree.get(entity.id) ?? 0, betweenness: betweenness.get(entity.id) ?? 0 }))
    .sort((a, b) =>
      measure === 'DEGREE' ? b.degree - a.degree || b.betweenness - a.betweenness : b.betweenness - a.betweenness || b.degree - a.degree,
    )
    .slice(0, first);
  return { scores, approximate: graph.truncated };
}
