// The evidence behind what a slide shows: every entity, link and claim on it with its quotes, numbered against the
// slide's own list of sources, contradictions with all their values. What the presentation lists and the published
// story and its handout print.
import type { ExportEdge, ExportGraph, ExportNode } from './export/graph-data.js';
import { otherValues } from './records.js';
import { sourceNumbering, type NumberedQuote, type NumberedSource } from './source-list.js';

export interface EvidenceItem {
  /** What the quotes support, in words: "Larisa Kharkova", "Larisa Kharkova — MEMBER_OF → KNPRK", "sentence: 4 years". */
  label: string;
  quotes: NumberedQuote[];
  /** For a claim that sources contradict: the other values they give. */
  otherValues: string[];
}

export interface SlideEvidence {
  items: EvidenceItem[];
  sources: NumberedSource[];
}

const byName = (a: ExportNode, b: ExportNode) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export function slideEvidence(graph: ExportGraph): SlideEvidence {
  const { sources, quotes } = sourceNumbering();
  const nodes = [...graph.nodes].sort(byName);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const isMultiValued = (attribute: string) => graph.multiValued.includes(attribute);
  const items: EvidenceItem[] = nodes.map((n) => ({ label: n.name, quotes: quotes(n.citations), otherValues: [] }));
  const edgeLabel = (e: ExportEdge) => `${name(e.source.id)} — ${e.type}${e.role ? ` (${e.role})` : ''} → ${name(e.target.id)}`;
  for (const e of graph.edges) items.push({ label: edgeLabel(e), quotes: quotes(e.citations), otherValues: [] });
  for (const n of nodes) {
    const claims = n.claims ?? [];
    const others = otherValues(claims, isMultiValued);
    for (const claim of claims)
      items.push({
        label: `${n.name}: ${claim.attribute}: ${claim.value}`,
        quotes: quotes(claim.citations),
        otherValues: others.get(claim) ?? [],
      });
  }
  return { items, sources };
}

/** A source as one line of a list: title, publisher, date. */
export function sourceLine(source: NumberedSource): string {
  return [source.title ?? source.id, source.publisher, source.date].filter(Boolean).join(', ');
}
