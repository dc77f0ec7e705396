// What the graph already knows, as ingestion needs it: every named entity with its names, and what it is linked to.
// Built from the database for a live report and from the seed files for the evaluation.
import { skeleton, words } from '../../domain/names.js';

/**
 * The key names are looked up by: the search skeleton, and a vowel's glide dropped too, since й is written y or i
 * (Baymukhanov/Baimukhanov, Baltabay/Baltabai).
 */
export const linkKey = (word: string) => skeleton(word).replace(/([aeou])i/g, '$1');

/** Initials of a name's capitalised words: "Confederation of Independent Trade Unions of Kazakhstan" → CITUK. */
export function initials(name: string): string {
  return name
    .split(/[\s’'-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('')
    .toUpperCase();
}

export interface KnownEntity {
  id: string;
  kind: string;
  subkind: string | null;
  /** The name and every alias; a descriptive name ("Court that ordered …") is left out, it is no one's spelling. */
  names: string[];
  /** The whole record's name, for showing. */
  label: string;
  date: string | null;
  /** Ids this entity is linked to, either way. */
  neighbours: string[];
  /** For events: who takes part and how. */
  participants: { entityId: string; role: string | null }[];
}

export interface Gazetteer {
  entities: ReadonlyMap<string, KnownEntity>;
  /** linkKey of a word of a name → entities with a name holding it. */
  byWord: ReadonlyMap<string, readonly KnownEntity[]>;
  /** A whole name's words → entities with that name, to find names written in lower case ("authorities in Kazakhstan"). */
  byPhrase: ReadonlyMap<string, readonly KnownEntity[]>;
  /** Initials of a name ("CITUK") → entities, to find what an acronym stands for. */
  byInitials: ReadonlyMap<string, readonly KnownEntity[]>;
  /** The longest name in words, to bound the phrase search. */
  longestName: number;
  /** Events by subkind. */
  eventsBySubkind: ReadonlyMap<string, readonly KnownEntity[]>;
}

export const phraseKey = (text: string) => words(text.replace(/[’']s?(?=\s|$)/gu, '')).join(' ');

function add<K>(map: Map<K, KnownEntity[]>, key: K, entity: KnownEntity): void {
  const list = map.get(key) ?? [];
  if (!list.includes(entity)) list.push(entity);
  map.set(key, list);
}

/** Words too common to find a name by. */
export const FUNCTION_WORDS = new Set('the of and for in on at to a an by with from its their his her s'.split(' '));

export function buildGazetteer(entities: readonly KnownEntity[]): Gazetteer {
  const byWord = new Map<string, KnownEntity[]>();
  const byPhrase = new Map<string, KnownEntity[]>();
  const byInitials = new Map<string, KnownEntity[]>();
  const eventsBySubkind = new Map<string, KnownEntity[]>();
  const map = new Map<string, KnownEntity>();
  let longestName = 1;
  for (const entity of entities) {
    map.set(entity.id, entity);
    if (entity.kind === 'event') {
      add(eventsBySubkind, entity.subkind ?? '', entity);
      continue;
    }
    for (const name of entity.names) {
      const key = phraseKey(name);
      add(byPhrase, key, entity);
      longestName = Math.max(longestName, key.split(' ').length);
      const letters = initials(name);
      if (letters.length >= 2) add(byInitials, letters, entity);
      for (const w of words(name)) if (!FUNCTION_WORDS.has(w)) add(byWord, linkKey(w), entity);
    }
  }
  return { entities: map, byWord, byPhrase, byInitials, longestName, eventsBySubkind };
}

interface NamedRecord {
  id: string;
  kind: string;
  subkind: string | null;
  name: string;
  descriptiveName: boolean;
  aliases: readonly { name: string }[];
  date: string | null;
}

interface LinkRecord {
  from: string;
  to: string;
  role: string | null;
}

/** What ingestion needs of the graph's entities and links (from the database or from seed files). */
export function knownEntities(entities: readonly NamedRecord[], links: readonly LinkRecord[]): KnownEntity[] {
  const neighbours = new Map<string, Set<string>>();
  const participants = new Map<string, { entityId: string; role: string | null }[]>();
  for (const link of links) {
    neighbours.set(link.from, (neighbours.get(link.from) ?? new Set()).add(link.to));
    neighbours.set(link.to, (neighbours.get(link.to) ?? new Set()).add(link.from));
    participants.set(link.to, [...(participants.get(link.to) ?? []), { entityId: link.from, role: link.role }]);
  }
  return entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    subkind: e.subkind,
    label: e.name,
    names: [...(e.descriptiveName ? [] : [e.name]), ...e.aliases.map((a) => a.name)],
    date: e.date,
    neighbours: [...(neighbours.get(e.id) ?? [])],
    participants: participants.get(e.id) ?? [],
  }));
}
