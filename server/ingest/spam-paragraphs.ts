// Keyword salad: a long run of words with no sentence punctuation that reads like no language — few function words,
// or one word stuffed in again and again. Judged per line, and per paragraph when it is hard-wrapped over lines.
import type { Line, Reason } from './boilerplate-lines.js';

/** Shorter paragraphs are too small for word statistics; the other rules judge them. */
const SPAM_MIN_WORDS = 40;
/** Prose has a mark (. , ; : ! ?) every 5–25 words; salad has almost none. One in 40 words still counts as none. */
const SPAM_MAX_PUNCTUATION_PER_WORD = 1 / 40;
/** Function words are 40–50% of English prose and 25–35% of Russian; salad strings nouns together. */
const SPAM_MAX_FUNCTION_WORD_SHARE = 0.2;
/** Even the subject of an article is under 5% of its words; a stuffed keyword is far more. */
const SPAM_MIN_TOP_WORD_SHARE = 0.08;
const FUNCTION_WORDS = new Set(
  [
    'the a an and or but nor of in on at to for with by from as is are was were be been being has have had do does did not no',
    'that this these those it its he she they them his her their we our you your i my me him us who whom which what when where',
    'while after before since than then there here into onto over under about against between during without within will would',
    'can could should may might must shall also all any some such so if because up out most more very only just both each',
    'и в во на с со не что по к за из о об от для как а но он она они его её ее их это был была было были также же бы ли у до при',
    'le la les de des du un une et à en que qui dans pour par sur au aux est sont il elle ils ne pas se son sa ses',
    'der die das und den dem des ein eine zu mit von ist sind nicht sich auf für im el los las y una con para es del al',
  ]
    .join(' ')
    .split(' '),
);

export function isKeywordSalad(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length < SPAM_MIN_WORDS) return false;
  const marks = text.match(/[.,;:!?。，！？…]/g)?.length ?? 0;
  if (marks / words.length > SPAM_MAX_PUNCTUATION_PER_WORD) return false;
  const functionWords = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const counts = new Map<string, number>();
  for (const w of words) if (!FUNCTION_WORDS.has(w) && w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  const topCount = Math.max(0, ...counts.values());
  return functionWords / words.length < SPAM_MAX_FUNCTION_WORD_SHARE || topCount / words.length >= SPAM_MIN_TOP_WORD_SHARE;
}

/** Hard-wrapped prose lines are this long but for the last; a list, one short item per line, is not one paragraph. */
const MIN_WORDS_PER_WRAPPED_LINE = 8;
const LIST_ITEM = /^\s*([-–—•*·|>]|\d+[.)]\s|#)/;

/** Keyword salad hard-wrapped over several lines is judged as the paragraph it is. */
export function markWrappedSalad(lines: readonly Line[], reasons: (Reason | undefined)[]): void {
  let first = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]?.words !== 0) continue;
    const block = lines.slice(first, i);
    const wrapped =
      block.slice(0, -1).every((line) => line.words >= MIN_WORDS_PER_WRAPPED_LINE) && !block.some((l) => LIST_ITEM.test(l.text));
    if (block.length > 1 && wrapped && isKeywordSalad(block.map((l) => l.text).join(' ')))
      for (let j = first; j < i; j++) reasons[j] = 'spam paragraph';
    first = i + 1;
  }
}
