// How well a name in a report fits an entity's names, and why: the same spelling, an alias, a transliteration, a
// spelling variant, an acronym, a surname. A word the report adds or lacks that the entity's name does not have
// ("… of Mangystau") is a conflict: two bodies with similar names are not one on the strength of the name.
import { editDistance, foldName, words } from '../../domain/names.js';
import { FUNCTION_WORDS, initials, linkKey, type KnownEntity } from './gazetteer.js';

export interface NameFit {
  score: number;
  reasons: string[];
  /** Why it cannot be the same, when something conflicts. */
  conflict: string | null;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Voiced and voiceless consonants transliterations swap (Kushakbaev/Kushakpaev). */
const phonetic = (w: string) => linkKey(w).replace(/b/g, 'p').replace(/d/g, 't').replace(/g/g, 'k').replace(/z/g, 's').replace(/v/g, 'f');

type WordFit = { score: number; how: string } | null;

function wordFit(a: string, b: string): WordFit {
  if (a === b) return { score: 1, how: 'same' };
  if (linkKey(a) === linkKey(b)) return { score: 0.95, how: 'transliteration' };
  if (phonetic(a) === phonetic(b)) return { score: 0.9, how: 'spelling variant' };
  const pa = phonetic(a);
  const pb = phonetic(b);
  if (Math.min(pa.length, pb.length) >= 5 && editDistance(pa, pb) === 1) return { score: 0.85, how: 'spelling variant' };
  // Labour/Labor, Organisation/Organization: one letter in a long word.
  if (Math.min(a.length, b.length) >= 6 && editDistance(a, b) === 1) return { score: 0.9, how: 'spelling variant' };
  return null;
}

/** Legal forms say nothing about which company it is: "Techno Trading" and "Techno Trading Ltd" are one name. */
const LEGAL_FORMS = new Set(['ltd', 'llc', 'llp', 'inc', 'plc', 'jsc', 'corp', 'gmbh', 'sa', 'ag', 'too', 'ooo', 'no']);
const significant = (name: string) => words(name).filter((w) => !FUNCTION_WORDS.has(w) && !LEGAL_FORMS.has(w));

export const isAcronym = (text: string) => /^[\p{Lu}\d]{2,8}$/u.test(text.replace(/[.\s]/g, ''));

/** Given names (all but the last word of a person's name) that clearly differ. */
function givenNameConflict(mention: string[], name: string[]): string | null {
  const mGiven = mention.slice(0, -1);
  const nGiven = name.slice(0, -1);
  for (const m of mGiven) {
    if (nGiven.length === 0) return null;
    const fits = nGiven.some((n) => (m.length === 1 || n.length === 1 ? m[0] === n[0] : wordFit(m, n) !== null));
    if (!fits) return `given name "${m}" is not "${nGiven.join(' ')}"`;
  }
  return null;
}

function personFit(mention: string, entityName: string): NameFit {
  const m = significant(mention);
  const n = significant(entityName);
  if (m.length === 0 || n.length === 0) return { score: 0, reasons: [], conflict: null };
  const surname = wordFit(m[m.length - 1]!, n[n.length - 1]!);
  if (!surname) return { score: 0, reasons: [], conflict: null };
  const conflict = givenNameConflict(m, n);
  if (conflict) return { score: 0.2, reasons: [`surname ${surname.how}`], conflict };
  const reasons = surname.how === 'same' ? [] : [surname.how];
  if (m.length === 1 && n.length > 1) return { score: 0.7 * surname.score, reasons: [...reasons, 'surname only'], conflict: null };
  return { score: surname.score, reasons, conflict: null };
}

function wordsFit(mention: string, entityName: string): NameFit {
  const m = significant(mention);
  const n = significant(entityName);
  if (m.length === 0 || n.length === 0) return { score: 0, reasons: [], conflict: null };
  const used = new Set<number>();
  let total = 0;
  const hows = new Set<string>();
  const extra: string[] = [];
  for (const w of m) {
    let best: { i: number; fit: NonNullable<WordFit> } | null = null;
    n.forEach((v, i) => {
      if (used.has(i)) return;
      const fit = wordFit(w, v);
      if (fit && (!best || fit.score > best.fit.score)) best = { i, fit };
    });
    const found = best as { i: number; fit: NonNullable<WordFit> } | null;
    if (!found) {
      extra.push(w);
      continue;
    }
    used.add(found.i);
    total += found.fit.score;
    if (found.fit.how !== 'same') hows.add(found.fit.how);
  }
  const missing = n.filter((_, i) => !used.has(i));
  const matched = m.length - extra.length;
  if (matched === 0) return { score: 0, reasons: [], conflict: null };
  const score = total / Math.max(m.length, n.length);
  // Words the report adds distinguish another body ("… of Mangystau"); words it leaves out only make it vaguer.
  if (extra.length > 0) {
    const said = [`the report adds "${extra.join(' ')}"`, missing.length > 0 ? `lacks "${missing.join(' ')}"` : ''].filter(Boolean);
    return { score: Math.min(score, 0.6), reasons: [...hows], conflict: said.join(' and ') };
  }
  if (missing.length > 0) return { score, reasons: [...hows, `shorter: without "${missing.join(' ')}"`], conflict: null };
  return { score, reasons: [...hows], conflict: null };
}

/** How well `mention` (of the given kind, when known) names `entity`; the best over its names. */
export function fitName(mention: string, kind: string | null, entity: KnownEntity): NameFit {
  if (kind && kind !== entity.kind) return { score: 0, reasons: [], conflict: `a ${kind} is not a ${entity.kind}` };
  const folded = foldName(mention)
    .replace(/[’']s$/, '')
    .trim();
  let best: NameFit = { score: 0, reasons: [], conflict: null };
  const consider = (fit: NameFit) => {
    if (fit.score > best.score) best = fit;
  };
  entity.names.forEach((name, index) => {
    const which = index === 0 || name === entity.label ? 'name' : 'alias';
    // One side in Cyrillic, the other in Latin letters: the match went through transliteration.
    const cyrillic = CYRILLIC.test(mention) !== CYRILLIC.test(name) ? ['Cyrillic transliterated'] : [];
    if (foldName(name) === folded) return consider({ score: which === 'name' ? 1 : 0.97, reasons: [...cyrillic, which], conflict: null });
    if (isAcronym(mention) && initials(name) === mention.replace(/[.\s]/g, '').toUpperCase())
      return consider({ score: 0.9, reasons: [`acronym of "${name}"`], conflict: null });
    if (isAcronym(name) && initials(mention) === name.replace(/[.\s]/g, '').toUpperCase() && significant(mention).length >= 2)
      return consider({ score: 0.9, reasons: [`spelled out "${name}"`], conflict: null });
    const fit = entity.kind === 'person' ? personFit(mention, name) : wordsFit(mention, name);
    if (fit.score > 0) consider({ ...fit, reasons: [...cyrillic, ...fit.reasons, `${which} "${name}"`] });
  });
  return best;
}
