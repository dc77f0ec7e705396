// Pairs of entities that are probably one, found with the same name matching that links a report's names: each entity
// is compared only with those sharing a word with it (by the gazetteer's spelling key) or spelling out its acronym.
// A conflicting name ("… of Mangystau", another given name) rules a pair out unless the two share neighbours.
import { words } from '../../domain/names.js';
import { buildGazetteer, FUNCTION_WORDS, linkKey, type Gazetteer, type KnownEntity } from './gazetteer.js';
import { fitName, isAcronym, type NameFit } from './name-match.js';

export interface DuplicatePair {
  /** The pair's ids in order: a < b. */
  a: string;
  b: string;
  /** 0..1: how well their names fit, with a little for neighbours they share. */
  score: number;
  reasons: string[];
}

export const MIN_DUPLICATE_SCORE = 0.6;
const BOOST_PER_SHARED_NEIGHBOUR = 0.05;
const MAX_NEIGHBOUR_BOOST = 0.15;
/** Shared neighbours that let a pair with conflicting names be suggested all the same. */
const SHARED_TO_OVERRIDE_CONFLICT = 2;
const NAMED_NEIGHBOURS = 3;
/** Entities sharing a word beyond which the word is too common to find duplicates by. */
const COMMON_WORD = 50;

interface PairFit {
  fit: NameFit;
  names: [string, string];
}

const oneName = (entity: KnownEntity, name: string): KnownEntity => ({ ...entity, names: [name] });

/** fitName's words for what a name adds, told of two records instead of a report and a record. */
const conflictOf = (fit: PairFit) => (fit.fit.conflict ?? '').replace('the report adds', `"${fit.names[0]}" adds`);

/** How the two names fit ("transliteration", "acronym"), without fitName's pointer to which name it was. */
function howOf(fit: PairFit): string {
  const hows = fit.fit.reasons
    .map((r) => r.replace(/^(acronym of|spelled out) ".*"$/, '$1'))
    .filter((r) => !/^(name|alias)( ".*")?$/.test(r));
  return `"${fit.names[0]}" and "${fit.names[1]}": ${hows.length > 0 ? [...new Set(hows)].join(', ') : 'same name'}`;
}

/** The best fit over every name of one against every name of the other, both ways; a clean fit wins a tie. */
function bestNameFit(x: KnownEntity, y: KnownEntity): PairFit | null {
  let best: PairFit | null = null;
  const consider = (candidate: PairFit) => {
    const better =
      !best ||
      candidate.fit.score > best.fit.score ||
      (candidate.fit.score === best.fit.score && !candidate.fit.conflict && best.fit.conflict);
    if (better && candidate.fit.score > 0) best = candidate;
  };
  for (const nx of x.names) {
    for (const ny of y.names) {
      const forth: PairFit = { fit: fitName(nx, x.kind, oneName(y, ny)), names: [nx, ny] };
      const back: PairFit = { fit: fitName(ny, y.kind, oneName(x, nx)), names: [ny, nx] };
      // A word one name has and the other lacks tells them apart whichever way it is read, and a full name fits a bare
      // surname fully one way while the other way says how little a surname alone is.
      const telling =
        [forth, back].find((f) => f.fit.score > 0 && f.fit.conflict) ?? [forth, back].find((f) => f.fit.reasons.includes('surname only'));
      if (telling) consider(telling);
      else [forth, back].forEach(consider);
    }
  }
  return best;
}

/** Two events are one only on the same day (or within the same partial date). */
function dateConflict(x: KnownEntity, y: KnownEntity): string | null {
  if (x.kind !== 'event' || !x.date || !y.date) return null;
  return x.date.startsWith(y.date) || y.date.startsWith(x.date) ? null : `dates differ (${x.date} and ${y.date})`;
}

function sharedNeighbours(x: KnownEntity, y: KnownEntity): string[] {
  const theirs = new Set(y.neighbours);
  return [...new Set(x.neighbours)].filter((id) => id !== y.id && theirs.has(id)).sort();
}

