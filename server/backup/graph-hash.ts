// A SHA-256 over a whole graph that does not depend on Neo4j's internal ids or on the order things are read in: two
// graphs have the same hash when they hold the same nodes (labels and properties, with their types) joined by the same
// relationships (type and properties). A node is known by its content and, to tell apart nodes whose content is the
// same, by the relationships around it (one round of Weisfeiler-Lehman refinement).
import { createHash } from 'node:crypto';
import type { EncodedProperties } from './encode-values.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so equal values always give equal text. Encoded values hold no undefined or NaN. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface GraphHash {
  hash: string;
  nodes: number;
  relationships: number;
}

/** Collects nodes and relationships (keyed by any id unique within one read) and hashes them. */
export class GraphHasher {
  private readonly nodes = new Map<string, string>();
  private readonly relationships: { from: string; to: string; content: string }[] = [];

  addNode(key: string, labels: readonly string[], properties: EncodedProperties): void {
    this.nodes.set(key, sha256(canonicalJson({ labels: [...labels].sort(), properties })));
  }

  addRelationship(from: string, to: string, type: string, properties: EncodedProperties): void {
    this.relationships.push({ from, to, content: sha256(canonicalJson({ type, properties })) });
  }

  digest(): GraphHash {
    const around = new Map<string, string[]>([...this.nodes.keys()].map((key) => [key, []]));
    const content = (key: string): string => {
      const found = this.nodes.get(key);
      if (found === undefined) throw new Error(`A relationship joins a node that was not read (${key})`);
      return found;
    };
    for (const r of this.relationships) {
      around.get(r.from)?.push(`> ${r.content} ${content(r.to)}`);
      around.get(r.to)?.push(`< ${r.content} ${content(r.from)}`);
    }
    const refined = new Map([...this.nodes].map(([key, c]) => [key, sha256(`${c}\n${around.get(key)!.sort().join('\n')}`)]));
    const nodeLines = [...refined.values()].sort();
    const relationshipLines = this.relationships.map((r) => `${refined.get(r.from)} ${r.content} ${refined.get(r.to)}`).sort();
    const hash = createHash('sha256')
      .update(`nodes ${nodeLines.length}\n${nodeLines.join('\n')}\nrelationships ${relationshipLines.length}\n`)
      .update(relationshipLines.join('\n'))
      .digest('hex');
    return { hash, nodes: this.nodes.size, relationships: this.relationships.length };
  }
}
