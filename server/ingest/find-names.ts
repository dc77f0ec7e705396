// Names in a report's sentences: the graph's own names and aliases first (also in lower case: "authorities in
// Kazakhstan"), then runs of capitalised words, sorted into people, organisations, instruments and places by their
// head word, the words around them, and compromise's part-of-speech and name tags.
import nlp from 'compromise';
import { foldName } from '../../domain/names.js';
import { phraseKey, type Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { isTitleCase, type Sentence, type Token } from './text-units.js';

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** What the words say it is; null when only the graph can tell (a gazetteer hit). */
  kind: string | null;
  subkind: string | null;
  /** Why the kind was chosen. */
  kindReason: string;
  /** Found as a whole name of these entities. */
  gazetteer: string[];
}

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'du', 'von', 'van', 'al', 'el', '&']);
const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const PROPER_TAGS = ['Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName'];

const bare = (t: string) => t.replace(/[’']s?$/u, '');
const capitalised = (t: string) => /^[\p{Lu}]/u.test(t) && !MONTHS_AND_DAYS.has(bare(t).toLowerCase());
const isAcronymToken = (t: string) => /^[\p{Lu}][\p{Lu}\d]{1,7}(?:\/[\p{Lu}][\p{Lu}\d]{1,7})?$/u.test(bare(t));

interface Tagged {
  tags: Set<string>;
}

/** compromise's tags for each token, matched by offset. */
function tagTokens(sentence: Sentence): Tagged[] {
  const terms = nlp(sentence.text).terms().json({ offset: true }) as { offset: { start: number }; terms: { tags: string[] }[] }[];
  const byStart = new Map(terms.map((t) => [sentence.start + t.offset.start, new Set(t.terms[0]?.tags ?? [])]));
  return sentence.tokens.map((token) => ({ tags: byStart.get(token.start) ?? new Set<string>() }));
}

function wordSet(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => w.toLowerCase()));
}

export interface NameRules {
  heads: Map<string, { kind: string; subkind: string }>;
  offices: Set<string>;
  personCues: Set<string>;
  placeCues: string[];
}

export function nameRules(lexicon: Lexicon): NameRules {
  const heads = new Map<string, { kind: string; subkind: string }>();
  for (const [kind, subkinds] of Object.entries(lexicon.nameHeads))
    for (const [subkind, words] of Object.entries(subkinds)) for (const w of words) heads.set(w.toLowerCase(), { kind, subkind });
  const offices = new Set(Object.values(lexicon.offices).flat().flatMap((w) => w.toLowerCase().split(/\s+/)));
  return { heads, offices, personCues: wordSet(lexicon.personCues), placeCues: lexicon.placeCues.map((w) => w.toLowerCase()) };
}

