// A synthetic view shaped as the API answers it (Query.neighbourhood): deterministic for a seed, with the kinds and link
// types of a vocabulary, grouped in communities (a case's people, bodies and events) with hubs and a few links across.
import type { EntityData, RelationshipData, SubgraphData } from '../../web/src/api-types.js';

export interface SyntheticVocabulary {
  kinds: readonly string[];
  relationshipTypes: readonly string[];
}

/** One node for every two links, about the proportion of the seeded cases. */
const EDGES_PER_NODE = 2;
const COMMUNITY_SIZE = 40;
const ACROSS_SHARE = 0.08;

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ai',
  'bek',
  'gul',
  'nur',
  'sar',
  'ken',
  'ta',
  'mir',
  'zhan',
  'as',
  'ly',
  'ran',
  'dos',
  'erk',
  'ba',
  'yev',
  'ova',
  'lan',
];
const BODIES = ['Union', 'Committee', 'Ministry', 'Court', 'Federation', 'Council', 'Company', 'Office'];
const EVENTS = ['Arrest', 'Trial', 'Sentence', 'Raid', 'Appeal', 'Strike', 'Dissolution'];

function word(random: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names about as long as the seeded ones, so labels take the room real ones take. */
function nameOf(kind: string, random: () => number, index: number): string {
  if (kind === 'person') return `${word(random, 2)} ${word(random, 3)}`;
  if (kind === 'event') return `${EVENTS[index % EVENTS.length]} of ${word(random, 2)} ${word(random, 3)}`;
  if (kind === 'organisation') return `${word(random, 3)} ${BODIES[index % BODIES.length]}`;
  return word(random, 3);
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Kinds weighted roughly as in the seeded cases: mostly people, bodies and events. */
function kindOf(kinds: readonly string[], random: () => number): string {
  const weighted = kinds.flatMap((kind) =>
    Array<string>(kind === 'person' ? 8 : kind === 'organisation' || kind === 'event' ? 5 : 1).fill(kind),
  );
  return weighted.length > 0 ? pick(weighted, random) : 'person';
}

function entity(id: string, kind: string, name: string, date: string | null): EntityData {
  return {
    id,
    kind,
    subkind: null,
    name,
    aliases: [],
    aliasReasons: [],
    descriptiveName: false,
    description: null,
    date,
    dateInferred: null,
    citations: [],
    claims: [],
  };
}

function relationship(id: string, type: string, source: string, target: string): RelationshipData {
  return { id, type, role: null, date: null, dateInferred: null, source: { id: source }, target: { id: target }, citations: [] };
}

/** A view of about `elements` nodes and links (a third nodes), the same for the same seed. */
export function syntheticView(elements: number, vocabulary: SyntheticVocabulary, seed = 1): SubgraphData {
  const random = seededRandom(seed);
  const nodeCount = Math.max(2, Math.round(elements / (EDGES_PER_NODE + 1)));
  const edgeCount = Math.max(1, elements - nodeCount);
  const nodes: EntityData[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = kindOf(vocabulary.kinds, random);
    const date = kind === 'event' ? `${2005 + Math.floor(random() * 18)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}` : null;
    nodes.push(entity(`n${i}`, kind, nameOf(kind, random, i), date));
  }
  const communities = Math.max(1, Math.ceil(nodeCount / COMMUNITY_SIZE));
  const communityOf = (index: number) => index % communities;
  // Each new link's ends are drawn in proportion to the links they already have, so hubs form as they do in cases.
  const ends: string[][] = Array.from({ length: communities }, () => []);
  const seen = new Set<string>();
  const edges: RelationshipData[] = [];
  const types = vocabulary.relationshipTypes.length > 0 ? vocabulary.relationshipTypes : ['CONCERNS'];
  const link = (source: number, target: number): boolean => {
    const [a, b] = [`n${source}`, `n${target}`];
    const key = source < target ? `${a}|${b}` : `${b}|${a}`;
    if (source === target || seen.has(key) || edges.length >= edgeCount) return false;
    seen.add(key);
    edges.push(relationship(`r${edges.length}`, pick(types, random), a, b));
    ends[communityOf(source)]?.push(a);
    ends[communityOf(target)]?.push(b);
    return true;
  };
  const indexOf = (id: string) => Number(id.slice(1));
  // A view is connected (it is a union of neighbourhoods): each entity first joins one already in its community,
  // and each community one before it.
  for (let i = 0; i < nodeCount; i++) {
    const c = communityOf(i);
    const earlier = ends[c] ?? [];
    if (earlier.length === 0) {
      earlier.push(`n${i}`);
      const before = c > 0 ? ends[Math.floor(random() * c)] : undefined;
      if (before && before.length > 0) link(i, indexOf(pick(before, random)));
    } else link(i, indexOf(pick(earlier, random)));
  }
  for (let attempts = 0; edges.length < edgeCount && attempts < edgeCount * 20; attempts++) {
    const c = Math.floor(random() * communities);
    const other = random() < ACROSS_SHARE ? Math.floor(random() * communities) : c;
    const source = pick(ends[c] ?? [], random);
    const target = pick(ends[other] ?? [], random);
    if (source && target) link(indexOf(source), indexOf(target));
  }
  return { truncated: false, nodes, edges };
}
