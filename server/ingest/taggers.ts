// Part-of-speech and name tags for the words of a sentence, which tell a name from a capitalised common word. The
// product uses compromise; npm run eval:ingest -- --tagger wink|none measures the alternatives on the same labels.
import nlp from 'compromise';
import type { Sentence } from './text-units.js';

/** compromise's tag names (ProperNoun, Person, Place, FirstName, …) for one word. */
export interface Tagged {
  tags: Set<string>;
}

export type Tagger = (sentence: Sentence) => Tagged[];

export const compromiseTagger: Tagger = (sentence) => {
  const terms = nlp(sentence.text).terms().json({ offset: true }) as { offset: { start: number }; terms: { tags: string[] }[] }[];
  const byStart = new Map(terms.map((t) => [sentence.start + t.offset.start, new Set(t.terms[0]?.tags ?? [])]));
  return sentence.tokens.map((token) => ({ tags: byStart.get(token.start) ?? new Set<string>() }));
};

/** No tagger: capitals, head words, cues and the graph's names only. */
export const noTagger: Tagger = (sentence) => sentence.tokens.map(() => ({ tags: new Set<string>() }));
