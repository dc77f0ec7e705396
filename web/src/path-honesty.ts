// What a traced path rests on: how many sources, and whether any one of them supports every step. A path joined from
// facts of different sources is not a connection any source states, and the page says so in words.
import { describePath } from '../../domain/paths.js';
import type { PathData, SourceSummary } from './api-types.js';

export interface PathVerdict {
  /** True when at least one source supports every step. */
  stated: boolean;
  sourceCount: number;
  commonSources: SourceSummary[];
  text: string;
}

/** The server's figures for a path, in the domain's words. */
export function pathVerdict(path: PathData): PathVerdict {
  const text = describePath({
    from: path.nodes[0]?.name ?? 'the start',
    to: path.nodes[path.nodes.length - 1]?.name ?? 'the end',
    steps: path.edges.length,
    sourceCount: path.sourceCount,
    common: path.commonSources,
  });
  return { stated: path.commonSources.length > 0, sourceCount: path.sourceCount, commonSources: path.commonSources, text };
}

/** Which nodes and links to draw as stated (some path through them is) and which as joined only. */
export function pathHighlights(paths: readonly PathData[]): { stated: Set<string>; joined: Set<string> } {
  const stated = new Set<string>();
  const joined = new Set<string>();
  for (const path of paths) {
    const target = pathVerdict(path).stated ? stated : joined;
    for (const element of [...path.nodes, ...path.edges]) target.add(element.id);
  }
  for (const id of stated) joined.delete(id);
  return { stated, joined };
}
