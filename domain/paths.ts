// What a path rests on: how many sources its steps cite, and which (if any) support every step. A path that no single
// source supports joins facts from different sources; it must never read as a connection some source states. The API
// computes the figures, the page says them in these words.

export interface PathEvidence<S> {
  /** Every distinct source cited along the path, in order of first appearance. */
  sources: S[];
  /** The sources that support every step. */
  common: S[];
}

export function pathEvidence<S extends { id: string }>(steps: readonly { citations: readonly { source: S }[] }[]): PathEvidence<S> {
  const sources = new Map<string, S>();
  for (const step of steps) for (const c of step.citations) if (!sources.has(c.source.id)) sources.set(c.source.id, c.source);
  const common = [...sources.values()].filter((s) => steps.every((step) => step.citations.some((c) => c.source.id === s.id)));
  return { sources: [...sources.values()], common };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface PathSummary {
  from: string;
  to: string;
  steps: number;
  sourceCount: number;
  common: readonly { id: string; title?: string | null }[];
}

/** One sentence on what a path rests on, for people: said plainly when no source links its two ends. */
export function describePath({ from, to, steps, sourceCount, common }: PathSummary): string {
  const facts = plural(steps, 'fact');
  if (common.length === 0) return `No source links ${from} to ${to}; this path joins ${facts} from ${plural(sourceCount, 'source')}.`;
  const titles = common.map((s) => `“${s.title ?? s.id}”`).join(', ');
  const who = common.length === 1 ? `One source, ${titles}, supports` : `${common.length} sources (${titles}) each support`;
  return `${who} every step from ${from} to ${to} (${plural(sourceCount, 'source')} in all).`;
}
