// What a traced path rests on: how many sources, and whether any one of them supports every step. A path joined from
// facts of different sources is not a connection any source states, and the page says so in words.
import type { PathData, SourceSummary } from './api-types.js';

export interface PathVerdict {
  /** True when at least one source supports every step. */
  stated: boolean;
  sourceCount: number;
  commonSources: SourceSummary[];
  text: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function pathVerdict(path: PathData): PathVerdict {
  const count = path.sourceCount;
  const common = path.commonSources;
  const first = path.nodes[0]?.name ?? 'the start';
  const last = path.nodes[path.nodes.length - 1]?.name ?? 'the end';
  const facts = plural(path.edges.length, 'fact');
  if (common.length === 0) {
    return {
      stated: false,
      sourceCount: count,
      commonSources: [],
      text: `No source links ${first} to ${last}; this path joins ${facts} from ${plural(count, 'source')}.`,
    };
  }
  const titles = common.map((s) => `“${s.title}”`).join(', ');
  const who = common.length === 1 ? `One source, ${titles}, supports` : `${common.length} sources (${titles}) each support`;
  return {
    stated: true,
    sourceCount: count,
    commonSources: common,
    text: `${who} every step from ${first} to ${last} (${plural(count, 'source')} in all).`,
  };
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
