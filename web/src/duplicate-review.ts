// How the duplicates screen sums up a suggested pair: each side's kind, names and a few quotes with their sources,
// the fields on which the two differ, which one to keep by default, and the list once some pairs were merged here.
import type { DuplicateCitation, DuplicateEntity, DuplicateSuggestionData } from './duplicate-types.js';
import { termLabel } from './vocabulary.js';

export interface QuoteLine {
  quote: string;
  /** The source's title, with its date when it has one. */
  source: string;
  sourceId: string;
}

export interface SideSummary {
  id: string;
  name: string;
  /** `Person`, `Organisation · Trade union`. */
  kind: string;
  aliases: string[];
  quotes: QuoteLine[];
  /** Citations beyond those shown. */
  moreQuotes: number;
}

export type ComparedField = 'kind' | 'subkind' | 'date' | 'description';

export interface FieldDifference {
  field: ComparedField;
  label: string;
  a: string | null;
  b: string | null;
}

const FIELDS: readonly { field: ComparedField; label: string }[] = [
  { field: 'kind', label: 'kind' },
  { field: 'subkind', label: 'subkind' },
  { field: 'date', label: 'date' },
  { field: 'description', label: 'description' },
];

export const pairKey = (s: Pick<DuplicateSuggestionData, 'a' | 'b'>): string => `${s.a.id}|${s.b.id}`;

/** 0.93 → `93%`. */
export const scoreLabel = (score: number): string => `${Math.round(Math.min(Math.max(score, 0), 1) * 100)}%`;

export const kindLabel = (e: Pick<DuplicateEntity, 'kind' | 'subkind'>): string =>
  [e.kind, e.subkind]
    .filter((k): k is string => Boolean(k))
    .map(termLabel)
    .join(' · ');

const sourceLabel = (c: DuplicateCitation) => (c.source.date ? `${c.source.title} (${c.source.date})` : c.source.title);

/** Up to `max` citations, one per source first so the quotes shown come from as many documents as they can. */
export function sampleCitations(citations: readonly DuplicateCitation[], max: number): DuplicateCitation[] {
  const seen = new Set<string>();
  const firsts: DuplicateCitation[] = [];
  const rest: DuplicateCitation[] = [];
  for (const c of citations) {
    if (seen.has(c.source.id)) rest.push(c);
    else firsts.push(c);
    seen.add(c.source.id);
  }
  return [...firsts, ...rest].slice(0, max);
}

export function sideSummary(e: DuplicateEntity, maxQuotes = 3): SideSummary {
  const shown = sampleCitations(e.citations, maxQuotes);
  return {
    id: e.id,
    name: e.name,
    kind: kindLabel(e),
    aliases: e.aliases.filter((alias) => alias !== e.name),
    quotes: shown.map((c) => ({ quote: c.quote, source: sourceLabel(c), sourceId: c.source.id })),
    moreQuotes: e.citations.length - shown.length,
  };
}

const normalised = (value: string | null) => value?.trim().replace(/\s+/g, ' ').toLowerCase() || null;

/** The fields the two hold differently (one holding a value the other lacks counts); names are the reasons' business. */
export function differences(a: DuplicateEntity, b: DuplicateEntity): FieldDifference[] {
  return FIELDS.filter(({ field }) => normalised(a[field]) !== normalised(b[field])).map(({ field, label }) => ({
    field,
    label,
    a: a[field],
    b: b[field],
  }));
}

/** Titles of the sources both are cited from: one document naming both is evidence either way. */
export function sharedSources(a: DuplicateEntity, b: DuplicateEntity): string[] {
  const theirs = new Set(b.citations.map((c) => c.source.id));
  const titles = new Map(a.citations.filter((c) => theirs.has(c.source.id)).map((c) => [c.source.id, c.source.title]));
  return [...titles.values()];
}

const latin = (name: string) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(name);

/** The side to keep unless the editor says otherwise: the better documented one, then the one named in Latin script. */
export function suggestedKeep(a: DuplicateEntity, b: DuplicateEntity): string {
  const rank = (e: DuplicateEntity) => [e.citations.length, e.aliases.length, latin(e.name) ? 1 : 0];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) > (rb[i] ?? 0) ? a.id : b.id;
  return a.id;
}

/** The pair as `keep`/`other`, from the id chosen to keep. */
export function keepAndOther(
  s: Pick<DuplicateSuggestionData, 'a' | 'b'>,
  keepId: string,
): { keep: DuplicateEntity; other: DuplicateEntity } {
  return keepId === s.b.id ? { keep: s.b, other: s.a } : { keep: s.a, other: s.b };
}

/** A pair merged on this screen, shown where it was with a way to undo it. */
export interface MergedPair {
  key: string;
  mergeId: string;
  kept: { id: string; name: string };
  merged: { id: string; name: string };
  /** Its place in the list when it was merged. */
  at: number;
}

export type ListItem = { type: 'pair'; suggestion: DuplicateSuggestionData } | { type: 'merged'; merged: MergedPair };

/**
 * The list as drawn: the suggestions, leaving out any that name an entity merged away here (it no longer exists), with
 * each merged pair back at its place.
 */
export function listItems(suggestions: readonly DuplicateSuggestionData[], merged: readonly MergedPair[]): ListItem[] {
  const gone = new Set(merged.map((m) => m.merged.id));
  const items: ListItem[] = suggestions
    .filter((s) => !gone.has(s.a.id) && !gone.has(s.b.id))
    .map((suggestion) => ({ type: 'pair', suggestion }));
  for (const m of [...merged].sort((x, y) => x.at - y.at)) items.splice(Math.min(m.at, items.length), 0, { type: 'merged', merged: m });
  return items;
}

export function countsLine(suggestions: readonly DuplicateSuggestionData[]): string {
  const unsure = suggestions.filter((s) => s.unsure).length;
  const pairs = `${suggestions.length} pair${suggestions.length === 1 ? '' : 's'} to judge`;
  return unsure > 0 ? `${pairs}, ${unsure} marked unsure` : pairs;
}