function sharedNeighbourReasons(shared: readonly string[], gazetteer: Gazetteer): string[] {
  const named = shared.slice(0, NAMED_NEIGHBOURS).map((id) => `both linked to ${gazetteer.entities.get(id)?.label ?? id}`);
  const more = shared.length - named.length;
  return more > 0 ? [...named, `and to ${more} more in common`] : named;
}

/** The pair's score and reasons, or null when it is not worth suggesting. */
export function comparePair(x: KnownEntity, y: KnownEntity, gazetteer: Gazetteer): DuplicatePair | null {
  if (x.id === y.id || x.kind !== y.kind) return null;
  if (x.kind === 'event' && x.subkind !== y.subkind) return null;
  const best = bestNameFit(x, y);
  if (!best) return null;
  const shared = sharedNeighbours(x, y);
  const conflicts = [best.fit.conflict ? conflictOf(best) : null, dateConflict(x, y)].filter((c): c is string => c !== null);
  if (conflicts.length > 0 && shared.length < SHARED_TO_OVERRIDE_CONFLICT) return null;
  const score = Math.min(1, best.fit.score + Math.min(MAX_NEIGHBOUR_BOOST, BOOST_PER_SHARED_NEIGHBOUR * shared.length));
  if (score < MIN_DUPLICATE_SCORE) return null;
  const [a, b] = x.id < y.id ? [x, y] : [y, x];
  return {
    a: a.id,
    b: b.id,
    score: Math.round(score * 1000) / 1000,
    reasons: [howOf(best), ...sharedNeighbourReasons(shared, gazetteer), ...conflicts.map((c) => `but ${c}`)],
  };
}

/**
 * Entities that share a word (by the gazetteer's key) with `entity`, or whose initials it is when it is an acronym. A word many
 * entities share ("union", a common given name) nominates none, beyond each name's rarest word: names that fit share
 * all their words, so a rarer one finds the pair.
 */
function candidatesOf(entity: KnownEntity, gazetteer: Gazetteer): Set<KnownEntity> {
  if (entity.kind === 'event') return new Set(gazetteer.eventsBySubkind.get(entity.subkind ?? '') ?? []);
  const found = new Set<KnownEntity>();
  const addAll = (list: readonly KnownEntity[] | undefined) => list?.forEach((e) => found.add(e));
  for (const name of entity.names) {
    const buckets = words(name)
      .filter((w) => !FUNCTION_WORDS.has(w))
      .map((w) => gazetteer.byWord.get(linkKey(w)) ?? [])
      .sort((p, q) => p.length - q.length);
    buckets.forEach((bucket, i) => {
      if (i === 0 || bucket.length <= COMMON_WORD) addAll(bucket);
    });
    if (isAcronym(name)) addAll(gazetteer.byInitials.get(name.replace(/[.\s]/g, '').toUpperCase()));
  }
  return found;
}

/** Every pair worth suggesting in a gazetteer, best first. */
export function duplicatePairsIn(gazetteer: Gazetteer): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  // Candidates are not symmetric (an acronym finds its full name, not the other way), so each pair is taken from
  // whichever side finds it first.
  const compared = new Set<string>();
  for (const entity of gazetteer.entities.values()) {
    if (entity.names.length === 0) continue;
    for (const other of candidatesOf(entity, gazetteer)) {
      if (other.id === entity.id || other.kind !== entity.kind) continue;
      const key = entity.id < other.id ? `${entity.id}\u0000${other.id}` : `${other.id}\u0000${entity.id}`;
      if (compared.has(key)) continue;
      compared.add(key);
      const pair = comparePair(entity, other, gazetteer);
      if (pair) pairs.push(pair);
    }
  }
  return pairs.sort((p, q) => q.score - p.score || p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}

export function findDuplicatePairs(entities: readonly KnownEntity[]): DuplicatePair[] {
  return duplicatePairsIn(buildGazetteer(entities));
}
