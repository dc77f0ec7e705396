// wink-nlp's part-of-speech tags in compromise's names, for the tagger comparison in npm run eval:ingest (a development
// dependency: the product does not load it). Its English model tags proper nouns but has no person or place types.
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Tagged, Tagger } from './taggers.js';

const POS: Record<string, string[]> = {
  PROPN: ['ProperNoun', 'Noun'],
  NOUN: ['Noun'],
  DET: ['Determiner'],
  ADP: ['Preposition'],
  ADV: ['Adverb'],
  ADJ: ['Adjective'],
  PRON: ['Pronoun'],
  VERB: ['Verb'],
  AUX: ['Verb'],
  CCONJ: ['Conjunction'],
  SCONJ: ['Conjunction'],
};

export function winkTagger(): Tagger {
  const wink = winkNLP(model);
  return (sentence) => {
    const doc = wink.readDoc(sentence.text);
    const tagged: { start: number; tags: string[] }[] = [];
    let cursor = 0;
    doc.tokens().each((token: ItemToken) => {
      const text = token.out();
      const at = sentence.text.indexOf(text, cursor);
      if (at < 0) return;
      cursor = at + text.length;
      tagged.push({ start: sentence.start + at, tags: POS[token.out(wink.its.pos)] ?? [] });
    });
    const byStart = new Map(tagged.map((t) => [t.start, new Set(t.tags)]));
    return sentence.tokens.map((t): Tagged => ({ tags: byStart.get(t.start) ?? new Set<string>() }));
  };
}