/** Whole names of the graph, longest first, wherever they stand; returns the token indexes they cover. */
function gazetteerSpans(sentence: Sentence, index: number, gazetteer: Gazetteer): NameSpan[] {
  const spans: NameSpan[] = [];
  const tokens = sentence.tokens;
  const keys = tokens.map((t) => phraseKey(t.text));
  let i = 0;
  while (i < tokens.length) {
    let found: NameSpan | null = null;
    for (let length = Math.min(gazetteer.longestName, tokens.length - i); length >= 1 && !found; length--) {
      const key = keys.slice(i, i + length).join(' ');
      const hits = gazetteer.byPhrase.get(key);
      if (!hits) continue;
      const first = tokens[i]!;
      const last = tokens[i + length - 1]!;
      // A one-word hit in lower case ("union") is a common noun, not the name.
      if (length === 1 && !/\p{Lu}/u.test(first.text)) continue;
      const text = sentence.text.slice(first.start - sentence.start, last.end - sentence.start).replace(/[’']s$/u, '');
      found = {
        text,
        start: first.start,
        end: first.start + text.length,
        sentence: index,
        kind: null,
        subkind: null,
        kindReason: 'a name in the graph',
        gazetteer: hits.map((h) => h.id),
      };
      spans.push(found);
      i += length;
    }
    if (!found) i++;
  }
  return spans;
}

function classify(
  words: Token[],
  before: Token[],
  after: Token[],
  tags: Tagged[],
  rules: NameRules,
): { kind: string; subkind: string | null; reason: string } | null {
  const last = bare(words[words.length - 1]!.text).toLowerCase();
  const head = rules.heads.get(last) ?? rules.heads.get(bare(words[0]!.text).toLowerCase());
  if (head && (words.length > 1 || rules.heads.get(last)?.kind !== 'organisation' || isAcronymToken(words[0]!.text)))
    return { ...head, reason: `head word "${last}"` };
  if (words.length === 1 && isAcronymToken(words[0]!.text)) return { kind: 'organisation', subkind: null, reason: 'an acronym' };
  const has = (tag: string) => tags.some((t) => t.tags.has(tag));
  const prev = before.map((t) => t.text.toLowerCase());
  const next = after.map((t) => t.text.toLowerCase());
  const cue = prev.at(-1) ?? '';
  if (has('Person') || has('FirstName')) return { kind: 'person', subkind: null, reason: 'a personal name (compromise)' };
  if (words.length >= 2 && words.length <= 4 && (rules.personCues.has(cue) || rules.offices.has(cue) || rules.offices.has(next[1] ?? '')))
    return { kind: 'person', subkind: null, reason: `"${cue || next[1]}" beside it` };
  const placeCue = rules.placeCues.find((c) => prev.slice(-c.split(' ').length).join(' ') === c);
  if (has('Place') || has('Country') || has('City')) {
    return { kind: 'place', subkind: has('Country') ? 'country' : 'city', reason: 'a place name (compromise)' };
  }
  if (placeCue && words.length <= 2 && placeCue !== 'from' && placeCue !== 'in')
    return { kind: 'place', subkind: 'city', reason: `"${placeCue}" before it` };
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) && !has('Organization'))
    return { kind: 'person', subkind: null, reason: 'two or three capitalised words without a head word' };
  return null;
}

/** Runs of capitalised words outside the gazetteer's spans. */
function capitalisedSpans(sentence: Sentence, index: number, covered: (t: Token) => boolean, rules: NameRules): NameSpan[] {
  const tokens = sentence.tokens;
  if (isTitleCase(tokens)) return [];
  const tags = tagTokens(sentence);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const proper = (k: number) =>
      capitalised(tokens[k]!.text) &&
      !rules.offices.has(tokens[k]!.text.toLowerCase()) &&
      (k > 0 || PROPER_TAGS.some((tag) => tags[k]!.tags.has(tag)) || isAcronymToken(tokens[k]!.text));
    if (covered(t) || !proper(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !covered(tokens[j + 1]!)) {
      const gap = sentence.text.slice(tokens[j]!.end - sentence.start, tokens[j + 1]!.start - sentence.start);
      if (!/^\s+$/.test(gap)) break;
      if (proper(j + 1) || (/^\d+$/.test(tokens[j + 1]!.text) && rules.heads.get(tokens[j]!.text.toLowerCase())?.kind === 'instrument')) j++;
      else if (CONNECTORS.has(tokens[j + 1]!.text.toLowerCase())) {
        let k = j + 1;
        while (k < tokens.length && CONNECTORS.has(tokens[k]!.text.toLowerCase())) k++;
        if (k < tokens.length && !covered(tokens[k]!) && proper(k)) j = k;
        else break;
      } else break;
    }
    const words = tokens.slice(i, j + 1);
    const kind = classify(words, tokens.slice(Math.max(0, i - 3), i), tokens.slice(j + 1, j + 3), tags.slice(i, j + 1), rules);
    if (kind) {
      const text = sentence.text.slice(words[0]!.start - sentence.start, words.at(-1)!.end - sentence.start).replace(/[’']s$/u, '');
      spans.push({ text, start: words[0]!.start, end: words[0]!.start + text.length, sentence: index, ...kind, kindReason: kind.reason, gazetteer: [] });
    }
    i = j + 1;
  }
  return spans;
}

export function findNames(sentences: readonly Sentence[], gazetteer: Gazetteer, rules: NameRules): NameSpan[] {
  return sentences.flatMap((sentence, index) => {
    const known = gazetteerSpans(sentence, index, gazetteer);
    const covered = (t: Token) => known.some((k) => t.start < k.end && t.end > k.start);
    return [...known, ...capitalisedSpans(sentence, index, covered, rules)].sort((a, b) => a.start - b.start);
  });
}

/** The same name written twice in one report is one mention's surface form. */
export const surfaceKey = (text: string) => foldName(text).replace(/\s+/g, ' ').trim();
