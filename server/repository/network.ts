// Neighbourhoods and paths: bounded subgraphs around entities.
import type { Database } from '../db/database.js';
import { toSubgraph, type Subgraph } from './model.js';

export interface SubgraphLimits {
  nodeCap: number;
  edgeCap: number;
}

/** Null when the root entity does not exist. */
export async function findNeighbourhood(db: Database, id: string, depth: number, limits: SubgraphLimits): Promise<Subgraph | null> {
  const [record] = await db.read('network/neighbourhood', { id, depth, ...limits });
  if (!record) return null;
  return toSubgraph(record.get('nodes'), record.get('edges'), record.get('truncated') === true);
}
