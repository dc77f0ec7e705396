// The English words ingestion looks for (seed/extraction.yaml), read once and checked against the vocabulary: a word
// the vocabulary does not know is a start-up error, not a silent miss.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ownEntry } from '../../domain/input-rules.js';
import type { Vocabulary } from '../../domain/vocabulary.js';

const words = z.array(z.string().min(1));
const oneOrMany = z.union([z.string(), words]).transform((v) => (Array.isArray(v) ? v : [v]));

const lexiconFile = z.object({
  nameHeads: z.record(z.string(), z.record(z.string(), words)),
  placeCues: words,
  personCues: words,
  modalCues: words,
  offices: z.record(z.string(), words),
  events: z.record(
    z.string(),
    z.object({
      words,
      role: z.string(),
      name: z.string().includes('{who}'),
      who: words.default(['person', 'organisation']),
      actor: z.boolean().default(false),
      objectRole: z.string().optional(),
      actorRole: z.string().optional(),
    }),
  ),
  deciders: z.object({ role: z.string(), subkinds: words, events: words }),
  penalties: z.array(
    z.object({
      attribute: z.string(),
      events: words,
      near: words,
      value: z.enum(['duration', 'money']),
      recipientRole: z.string().optional(),
    }),
  ),
  between: z.array(
    z.object({
      type: z.string(),
      words,
      from: oneOrMany,
      to: oneOrMany,
      reverseWhen: words.optional(),
    }),
  ),
});

export type Lexicon = z.infer<typeof lexiconFile>;

export const LEXICON_FILE = path.join(import.meta.dirname, '..', '..', 'seed', 'extraction.yaml');

/** Every word of the lexicon the vocabulary lacks, each saying where it is. */
export function lexiconProblems(lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  const kind = (k: string, where: string) => {
    if (!ownEntry(vocabulary.kinds, k)) problems.push(`${where}: kind "${k}" is not in the vocabulary`);
  };
  const subkind = (k: string, s: string, where: string) => {
    if (ownEntry(ownEntry(vocabulary.kinds, k)?.subkinds ?? {}, s) === undefined)
      problems.push(`${where}: subkind "${s}" of ${k} is not in the vocabulary`);
  };
  const role = (r: string, where: string) => {
    if (!Object.hasOwn(vocabulary.roles, r)) problems.push(`${where}: role "${r}" is not in the vocabulary`);
  };
  for (const [k, heads] of Object.entries(lexicon.nameHeads)) {
    kind(k, 'nameHeads');
    for (const s of Object.keys(heads)) subkind(k, s, 'nameHeads');
  }
  for (const r of Object.keys(lexicon.offices)) role(r, 'offices');
  if (!Object.hasOwn(vocabulary.relationships, 'LEADS')) problems.push('offices: relationship type "LEADS" is not in the vocabulary');
  if (!Object.hasOwn(vocabulary.relationships, 'PARTICIPANT_IN'))
    problems.push('events: relationship type "PARTICIPANT_IN" is not in the vocabulary');
  for (const [s, event] of Object.entries(lexicon.events)) {
    subkind('event', s, `events.${s}`);
    role(event.role, `events.${s}`);
    if (event.objectRole) role(event.objectRole, `events.${s}`);
    if (event.actorRole) role(event.actorRole, `events.${s}`);
    for (const k of event.who) kind(k, `events.${s}`);
  }
  role(lexicon.deciders.role, 'deciders');
  for (const s of lexicon.deciders.subkinds) subkind('organisation', s, 'deciders');
  for (const e of lexicon.deciders.events) if (!ownEntry(lexicon.events, e)) problems.push(`deciders: event "${e}" is not in events`);
  for (const p of lexicon.penalties) {
    if (!ownEntry(vocabulary.attributes, p.attribute)) problems.push(`penalties: attribute "${p.attribute}" is not in the vocabulary`);
    if (p.recipientRole) role(p.recipientRole, `penalties.${p.attribute}`);
    for (const e of p.events) if (!ownEntry(lexicon.events, e)) problems.push(`penalties.${p.attribute}: event "${e}" is not in events`);
  }
  for (const b of lexicon.between) {
    if (!Object.hasOwn(vocabulary.relationships, b.type)) problems.push(`between: type "${b.type}" is not in the vocabulary`);
    for (const k of [...b.from, ...b.to]) kind(k, `between.${b.type}`);
  }
  return problems;
}

/** Reads and checks the lexicon; throws with every problem when it does not fit the vocabulary. */
export function readLexicon(vocabulary: Vocabulary, file = LEXICON_FILE): Lexicon {
  const parsed = lexiconFile.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const problems = lexiconProblems(parsed.data, vocabulary);
  if (problems.length > 0) throw new Error(`${file} does not fit the vocabulary: ${problems.join('; ')}`);
  return parsed.data;
}
