// Neighbourhoods and paths: bounded subgraphs around entities.
import { pathEvidence } from '../../domain/paths.js';
import type { Database } from '../db/database.js';
import { toNumber } from '../db/values.js';
import type { FilterParams } from '../graph-filter.js';
import { subgraphFromRows, toSubgraph, type Path, type Subgraph } from './model.js';

export interface SubgraphLimits {
  nodeCap: number;
  edgeCap: number;
}

/** Null when the root entity does not exist. */
export async function findNeighbourhood(
  db: Database,
  id: string,
  depth: number,
  filter: FilterParams,
  limits: SubgraphLimits,
): Promise<Subgraph | null> {
  const records = await db.read('network/neighbourhood', { id, depth, ...filter, ...limits });
  return records.length === 0 ? null : subgraphFromRows(records);
}

export interface PathQuery {
  fromId: string;
  toId: string;
  maxHops: number;
  first: number;
  avoidKinds: string[] | null;
  throughKinds: string[] | null;
}

export async function findPaths(db: Database, query: PathQuery, filter: FilterParams): Promise<Path[]> {
  const narrow = query.first <= 3 && query.throughKinds === null;
  const records = await db.read(narrow ? 'network/paths' : 'network/paths-wide', { ...query, ...filter });
  return records.map((record) => {
    const { nodes, edges } = toSubgraph(record.get('nodes'), record.get('edges'), false);
    const evidence = pathEvidence(edges);
    return { nodes, edges, length: toNumber(record.get('length')), sourceCount: evidence.sources.length, commonSources: evidence.common };
  });
}
