// Names in a report's sentences: the graph's own names and aliases first (also in lower case: "authorities in
// Kazakhstan"), then runs of capitalised words, sorted into people, organisations, instruments and places by their
// head word, the words around them, and compromise's part-of-speech and name tags.
import { foldName } from '../../domain/names.js';
import { phraseKey, type Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import { compromiseTagger, type Tagged, type Tagger } from './taggers.js';
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
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** A capitalised word in another script in an English report is a name ("Нурбек Кушакбаев"). */
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}]/u;
/** "Convention No. 87": the number belongs to the name. */
const NUMBER_SIGNS = new Set(['no', 'nr', 'number']);
const PROPER_TAGS = ['Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName'];

const bare = (t: string) => t.replace(/[’']s?$/u, '');
const capitalised = (t: string) => /^[\p{Lu}]/u.test(t) && !MONTHS_AND_DAYS.has(bare(t).toLowerCase());
const isAcronymToken = (t: string) => /^[\p{Lu}][\p{Lu}\d]{1,7}(?:\/[\p{Lu}][\p{Lu}\d]{1,7})?$/u.test(bare(t));

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
  const offices = new Set(
    Object.values(lexicon.offices)
      .flat()
      .flatMap((w) => w.toLowerCase().split(/\s+/)),
  );
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
  // "in Aktau": one word after "in" or "at" is a place; longer runs after them are as often bodies ("in the Senate").
  if (placeCue && (words.length === 1 || (placeCue !== 'from' && placeCue !== 'in' && placeCue !== 'at' && words.length <= 2)))
    return { kind: 'place', subkind: 'city', reason: `"${placeCue}" before it` };
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) && !has('Organization'))
    return { kind: 'person', subkind: null, reason: 'two or three capitalised words without a head word' };
  return null;
}

/** "Kushakpaev and Eleusinov" is two names; "Fuel and Energy Workers’ Union" is one: a head word keeps a run whole. */
function splitAtAnd(run: Token[], rules: NameRules): Token[][] {
  const isAnd = (t: Token) => t.text === 'and' || t.text === '&';
  if (!run.some(isAnd) || rules.heads.has(bare(run.at(-1)!.text).toLowerCase())) return [run];
  const parts: Token[][] = [[]];
  for (const t of run) {
    if (isAnd(t)) parts.push([]);
    else parts.at(-1)!.push(t);
  }
  return parts
    .map((p) => {
      while (p.length > 0 && CONNECTORS.has(p.at(-1)!.text.toLowerCase())) p.pop();
      while (p.length > 0 && CONNECTORS.has(p[0]!.text.toLowerCase())) p.shift();
      return p;
    })
    .filter((p) => p.length > 0);
}

