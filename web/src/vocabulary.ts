// The vocabulary the API serves (Query.vocabulary) turned into what the page draws and offers: labels, colours,
// shapes, select options. No kind is named in the page's code; a kind added at run time is drawn like any other.
import { ownEntry } from '../../domain/input-rules.js';
import type { KindTerm, Term, Vocabulary } from './api-types.js';

export const EMPTY_VOCABULARY: Vocabulary = { kinds: [], relationshipTypes: [], roles: [], attributes: [] };

/** Drawn for a kind the vocabulary does not (yet) know. */
export const UNKNOWN_KIND_STYLE = { colour: '#999999', shape: 'ellipse' } as const;

/** `trade-union` → `Trade union`, `criminal-code-article` → `Criminal code article`. */
export function termLabel(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `PARTICIPANT_IN` → `participant in`. */
export function typeLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

export function kindStyle(kinds: readonly KindTerm[], kind: string): { colour: string; shape: string } {
  const term = kinds.find((k) => k.name === kind);
  return term ? { colour: term.color, shape: term.shape } : UNKNOWN_KIND_STYLE;
}

export function subkindsOf(vocabulary: Vocabulary, kind: string): Term[] {
  return vocabulary.kinds.find((k) => k.name === kind)?.subkinds ?? [];
}

/** Attributes whose values add up; two values of any other attribute contradict each other. */
export function multiValuedAttributes(vocabulary: Vocabulary): Set<string> {
  return new Set(vocabulary.attributes.filter((a) => a.multiValued).map((a) => a.name));
}

const POLYGONS: Record<string, string> = {
  triangle: '50% 0, 100% 100%, 0 100%',
  'round-triangle': '50% 0, 100% 100%, 0 100%',
  diamond: '50% 0, 100% 50%, 50% 100%, 0 50%',
  'round-diamond': '50% 0, 100% 50%, 50% 100%, 0 50%',
  rhomboid: '25% 0, 100% 0, 75% 100%, 0 100%',
  'right-rhomboid': '0 0, 75% 0, 100% 100%, 25% 100%',
  pentagon: '50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%',
  'round-pentagon': '50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%',
  hexagon: '25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%',
  'round-hexagon': '25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%',
  'concave-hexagon': '0 0, 100% 0, 85% 50%, 100% 100%, 0 100%, 15% 50%',
  heptagon: '50% 0, 90% 20%, 100% 60%, 75% 100%, 25% 100%, 0 60%, 10% 20%',
  'round-heptagon': '50% 0, 90% 20%, 100% 60%, 75% 100%, 25% 100%, 0 60%, 10% 20%',
  octagon: '30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%',
  'round-octagon': '30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%',
  star: '50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%',
  vee: '0 0, 50% 40%, 100% 0, 50% 100%',
  tag: '0 0, 75% 0, 100% 50%, 75% 100%, 0 100%',
  'round-tag': '0 0, 75% 0, 100% 50%, 75% 100%, 0 100%',
};

/** How a legend swatch imitates a Cytoscape node shape in CSS. */
export function swatchShape(shape: string): { borderRadius: string; clipPath: string } {
  if (shape === 'ellipse') return { borderRadius: '50%', clipPath: 'none' };
  const polygon = ownEntry(POLYGONS, shape);
  if (shape.startsWith('round-') && !polygon) return { borderRadius: '4px', clipPath: 'none' };
  return { borderRadius: '0', clipPath: polygon ? `polygon(${polygon})` : 'none' };
}
