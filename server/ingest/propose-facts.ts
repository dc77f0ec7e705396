// From linked names and values to proposed facts, sentence by sentence, by the lexicon's general rules: offices
// ("X, president of Y"), events and who they happen to ("X was sentenced", "the arrest of X"), who decided, the
// penalties a sentence states, and links stated by the words between two names ("affiliated with").
import { foldName } from '../../domain/names.js';
import { datesCompatible } from '../../domain/dates.js';
import { ownEntry } from '../../domain/input-rules.js';
import { quoteShapeProblem } from '../../domain/quotes.js';
import type { Gazetteer } from './gazetteer.js';
import type { Lexicon } from './lexicon.js';
import type { LinkedName } from './link-names.js';
import type { ValueMention } from './find-values.js';
import { isTitleCase, type Sentence } from './text-units.js';
import { refKey, type EndRef, type EntityProposal, type Proposals } from './proposals.js';

export interface ProposalInput {
  sentences: readonly Sentence[];
  names: readonly LinkedName[];
  values: readonly ValueMention[];
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word list as one pattern: whole words, a trailing * any ending, spaces any run of spaces. */
export function wordsPattern(words: readonly string[], flags = 'gi'): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[\\p{L}-]*` : escape(w)).replace(/\\? /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}-])(?:${alternatives.join('|')})(?![\\p{L}])`, `${flags}u`);
}

const PASSIVE = /\b(?:was|were|been|be|is|are|being|got|get)\s+(?:\p{L}+ly\s+)?$/iu;

export function proposeFacts(input: ProposalInput): Proposals {
  const { sentences, names, values, gazetteer, lexicon } = input;
  const proposals: Proposals = { entities: [], relationships: [], claims: [] };
  const newEntities = new Map<string, EntityProposal>();
  const seen = new Set<string>();

  /** A name as an end: its entity, or a new entity proposed with the first sentence that names it. */
  const refOf = (name: LinkedName): EndRef => {
    if (name.link.entityId) return { entityId: name.link.entityId };
    const key = `${name.kind}:${foldName(name.fullName)}`;
    if (!newEntities.has(key)) {
      const sentence = sentences[name.sentence]!;
      newEntities.set(key, {
        key,
        kind: name.kind,
        subkind: name.subkind ?? fallbackSubkind(name.kind, lexicon),
        name: name.fullName,
        date: null,
        quote: sentence.text,
        start: sentence.start,
        end: sentence.end,
        confidence: name.subkind || name.kind === 'person' ? 0.6 : 0.45,
        reasons: [`not in the graph: ${name.link.reasons.join('; ')}`, `a ${name.kind}: ${name.kindReason}`],
      });
    }
    return { key };
  };
  const confidenceOf = (base: number, ...ends: LinkedName[]) =>
    Math.round(base * Math.min(1, ...ends.map((e) => (e.link.entityId ? e.link.score : 0.8))) * 100) / 100;

  const addRelationship: AddRelationship = (type, from, to, role, sentence, confidence, reason) => {
    if (refKey(from) === refKey(to)) return;
    const key = `${type}|${refKey(from)}|${refKey(to)}|${role}|${sentence.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    proposals.relationships.push({
      type,
      from,
      to,
      role,
      date: null,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
      confidence,
      reasons: [reason],
    });
  };

  sentences.forEach((sentence, index) => {
    // A headline sums up what the body states with its quotes; facts are proposed from the body. A sentence that could
    // not be a quote (a run-on paragraph, two words) proposes nothing rather than an unacceptable quote.
    if (isTitleCase(sentence.tokens, sentence.text) || quoteShapeProblem(sentence.text)) return;
    const here = names.filter((n) => n.sentence === index);
    const valuesHere = values.filter((v) => v.start >= sentence.start && v.end <= sentence.end);
    const between = (a: { end: number }, b: { start: number }) => sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
    proposeOffices(here, between, sentence, lexicon, refOf, confidenceOf, addRelationship);
    const earlier = names.filter((n) => n.sentence === index - 1);
    proposeEvents({
      sentence,
      earlier,
      here,
      valuesHere,
      between,
      lexicon,
      gazetteer,
      refOf,
      confidenceOf,
      addRelationship,
      proposals,
      newEntities,
    });
    proposeBetween(here, between, sentence, lexicon, refOf, confidenceOf, addRelationship);
  });
  proposals.entities = [...newEntities.values()];
  return proposals;
}

function fallbackSubkind(kind: string, lexicon: Lexicon): string | null {
  const subkinds = Object.keys(ownEntry(lexicon.nameHeads, kind) ?? {});
  return subkinds[0] ?? null;
}

type RefOf = (name: LinkedName) => EndRef;
type ConfidenceOf = (base: number, ...ends: LinkedName[]) => number;
type AddRelationship = (
  type: string,
  from: EndRef,
  to: EndRef,
  role: string | null,
  sentence: Sentence,
  confidence: number,
  reason: string,
) => void;
type Between = (a: { end: number }, b: { start: number }) => string;

function officePhrases(lexicon: Lexicon): { role: string; pattern: string }[] {
  return Object.entries(lexicon.offices).flatMap(([role, words]) =>
    words.map((w) => ({ role, pattern: escape(w).replace(/\\? /g, '\\s+').replace(/-/g, '[-\\s]') })),
  );
}

function proposeOffices(
  here: readonly LinkedName[],
  between: Between,
  sentence: Sentence,
  lexicon: Lexicon,
  refOf: RefOf,
  confidenceOf: ConfidenceOf,
  add: AddRelationship,
) {
  const offices = officePhrases(lexicon).sort((a, b) => b.pattern.length - a.pattern.length);
  const match = (text: string, template: string) =>
    offices.find((o) => new RegExp(template.replace('OFFICE', `(?:${o.pattern})`), 'iu').test(text));
  const persons = here.filter((n) => n.kind === 'person');
  const orgs = here.filter((n) => n.kind === 'organisation');
  for (const p of persons) {
    for (const o of orgs) {
      let office: { role: string } | undefined;
      let how: string;
      if (o.start > p.end) {
        const gap = between(p, o);
        office = match(
          gap,
          String.raw`^\s*[)\]"”’]?\s*,?\s*(?:(?:who\s+is|is|was|as)\s+)?(?:the\s+|a\s+|an\s+|its\s+)?(?:\p{Ll}+\s+)?OFFICE\s+(?:of|at|for)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$`,
        );
        how = '"X, office of Y"';
        if (!office && /^\s*,\s*$/.test(gap)) {
          const after = sentence.text.slice(o.end - sentence.start);
          office = match(after, String.raw`^\s*OFFICE\b`);
          how = '"X, Y office"';
        }
      } else {
        const gap = between(o, p);
        office = match(gap, String.raw`^(?:[’']s)?\s+(?:\p{Ll}+\s+)?OFFICE\s*,?\s*$`);
        how = '"Y office X"';
      }
      if (office) add('LEADS', refOf(p), refOf(o), office.role, sentence, confidenceOf(0.85, p, o), `office stated as ${how}`);
    }
  }
}

