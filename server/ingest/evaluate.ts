// Scores ingestion against hand-labelled reports (tests/fixtures/ingest-eval.yaml): precision and recall of mentions by
// kind, of links to existing entities by kind, of proposed relationships and claims, and how many mentions or
// proposals came from page chrome. Pure: the caller brings the texts, the gazetteer and the labels.
import { foldName } from '../../domain/names.js';
import { analyseReport, type Analysis } from './analyse-report.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import type { EndRef } from './proposals.js';
import type { Tagger } from './taggers.js';

export interface LabelledMention {
  text: string;
  kind: string;
  entity?: string | null;
  ref?: string;
}

export interface LabelledRelationship {
  type: string;
  from: string;
  to: string;
  role?: string | null;
  direct?: boolean;
}

export interface LabelledClaim {
  subject: string;
  attribute: string;
  value: string;
}

export interface LabelledReport {
  source: string;
  mentions: LabelledMention[];
  relationships: LabelledRelationship[];
  claims?: LabelledClaim[];
  notRelationships?: LabelledRelationship[];
}

export interface EvaluationInput {
  label: LabelledReport;
  /** The report as it arrives, chrome and all. */
  text: string;
  date: string | null;
  /** Lines that are the article (a hand-cleaned copy); any other line is chrome. Null when unknown. */
  articleLines: ReadonlySet<string> | null;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Evaluation {
  mentions: Record<string, Tally>;
  linking: Record<string, Tally>;
  relationships: Tally;
  relationshipsDirect: Tally;
  claims: Tally;
  /** Mentions and proposals whose line is not article text. */
  fromChrome: { mentions: number; proposals: number };
  /** Relationships the labels say must not be proposed, that were. */
  forbidden: number;
  errors: string[];
  milliseconds: number;
}

const NAME_KINDS = new Set(['person', 'organisation', 'instrument', 'place']);
const fold = (t: string) =>
  foldName(t)
    .replace(/[’']s$/u, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const bump = (map: Record<string, Tally>, key: string, field: keyof Tally) => {
  (map[key] ??= tally())[field]++;
};

/** The bucket a linked entity is scored in: courts apart from other organisations, as the targets name them. */
function linkBucket(entityId: string, gazetteer: Gazetteer): string {
  const e = gazetteer.entities.get(entityId);
  if (!e) return 'unknown';
  return e.kind === 'organisation' && e.subkind === 'court' ? 'court' : e.kind;
}

function scoreMentions(analysis: Analysis, label: LabelledReport, result: Evaluation): void {
  const gold = new Map(label.mentions.map((m) => [`${m.kind}|${fold(m.text)}`, m]));
  const predicted = new Set(analysis.mentions.map((m) => `${m.kind}|${fold(m.text)}`));
  for (const key of predicted) {
    bump(result.mentions, key.split('|')[0]!, gold.has(key) ? 'tp' : 'fp');
    if (!gold.has(key)) result.errors.push(`${label.source}: mention found that is not labelled: ${key}`);
  }
  for (const [key, m] of gold) {
    if (predicted.has(key)) continue;
    bump(result.mentions, m.kind, 'fn');
    result.errors.push(`${label.source}: mention missed: ${key}`);
  }
}

function scoreLinking(analysis: Analysis, label: LabelledReport, gazetteer: Gazetteer, result: Evaluation): void {
  const gold = new Map(label.mentions.filter((m) => NAME_KINDS.has(m.kind)).map((m) => [fold(m.text), m.entity ?? null]));
  const links = new Map<string, string | null>();
  for (const m of analysis.mentions)
    if (NAME_KINDS.has(m.kind) && !links.has(fold(m.text))) links.set(fold(m.text), m.link?.entityId ?? null);
  for (const [text, predicted] of links) {
    if (!predicted) continue;
    const expected = gold.get(text);
    if (expected === predicted) bump(result.linking, linkBucket(predicted, gazetteer), 'tp');
    else {
      bump(result.linking, linkBucket(predicted, gazetteer), 'fp');
      result.errors.push(`${label.source}: "${text}" linked to ${predicted}, labelled ${expected ?? 'new or not a mention'}`);
    }
  }
  for (const [text, expected] of gold) {
    if (!expected || links.get(text) === expected) continue;
    bump(result.linking, linkBucket(expected, gazetteer), 'fn');
    result.errors.push(
      `${label.source}: "${text}" not linked to ${expected} (${links.has(text) ? `linked to ${links.get(text)}` : 'not found'})`,
    );
  }
}

function endName(ref: EndRef, analysis: Analysis): string {
  if ('entityId' in ref) return ref.entityId;
  const entity = analysis.entities.find((e) => e.key === ref.key);
  return `new:${fold(entity?.name ?? ref.key)}`;
}

const goldEnd = (end: string) => (end.startsWith('new:') ? `new:${fold(end.slice(4))}` : end);
const relationshipKey = (r: { type: string; from: string; to: string; role?: string | null }) =>
  `${r.type}|${r.from}|${r.to}|${r.role ?? ''}`;

function scoreRelationships(analysis: Analysis, label: LabelledReport, result: Evaluation): void {
  const predicted = new Set(
    analysis.relationships.map((r) =>
      relationshipKey({ type: r.type, from: endName(r.from, analysis), to: endName(r.to, analysis), role: r.role }),
    ),
  );
  const gold = label.relationships.map((r) => ({ ...r, from: goldEnd(r.from), to: goldEnd(r.to) }));
  const goldKeys = new Set(gold.map(relationshipKey));
  for (const key of predicted) {
    result.relationships[goldKeys.has(key) ? 'tp' : 'fp']++;
    if (!goldKeys.has(key)) result.errors.push(`${label.source}: relationship proposed, not labelled: ${key}`);
  }
  for (const r of gold) {
    const found = predicted.has(relationshipKey(r));
    if (!found) result.relationships.fn++;
    if (!found && r.direct) result.errors.push(`${label.source}: direct relationship missed: ${relationshipKey(r)}`);
    if (r.direct) result.relationshipsDirect[found ? 'tp' : 'fn']++;
  }
  result.relationshipsDirect.fp = result.relationships.fp;
  for (const r of label.notRelationships ?? [])
    if (predicted.has(relationshipKey({ ...r, from: goldEnd(r.from), to: goldEnd(r.to) }))) result.forbidden++;
}

function scoreClaims(analysis: Analysis, label: LabelledReport, result: Evaluation): void {
  const gold = (label.claims ?? []).map((c) => ({ ...c, subject: goldEnd(c.subject), value: fold(c.value) }));
  const matched = new Set<number>();
  for (const c of analysis.claims) {
    const subject = endName(c.subject, analysis);
    const value = fold(c.value);
    const i = gold.findIndex(
      (g, k) =>
        !matched.has(k) && g.subject === subject && g.attribute === c.attribute && (value.includes(g.value) || g.value.includes(value)),
    );
    if (i >= 0) {
      matched.add(i);
      result.claims.tp++;
    } else {
      result.claims.fp++;
      result.errors.push(`${label.source}: claim proposed, not labelled: ${subject} ${c.attribute} = ${c.value}`);
    }
  }
  gold.forEach((g, k) => {
    if (!matched.has(k)) result.errors.push(`${label.source}: claim missed: ${g.subject} ${g.attribute} = ${g.value}`);
  });
  result.claims.fn += gold.length - matched.size;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

export function evaluate(inputs: readonly EvaluationInput[], gazetteer: Gazetteer, lexicon: Lexicon, tagger?: Tagger): Evaluation {
  const result: Evaluation = {
    mentions: {},
    linking: {},
    relationships: tally(),
    relationshipsDirect: tally(),
    claims: tally(),
    fromChrome: { mentions: 0, proposals: 0 },
    forbidden: 0,
    errors: [],
    milliseconds: 0,
  };
  const started = performance.now();
  for (const input of inputs) {
    const analysis = analyseReport(input.text, input.date, gazetteer, lexicon, tagger);
    scoreMentions(analysis, input.label, result);
    scoreLinking(analysis, input.label, gazetteer, result);
    scoreRelationships(analysis, input.label, result);
    scoreClaims(analysis, input.label, result);
    if (input.articleLines) {
      const chrome = (offset: number) => !input.articleLines!.has(lineAt(input.text, offset));
      result.fromChrome.mentions += analysis.mentions.filter((m) => chrome(m.start)).length;
      result.fromChrome.proposals += [...analysis.entities, ...analysis.relationships, ...analysis.claims].filter((p) =>
        chrome(p.start),
      ).length;
    }
  }
  result.milliseconds = Math.round(performance.now() - started);
  return result;
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? null : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? null : t.tp / (t.tp + t.fn));
export function sum(tallies: readonly Tally[]): Tally {
  return tallies.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), tally());
}
