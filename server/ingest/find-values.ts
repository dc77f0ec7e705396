// Dates, sums of money and lengths (of a sentence, a ban) in a sentence, with dates resolved against the report's date.
import { isDate } from '../../domain/dates.js';
import type { Sentence } from './text-units.js';

export interface ValueMention {
  kind: 'date' | 'money' | 'duration';
  text: string;
  start: number;
  end: number;
  /** A date as YYYY, YYYY-MM or YYYY-MM-DD; null when the year cannot be known. Sums and lengths: the text. */
  value: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const DATE_PATTERNS: RegExp[] = [
  new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g'), // 25 July 2017, 10 November
  new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, 'g'), // July 25, 2017
  new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g'), // April 2017
  new RegExp(`\\b(?:in|since|from|until|by|of|during|early|late|mid)\\s+${YEAR}\\b`, 'gi'), // in 2015
];

const pad = (n: number) => String(n).padStart(2, '0');

function resolveDate(day: number | null, month: number | null, year: number | null, reportDate: string | null): string | null {
  let y = year;
  if (y === null && month !== null && reportDate) {
    const [ry, rm] = reportDate.split('-').map(Number);
    if (ry) y = rm && month > rm ? ry - 1 : ry;
  }
  if (y === null) return null;
  if (month === null) return String(y);
  const date = day === null ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
  // "31 February" is no day: the mention stays, without a value.
  return isDate(date) ? date : null;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function findDates(sentence: Sentence, reportDate: string | null): ValueMention[] {
  const found: ValueMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  DATE_PATTERNS.forEach((pattern, which) => {
    for (const m of sentence.text.matchAll(pattern)) {
      let text = m[0];
      let offset = m.index;
      let day: number | null = null;
      let month: number | null = null;
      let year: number | null;
      if (which === 0) [day, month, year] = [Number(m[1]), monthNumber(m[2]!), m[3] ? Number(m[3]) : null];
      else if (which === 1) [month, day, year] = [monthNumber(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : null];
      else if (which === 2) [month, year] = [monthNumber(m[1]!), Number(m[2])];
      else {
        year = Number(m[1]);
        offset += text.length - m[1]!.length;
        text = m[1]!;
      }
      if (day !== null && (day < 1 || day > 31)) continue;
      const start = sentence.start + offset;
      if (taken(start, start + text.length)) continue;
      found.push({ kind: 'date', text, start, end: start + text.length, value: resolveDate(day, month, year, reportDate) });
    }
  });
  // A month alone after "in": "in May".
  for (const m of sentence.text.matchAll(
    new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+${MONTH}(?![\\w-])`, 'g'),
  )) {
    const text = m[1]!;
    const start = sentence.start + m.index + m[0].length - text.length - (m[0].endsWith('.') ? 1 : 0);
    if (taken(start, start + text.length) || (text === 'May' && /^\s+\p{Lu}/u.test(sentence.text.slice(m.index + m[0].length)))) continue;
    found.push({ kind: 'date', text, start, end: start + text.length, value: resolveDate(null, monthNumber(text), null, reportDate) });
  }
  return found;
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred';
const NUMBER = `(?:\\d+(?:[.,]\\d+)?|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))?|half an?|an?)`;
const HALF = '(?:[- ]and[- ]a[- ]half)?';
const UNIT = '(?:years?|months?|weeks?|days?|hours?)';
const DURATION = new RegExp(`\\b${NUMBER}${HALF}[- ]${UNIT}\\b(?:[’']s?)?`, 'gi');

const CURRENCY = '(?:euros?|EUR|dollars?|USD|US dollars|tenge|KZT|rubles?|roubles?|RUB|pounds?|GBP|som|soms|manat|hryvnias?|lari)';
const SCALE = '(?:\\s*(?:million|thousand|billion|bn|m|k))?';
const AMOUNT = '\\d{1,3}(?:[,.\\s]\\d{3})*(?:[.,]\\d+)?';
const MONEY = new RegExp(`(?:[€$£₸]\\s?${AMOUNT}${SCALE}|\\b${AMOUNT}${SCALE}\\s*${CURRENCY}\\b)`, 'gi');

function findPattern(sentence: Sentence, pattern: RegExp, kind: 'money' | 'duration'): ValueMention[] {
  return [...sentence.text.matchAll(pattern)]
    .filter((m) => !/^(?:a|an)[- ](?:year|month|week|day|hour)s?$/i.test(m[0]) || kind === 'money')
    .map((m) => {
      const text = m[0].replace(/[’']s?$/, '');
      const start = sentence.start + m.index;
      return { kind, text, start, end: start + text.length, value: text };
    });
}

export function findValues(sentence: Sentence, reportDate: string | null): ValueMention[] {
  const dates = findDates(sentence, reportDate);
  const durations = findPattern(sentence, DURATION, 'duration').filter((d) => !dates.some((x) => d.start < x.end && d.end > x.start));
  return [...dates, ...findPattern(sentence, MONEY, 'money'), ...durations].sort((a, b) => a.start - b.start);
}

/** A full date standing alone on one of the first lines ("2 October 2017", "23 January 2017 Urgent Action"): the report's own date. */
export function datelineOf(text: string): string | null {
  let offset = 0;
  for (const line of text.split('\n').slice(0, 8)) {
    const trimmed = line.trim();
    if (trimmed.length > 0 && trimmed.length <= 40) {
      const sentence = { text: trimmed, start: offset, end: offset + trimmed.length, tokens: [] };
      const date = findDates(sentence, null).find((d) => d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
      if (date) return date.value;
    }
    offset += line.length + 1;
  }
  return null;
}
