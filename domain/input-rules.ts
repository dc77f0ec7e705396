// What every piece of text must be to enter the graph, wherever it enters: an API argument, a seed file, a report
// taken in, a form of the page. Each field is of one kind (an id, a word, a name, a text, a document…) with a length
// cap; no field may hold control characters (tab and line breaks only in multi-line texts), bidirectional controls,
// noncharacters or unpaired surrogates, and every id has one shape. Problems name the field, the cap or the character
// (its code point and offset), so the fix is plain.

/**
 * The shape of every id: segments of letters, digits and `. _ ~ -` joined by `/`, each starting with a letter or a
 * digit (so no `..` segment, no leading or trailing slash, no whitespace). Entity ids (`person/larisa-kharkova`),
 * sources (`000_760c9d7c1e926fee`, `report-…`), links and claims (`rel/…`, `claim/…`), merges (`merge/<uuid>`),
 * proposals (`proposal/<source>/<n>`) and cases all have it.
 */
export const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9][A-Za-z0-9._~-]*)*$/;
export const MAX_ID = 200;
/** A vocabulary word's key, as domain/vocabulary.ts termKey makes it and the audit log names it (`ROLE:witness`). */
const TERM_KEY = /^(?:KIND|SUBKIND|RELATIONSHIP_TYPE|ROLE|ATTRIBUTE):\S(?:.*\S)?$/;
export const MAX_WORD = 80;
export const MAX_NAME = 300;
export const MAX_TEXT = 2_000;
export const MAX_QUOTE_LENGTH = 2_000;
export const MAX_SEARCH_TEXT = 200;
export const MAX_URL = 2_000;
export const MAX_DATE = 40;
export const MAX_SOURCE_TEXT = 2_000_000;
/**
 * A report file base64-encoded (4 characters per 3 bytes): room for a 12 MB file, so that one over the ingestion's
 * 10 MB limit is refused there, saying its size (REPORT_TOO_LARGE), and anything larger here.
 */
export const MAX_BASE64 = 16 * 1024 * 1024;

/** The most items any list argument may hold (kinds to keep, citations, aliases). */
export const MAX_LIST_ITEMS = 100;

export type FieldKind = 'id' | 'idOrTermKey' | 'word' | 'name' | 'date' | 'url' | 'text' | 'quote' | 'search' | 'document' | 'base64';

export interface FieldRule {
  max: number;
  /** Tab and line breaks (LF, CR) allowed: descriptions, reasons, quotes, documents. */
  multiline: boolean;
}

export const FIELD_RULES: Readonly<Record<FieldKind, FieldRule>> = {
  /** Any id; see ID_SHAPE. */
  id: { max: MAX_ID, multiline: false },
  /** What the audit log is about: an id, or a vocabulary word's key (`ROLE:witness`, `ATTRIBUTE:prison term`). */
  idOrTermKey: { max: MAX_ID, multiline: false },
  /** A word of the vocabulary (kind, subkind, type, role, attribute), a colour, a shape, a media type. */
  word: { max: MAX_WORD, multiline: false },
  /** Names, aliases, titles, publishers, authors, file names. */
  name: { max: MAX_NAME, multiline: false },
  /** ISO partial dates and ranges. */
  date: { max: MAX_DATE, multiline: false },
  url: { max: MAX_URL, multiline: false },
  /** Descriptions, reasons, claim values, notes on dates. */
  text: { max: MAX_TEXT, multiline: true },
  quote: { max: MAX_QUOTE_LENGTH, multiline: true },
  search: { max: MAX_SEARCH_TEXT, multiline: false },
  /** A source's or a report's text. */
  document: { max: MAX_SOURCE_TEXT, multiline: true },
  base64: { max: MAX_BASE64, multiline: true },
};

const NAMED: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

// Controls but tab, LF and CR; DEL and C1; bidirectional controls; the noncharacters XML refuses; unpaired surrogates.
const FORBIDDEN_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]' +
  '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN_MULTILINE = new RegExp(FORBIDDEN_SOURCE);
const FORBIDDEN_SINGLE_LINE = new RegExp(`${FORBIDDEN_SOURCE}|[\\t\\n\\r]`);

export interface ForbiddenCharacter {
  /** Offset in UTF-16 code units, from 0. */
  offset: number;
  codePoint: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
  label: string;
  /** Why it is refused, in a few words. */
  why: string;
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

function describe(codePoint: number): { name: string; why: string } {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return { name: 'unpaired surrogate', why: 'half of a character' };
  if (codePoint === 0xfffe || codePoint === 0xffff) return { name: 'noncharacter', why: 'not a character' };
  const name = NAMED[codePoint];
  if (codePoint === 0x061c || (codePoint >= 0x200e && codePoint <= 0x2069))
    return { name: name ?? 'bidirectional control', why: 'a bidirectional control' };
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return { name: name!, why: 'allowed only in multi-line texts' };
  return { name: name ?? 'control character', why: 'a control character' };
}

/** The first character of `text` no field may hold (or, in a single-line field, a tab or line break); null when none. */
export function forbiddenCharacter(text: string, multiline: boolean): ForbiddenCharacter | null {
  const match = (multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE).exec(text);
  if (!match) return null;
  const codePoint = match[0].charCodeAt(0);
  const { name, why } = describe(codePoint);
  return { offset: match.index, codePoint, label: `${hex(codePoint)} ${name}`, why };
}

/** `text` with every forbidden character taken out: for text read from a file, which its sender cannot fix by hand. */
export function withoutForbiddenCharacters(text: string, multiline: boolean): string {
  const pattern = new RegExp((multiline ? FORBIDDEN_MULTILINE : FORBIDDEN_SINGLE_LINE).source, 'g');
  return multiline ? text.replace(pattern, '') : text.replace(pattern, (c) => (/[\t\n\r]/.test(c) ? ' ' : ''));
}

/** The first `max` UTF-16 code units of `text`, never ending in half a character. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export const ID_SHAPE_HINT = `an id: letters, digits and . _ ~ - in segments joined by "/", each starting with a letter or digit, at most ${MAX_ID} characters`;

/**
 * Why `value` cannot be the `field` it is given as, or null when it can. Checks the length cap, the characters and,
 * for ids, the shape; whether a required text is empty is the record's rule (domain/records.ts), not this.
 */
export function fieldProblem(field: string, value: string, kind: FieldKind): string | null {
  const rule = FIELD_RULES[kind];
  if (value.length > rule.max)
    return `${field} must be at most ${rule.max.toLocaleString('en')} characters, got ${value.length.toLocaleString('en')}`;
  const bad = forbiddenCharacter(value, rule.multiline);
  if (bad) return `${field} must not contain ${bad.label} (${bad.why}), found at offset ${bad.offset}`;
  if (kind === 'id' && !ID_SHAPE.test(value)) return `${field} must be ${ID_SHAPE_HINT}, got "${clip(value)}"`;
  if (kind === 'idOrTermKey' && !ID_SHAPE.test(value) && !TERM_KEY.test(value))
    return `${field} must be ${ID_SHAPE_HINT}, or a vocabulary word's key (ROLE:witness), got "${clip(value)}"`;
  return null;
}

/** A value as a message may quote it: short, on one line. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${truncateText(flat, max - 1)}…` : flat;
}

/**
 * A record's own entry for a name that came from outside, never one its prototype lends it (`constructor`,
 * `__proto__`, `toString`): every lookup of a vocabulary word by a name from input goes through here.
 */
export function ownEntry<V>(record: Readonly<Record<string, V>>, name: string): V | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** An empty record with no prototype: a word written into it is only ever its own key. */
export const emptyRecord = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;