/** Runs of capitalised words outside the gazetteer's spans. */
function capitalisedSpans(
  sentence: Sentence,
  index: number,
  covered: (t: Token) => boolean,
  rules: NameRules,
  namesElsewhere: ReadonlySet<string>,
  tagger: Tagger,
): NameSpan[] {
  const tokens = sentence.tokens;
  if (isTitleCase(tokens, sentence.text)) return [];
  const tags = tagger(sentence);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // compromise calls a word it does not know a singular noun; before a proper noun it is a given name ("Olena Marchuk").
    const unknownBeforeName = (k: number) =>
      k === 0 &&
      [...tags[0]!.tags].every((tag) => tag === 'Noun' || tag === 'Singular') &&
      tokens.length > 1 &&
      capitalised(tokens[1]!.text) &&
      tags[1]!.tags.has('ProperNoun');
    const proper = (k: number) =>
      capitalised(tokens[k]!.text) &&
      !rules.offices.has(tokens[k]!.text.toLowerCase()) &&
      (k > 0 ||
        PROPER_TAGS.some((tag) => tags[k]!.tags.has(tag)) ||
        isAcronymToken(tokens[k]!.text) ||
        NON_LATIN.test(tokens[k]!.text) ||
        unknownBeforeName(k) ||
        namesElsewhere.has(bare(tokens[k]!.text).toLowerCase()));
    if (covered(t) || !proper(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !covered(tokens[j + 1]!)) {
      const gap = sentence.text.slice(tokens[j]!.end - sentence.start, tokens[j + 1]!.start - sentence.start);
      if (!/^\s+$/.test(gap) && !(gap === '. ' && NUMBER_SIGNS.has(tokens[j]!.text.toLowerCase()))) break;
      const numbered =
        /^\d+$/.test(tokens[j + 1]!.text) &&
        (rules.heads.get(tokens[j]!.text.toLowerCase())?.kind === 'instrument' || NUMBER_SIGNS.has(tokens[j]!.text.toLowerCase()));
      if (proper(j + 1) || numbered) j++;
      else if (CONNECTORS.has(tokens[j + 1]!.text.toLowerCase())) {
        let k = j + 1;
        while (k < tokens.length && CONNECTORS.has(tokens[k]!.text.toLowerCase())) k++;
        if (k < tokens.length && !covered(tokens[k]!) && proper(k)) j = k;
        else break;
      } else break;
    }
    for (const words of splitAtAnd(tokens.slice(i, j + 1), rules)) {
      const at = tokens.indexOf(words[0]!);
      const end = tokens.indexOf(words.at(-1)!);
      const kind = classify(words, tokens.slice(Math.max(0, at - 3), at), tokens.slice(end + 1, end + 3), tags.slice(at, end + 1), rules);
      const text = sentence.text.slice(words[0]!.start - sentence.start, words.at(-1)!.end - sentence.start).replace(/[’']s$/u, '');
      // A run the words cannot place is kept only if linking finds it in the graph or the report names it more fully.
      const unknown = { kind: null, subkind: null, reason: 'kind from the graph or the report' };
      spans.push({
        text,
        start: words[0]!.start,
        end: words[0]!.start + text.length,
        sentence: index,
        ...(kind ?? unknown),
        kindReason: (kind ?? unknown).reason,
        gazetteer: [],
      });
    }
    i = j + 1;
  }
  return spans;
}

/** Capitalised words the report uses inside sentences: the same word starting a sentence is a name too. */
function capitalisedInside(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences)
    for (const t of s.tokens.slice(1))
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && !isTitleCase(s.tokens, s.text)) words.add(bare(t.text).toLowerCase());
  return words;
}

/**
 * A known organisation's name followed by "of" and more capitalised words ("… Workers’ Union of Mangystau") is a longer
 * name, maybe of another body: the whole run is the mention, and linking weighs the added words.
 */
function extendKnown(span: NameSpan, sentence: Sentence, gazetteer: Gazetteer): NameSpan {
  const kinds = span.gazetteer.map((id) => gazetteer.entities.get(id)?.kind);
  if (kinds.some((k) => k !== 'organisation')) return span;
  const tail = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*)(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(sentence.text.slice(span.end - sentence.start));
  if (!tail || MONTHS_AND_DAYS.has(tail[1]!.split(/\s+/)[0]!.toLowerCase())) return span;
  const text = sentence.text.slice(span.start - sentence.start, span.end - sentence.start + tail[0].length);
  if (gazetteer.byPhrase.has(phraseKey(text))) return span;
  const known = gazetteer.entities.get(span.gazetteer[0]!)!;
  return {
    ...span,
    text,
    end: span.start + text.length,
    gazetteer: [],
    kind: known.kind,
    subkind: known.subkind,
    kindReason: `a longer name than ${span.text}`,
  };
}

export function findNames(
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  rules: NameRules,
  tagger: Tagger = compromiseTagger,
): NameSpan[] {
  const namesElsewhere = capitalisedInside(sentences);
  return sentences.flatMap((sentence, index) => {
    const known = gazetteerSpans(sentence, index, gazetteer).map((k) => extendKnown(k, sentence, gazetteer));
    const covered = (t: Token) => known.some((k) => t.start < k.end && t.end > k.start);
    return [...known, ...capitalisedSpans(sentence, index, covered, rules, namesElsewhere, tagger)].sort((a, b) => a.start - b.start);
  });
}

/** The same name written twice in one report is one mention's surface form. */
export const surfaceKey = (text: string) => foldName(text).replace(/\s+/g, ' ').trim();