interface EventInput {
  sentence: Sentence;
  /** Names of the sentence before, for a pronoun. */
  earlier: readonly LinkedName[];
  here: readonly LinkedName[];
  valuesHere: readonly ValueMention[];
  between: Between;
  lexicon: Lexicon;
  gazetteer: Gazetteer;
  refOf: RefOf;
  confidenceOf: ConfidenceOf;
  addRelationship: AddRelationship;
  proposals: Proposals;
  newEntities: Map<string, EntityProposal>;
}

const PRONOUN = /^\s+(him|her|them)\b/iu;

/** The participants an event word points at: before it for a passive or an actor, after it otherwise. */
function participantsOf(trigger: { start: number; end: number }, e: EventInput, who: readonly string[], actor: boolean) {
  const { sentence, here } = e;
  const before = sentence.text.slice(0, trigger.start - sentence.start);
  // "sentenced him": the last person the report named, in this sentence or the one before.
  if (!actor && PRONOUN.test(sentence.text.slice(trigger.end - sentence.start)) && who.includes('person')) {
    const last = [...e.earlier, ...here].filter((n) => n.kind === 'person' && n.end <= trigger.start).at(-1);
    if (last) return { names: [last], direct: false, actor: null };
  }
  const passive = PASSIVE.test(before) || /\b(?:has|have|had)\s+(?:been\s+)?$/iu.test(before);
  const eligible = here.filter((n) => who.includes(n.kind));
  const pick = (list: LinkedName[]) => {
    for (const kind of who) {
      const found = list.filter((n) => n.kind === kind);
      if (found.length > 0) return found;
    }
    return [];
  };
  const after = pick(eligible.filter((n) => n.start >= trigger.end && n.start - trigger.end <= 80));
  const prior = pick(eligible.filter((n) => n.end <= trigger.start)).reverse();
  const lookBefore = passive || actor;
  // "his prison sentence": the person was named before.
  const refersBack = /\b(?:his|her|their|its)\s+(?:\p{L}+\s+)?$/iu.test(before);
  const primary = lookBefore ? prior : after;
  // Nothing after it ("X is serving a two-year sentence"): who the clause is about, named before it without a break.
  // Only the likeliest kind (a person, for a sentence): a body named earlier in the clause is rarely who it befell.
  const sameClause = prior.filter(
    (n) => n.kind === who[0] && !/[;:]/.test(sentence.text.slice(n.end - sentence.start, trigger.start - sentence.start)),
  );
  const fallback = lookBefore ? after : refersBack ? prior : /\bto\s+["“‘']?$/iu.test(before) ? [] : sameClause;
  const chosen = primary.length > 0 ? primary : fallback;
  if (chosen.length === 0) return { names: [], direct: false, actor: null };
  // The first, and others joined to it by "and" or a comma ("the arrest of X, and Y").
  const joined = [chosen[0]!];
  for (const next of chosen.slice(1)) {
    const last = joined[joined.length - 1]!;
    const [a, b] = next.start > last.start ? [last, next] : [next, last];
    const gap = sentence.text.slice(a.end - sentence.start, b.start - sentence.start);
    if (gap.length <= 60 && /(?:^|\s|,)(?:and|,)(?:\s|$)/.test(gap) && !/[;:]/.test(gap)) joined.push(next);
    else break;
  }
  // Who did it, when it was done to someone else: named just before an active word, in the same clause.
  const doer =
    !lookBefore && primary.length > 0 ? here.filter((n) => n.end <= trigger.start && trigger.start - n.end <= 60).at(-1) : undefined;
  const actorName = doer && !/[,;:]/.test(sentence.text.slice(doer.end - sentence.start, trigger.start - sentence.start)) ? doer : null;
  return { names: joined, direct: primary.length > 0, actor: actorName };
}

function proposeEvents(e: EventInput) {
  const { sentence, lexicon, gazetteer, here, valuesHere, refOf, confidenceOf, addRelationship, proposals, newEntities } = e;
  const made = new Map<string, { ref: EndRef; subkind: string }[]>();
  const modal = new RegExp(
    `${wordsPattern(lexicon.modalCues, '').source}(?:\\s+(?:the|an?|their|his|her|its|\\p{L}+(?:ly|ed)))*\\s+$`,
    'iu',
  );
  for (const [subkind, event] of Object.entries(lexicon.events)) {
    const pattern = wordsPattern(event.words);
    const trigger = [...sentence.text.matchAll(pattern)][0];
    if (!trigger) continue;
    const at = { start: sentence.start + trigger.index, end: sentence.start + trigger.index + trigger[0].length };
    const lead = sentence.text.slice(Math.max(0, trigger.index - 40), trigger.index);
    // A wish ("calls for the release of") or a denial ("was not arrested") is not an event.
    if (modal.test(lead) || /\b(?:not|never|no longer)\s+(?:been\s+|be\s+)?$/iu.test(lead)) continue;
    const { names, direct, actor } = participantsOf(at, e, event.who, event.actor);
    const date = nearestDate(valuesHere, at);
    for (const who of names) {
      const whoRef = refOf(who);
      const existing = findEvent(gazetteer, subkind, whoRef, event.role, date);
      let eventRef: EndRef;
      let linkReason: string;
      if (existing) {
        eventRef = { entityId: existing.id };
        linkReason = `the graph's ${subkind} "${existing.label}" has ${who.text} as ${event.role}`;
      } else {
        const key = `event:${subkind}:${refKey(whoRef)}`;
        if (!newEntities.has(key))
          newEntities.set(key, {
            key,
            kind: 'event',
            subkind,
            name: event.name.replace('{who}', who.text),
            date: date?.value ?? null,
            quote: sentence.text,
            start: sentence.start,
            end: sentence.end,
            confidence: confidenceOf(direct ? 0.7 : 0.5, who),
            reasons: [`"${trigger[0]}" with ${who.text}`],
          });
        eventRef = { key };
        linkReason = `"${trigger[0]}" with ${who.text}`;
      }
      made.set(subkind, [...(made.get(subkind) ?? []), { ref: eventRef, subkind }]);
      addRelationship('PARTICIPANT_IN', whoRef, eventRef, event.role, sentence, confidenceOf(direct ? 0.8 : 0.55, who), linkReason);
      if (actor && event.actorRole && !names.includes(actor))
        addRelationship(
          'PARTICIPANT_IN',
          refOf(actor),
          eventRef,
          event.actorRole,
          sentence,
          confidenceOf(0.65, actor),
          `${actor.text} "${trigger[0]}"`,
        );
      if (event.objectRole) {
        const object = here.find(
          (n) =>
            n.start > at.end && n !== who && /^\s*(?:\p{L}+\s+){0,3}?(?:with|to|against|before)\s+(?:the\s+)?$/iu.test(e.between(at, n)),
        );
        if (object)
          addRelationship(
            'PARTICIPANT_IN',
            refOf(object),
            eventRef,
            event.objectRole,
            sentence,
            confidenceOf(0.7, object),
            `"${trigger[0]}" … with ${object.text}`,
          );
      }
    }
  }
  proposeDeciders(e, made);
  proposePenalties(e, made, proposals);
}

function nearestDate(values: readonly ValueMention[], at: { start: number }): ValueMention | null {
  const dates = values.filter((v) => v.kind === 'date' && v.value);
  return dates.sort((a, b) => Math.abs(a.start - at.start) - Math.abs(b.start - at.start))[0] ?? null;
}

/** An event the graph already holds: same kind, the same participant in the same part, dates that agree. */
function findEvent(gazetteer: Gazetteer, subkind: string, who: EndRef, role: string, date: ValueMention | null) {
  if (!('entityId' in who)) return null;
  const matches = (gazetteer.eventsBySubkind.get(subkind) ?? []).filter(
    (event) =>
      event.participants.some((p) => p.entityId === who.entityId && p.role === role) &&
      (!date?.value || !event.date || datesCompatible(event.date, date.value)),
  );
  return matches.length === 1 ? matches[0]! : null;
}

function proposeDeciders(e: EventInput, made: Map<string, { ref: EndRef; subkind: string }[]>) {
  const { lexicon, here, refOf, confidenceOf, addRelationship, sentence } = e;
  const courts = here.filter((n) => n.kind === 'organisation' && n.subkind && lexicon.deciders.subkinds.includes(n.subkind));
  for (const court of courts)
    for (const [subkind, events] of made)
      if (lexicon.deciders.events.includes(subkind))
        for (const event of events)
          addRelationship(
            'PARTICIPANT_IN',
            refOf(court),
            event.ref,
            lexicon.deciders.role,
            sentence,
            confidenceOf(0.7, court),
            `${court.text} in the same sentence`,
          );
}

function proposePenalties(e: EventInput, made: Map<string, { ref: EndRef; subkind: string }[]>, proposals: Proposals) {
  const { lexicon, valuesHere, sentence, here, refOf, confidenceOf, addRelationship } = e;
  const used = new Set<ValueMention>();
  for (const penalty of lexicon.penalties) {
    const event = penalty.events.flatMap((s) => made.get(s) ?? [])[0];
    if (!event) continue;
    const near = wordsPattern(penalty.near, 'i');
    for (const value of valuesHere.filter((v) => v.kind === penalty.value && !used.has(v))) {
      const around = sentence.text.slice(Math.max(0, value.start - sentence.start - 40), value.end - sentence.start + 40);
      if (!near.test(around)) continue;
      let text = value.text;
      const recipient = penalty.recipientRole
        ? here.find((n) => n.start > value.end && /^[^.;:]{0,60}?\bto\s+(?:the\s+)?$/iu.test(e.between(value, n)))
        : undefined;
      if (recipient && penalty.recipientRole) {
        text = `${value.text} to ${recipient.text}`;
        addRelationship(
          'PARTICIPANT_IN',
          refOf(recipient),
          event.ref,
          penalty.recipientRole,
          sentence,
          confidenceOf(0.65, recipient),
          `paid to ${recipient.text}`,
        );
      }
      used.add(value);
      proposals.claims.push({
        subject: event.ref,
        attribute: penalty.attribute,
        value: text,
        quote: sentence.text,
        start: sentence.start,
        end: sentence.end,
        confidence: 0.7,
        reasons: [`"${value.text}" near "${near.exec(around)?.[0] ?? ''}"`],
      });
      break;
    }
  }
}

function proposeBetween(
  here: readonly LinkedName[],
  between: Between,
  sentence: Sentence,
  lexicon: Lexicon,
  refOf: RefOf,
  confidenceOf: ConfidenceOf,
  add: AddRelationship,
) {
  for (const rule of lexicon.between) {
    const cue = [...sentence.text.matchAll(wordsPattern(rule.words))][0];
    if (!cue) continue;
    const at = { start: sentence.start + cue.index, end: sentence.start + cue.index + cue[0].length };
    const a = [...here].reverse().find((n) => n.end <= at.start && rule.from.includes(n.kind));
    const b = here.find((n) => n.start >= at.end && rule.to.includes(n.kind) && between(at, n).length <= 60);
    if (!a || !b) continue;
    const reversed = rule.reverseWhen?.some((w) => wordsPattern([w], 'i').test(cue[0]));
    const [from, to] = reversed ? [b, a] : [a, b];
    add(rule.type, refOf(from), refOf(to), null, sentence, confidenceOf(0.65, a, b), `"${cue[0]}" between ${a.text} and ${b.text}`);
  }
}
