// Which known entity each name in a report is, with a score and the reasons, or none. A name links only when one
// entity clearly fits best and nothing conflicts; otherwise the mention stays unlinked and the near misses are said.
import { editDistance, words } from '../../domain/names.js';
import { FUNCTION_WORDS, initials, linkKey, type Gazetteer, type KnownEntity } from './gazetteer.js';
import { fitName, isAcronym, type NameFit } from './name-match.js';
import type { NameSpan } from './find-names.js';

export interface MentionLink {
  entityId: string | null;
  score: number;
  reasons: string[];
}

export interface LinkedName extends NameSpan {
  kind: string;
  link: MentionLink;
  /** The fullest name the report uses for the same one (a surname alone after the full name). */
  fullName: string;
}

/** At or above this a name is linked to its best entity. */
export const LINK_THRESHOLD = 0.75;
/** The best must beat the next entity by this much, or the name is ambiguous. */
const MARGIN = 0.1;
const CONTEXT_BOOST = 0.05;

function candidates(span: NameSpan, gazetteer: Gazetteer): KnownEntity[] {
  const found = new Set<KnownEntity>();
  for (const id of span.gazetteer) {
    const e = gazetteer.entities.get(id);
    if (e) found.add(e);
  }
  for (const w of words(span.text)) {
    if (FUNCTION_WORDS.has(w)) continue;
    const key = linkKey(w);
    for (const e of gazetteer.byWord.get(key) ?? []) found.add(e);
    if (key.length >= 5)
      for (const [other, list] of gazetteer.byWord)
        if (other[0] === key[0] && Math.abs(other.length - key.length) <= 1 && other !== key && editDistance(key, other) === 1)
          for (const e of list) found.add(e);
  }
  if (isAcronym(span.text)) for (const e of gazetteer.byInitials.get(span.text.replace(/[.\s]/g, '').toUpperCase()) ?? []) found.add(e);
  // Spelled out: "International Trade Union Confederation" for an entity called ITUC.
  else for (const e of gazetteer.byPhrase.get(initials(span.text).toLowerCase()) ?? []) found.add(e);
  return [...found];
}

/** Links every name; `linkedSoFar` lets a surname alone follow the full name said earlier in the report. */
export function linkNames(spans: readonly NameSpan[], gazetteer: Gazetteer): LinkedName[] {
  const linked: LinkedName[] = [];
  const inReport = new Map<string, string>(); // entity id → the fullest name the report used for it
  const people = new Map<string, LinkedName>(); // surname key → the person the report named in full
  for (const span of spans) {
    const named = words(span.text).length === 1 && span.kind !== 'organisation' ? people.get(linkKey(words(span.text)[0]!)) : undefined;
    if (named) {
      linked.push({
        ...span,
        kind: 'person',
        subkind: null,
        fullName: named.fullName,
        link: { ...named.link, reasons: [...named.link.reasons, `"${named.fullName}" earlier in the report`] },
      });
      continue;
    }
    const scored = candidates(span, gazetteer)
      .map((entity) => ({ entity, fit: fitName(span.text, span.kind, entity) }))
      .filter((c) => c.fit.score > 0)
      .map(({ entity, fit }) => ({ entity, fit: adjust(fit, entity, span, inReport, gazetteer) }))
      .sort((a, b) => b.fit.score - a.fit.score);
    const best = scored[0];
    const second = scored.find((c) => c.entity.id !== best?.entity.id);
    let link: MentionLink;
    if (!best || best.fit.score < 0.4) link = { entityId: null, score: 0, reasons: ['no entity in the graph has a similar name'] };
    else if (best.fit.conflict || best.fit.score < LINK_THRESHOLD)
      link = {
        entityId: null,
        score: round(best.fit.score),
        reasons: [`closest is ${best.entity.label} (${best.entity.id}), but ${best.fit.conflict ?? 'the names differ too much'}`],
      };
    else if (second && second.fit.score > best.fit.score - MARGIN && !second.fit.conflict)
      link = {
        entityId: null,
        score: round(best.fit.score),
        reasons: [`ambiguous: ${best.entity.id} or ${second.entity.id}; a person decides`],
      };
    else link = { entityId: best.entity.id, score: round(Math.min(1, best.fit.score)), reasons: best.fit.reasons };
    const kind = span.kind ?? (link.entityId ? gazetteer.entities.get(link.entityId)!.kind : null);
    if (!kind) continue;
    const subkind = span.kind ? span.subkind : link.entityId ? gazetteer.entities.get(link.entityId)!.subkind : null;
    if (link.entityId && (!inReport.has(link.entityId) || span.text.length > inReport.get(link.entityId)!.length))
      inReport.set(link.entityId, span.text);
    const name: LinkedName = { ...span, kind, subkind, link, fullName: span.text };
    const parts = words(span.text);
    if (kind === 'person' && parts.length >= 2) people.set(linkKey(parts.at(-1)!), name);
    linked.push(name);
  }
  return linked;
}

const round = (n: number) => Math.round(n * 100) / 100;

function adjust(fit: NameFit, entity: KnownEntity, span: NameSpan, inReport: ReadonlyMap<string, string>, gazetteer: Gazetteer): NameFit {
  if (fit.conflict) return fit;
  let { score } = fit;
  const reasons = [...fit.reasons];
  const fuller = inReport.get(entity.id);
  if (fit.reasons.includes('surname only') && fuller && fuller.length > span.text.length) {
    score = Math.max(score, 0.9);
    reasons.push(`"${fuller}" earlier in the report`);
  }
  const shared = entity.neighbours.find((n) => inReport.has(n));
  if (shared) {
    score += CONTEXT_BOOST;
    reasons.push(`shared context: linked to ${gazetteer.entities.get(shared)?.label ?? shared}, also named in the report`);
  }
  return { score, reasons, conflict: null };
}
