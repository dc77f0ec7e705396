// How the review lists a report's proposals: grouped (new entities, links, claims), each summed up as a sentence with
// its confidence, what it does to the graph (corroborates a fact, contradicts claims, brings a new entity along) and
// who decided it.
import type { ProposalData, ProposalEndData, ProposalStatus } from './report-types.js';

export type StatusFilter = ProposalStatus | 'ALL';

export interface ProposalGroup {
  name: 'entities' | 'links' | 'claims';
  title: string;
  proposals: ProposalData[];
}

const GROUPS: readonly { name: ProposalGroup['name']; title: string; kind: ProposalData['kind'] }[] = [
  { name: 'entities', title: 'New entities', kind: 'ENTITY' },
  { name: 'links', title: 'Links', kind: 'RELATIONSHIP' },
  { name: 'claims', title: 'Claims', kind: 'CLAIM' },
];

/** The proposals with the status asked for, by group, in the order the report made them; empty groups left out. */
export function groupProposals(proposals: readonly ProposalData[], filter: StatusFilter): ProposalGroup[] {
  const shown = proposals.filter((p) => filter === 'ALL' || p.status === filter);
  return GROUPS.map((g) => ({ name: g.name, title: g.title, proposals: shown.filter((p) => p.kind === g.kind) })).filter(
    (g) => g.proposals.length > 0,
  );
}

export function statusCounts(proposals: readonly ProposalData[]): Record<StatusFilter, number> {
  const count = (status: ProposalStatus) => proposals.filter((p) => p.status === status).length;
  return {
    PENDING: count('PENDING'),
    ACCEPTING: count('ACCEPTING'),
    ACCEPTED: count('ACCEPTED'),
    REJECTED: count('REJECTED'),
    ALL: proposals.length,
  };
}

/** An end by the name the graph gives it; one the report proposes is marked new. */
export function endName(end: ProposalEndData | null): string {
  if (!end) return '?';
  return end.entity ? end.entity.name : `${end.name} (new)`;
}

/** One line that reads like the fact: `Nurbek Kushakbayev —PARTICIPANT_IN (defendant)→ Sentence of …`. */
export function proposalSummary(p: ProposalData): string {
  switch (p.kind) {
    case 'ENTITY': {
      const kind = [p.entityKind, p.subkind].filter(Boolean).join(', ');
      return `${p.name ?? '?'}${kind ? ` — new ${kind}` : ''}${p.date ? `, ${p.date}` : ''}`;
    }
    case 'RELATIONSHIP':
      return `${endName(p.from)} —${p.type ?? '?'}${p.role ? ` (${p.role})` : ''}→ ${endName(p.to)}${p.date ? `, ${p.date}` : ''}`;
    case 'CLAIM':
      return `${endName(p.subject)}: ${p.attribute ?? '?'} = ${p.value ?? '?'}`;
  }
}

export interface Badge {
  label: string;
  tone: 'agrees' | 'disagrees' | 'note';
  /** Said on hover. */
  detail: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function proposalBadges(p: ProposalData): Badge[] {
  const badges: Badge[] = [];
  if (p.corroborates)
    badges.push({ label: 'corroborates existing fact', tone: 'agrees', detail: `Accepting adds this quote to ${p.corroborates}.` });
  if (p.contradicts.length > 0)
    badges.push({
      label: `contradicts ${plural(p.contradicts.length, 'claim')}`,
      tone: 'disagrees',
      detail: `The graph holds ${p.contradicts.map((c) => `“${c.value}”`).join(', ')}; accepting keeps both sides.`,
    });
  for (const end of [p.from, p.to, p.subject])
    if (end && !end.entity && end.proposalId)
      badges.push({
        label: `with new entity ${end.name}`,
        tone: 'note',
        detail: `Accepting also accepts the proposed ${end.name} (${end.proposalId}).`,
      });
  return badges;
}

/** 0.8 → `80%`. */
export const confidenceLabel = (confidence: number): string => `${Math.round(Math.min(Math.max(confidence, 0), 1) * 100)}%`;

/** `2026-11-24T09:18:16.244Z` → `2026-11-24 09:18 UTC`: the same for every reader, wherever they are. */
export function timeLabel(iso: string | null): string {
  if (!iso) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** Who decided, when, and what came of it; null while pending. */
export function decisionLine(p: ProposalData): string | null {
  if (p.status === 'PENDING') return null;
  const who = `${p.status === 'ACCEPTED' ? 'Accepted' : 'Rejected'} by ${p.decidedBy ?? 'someone'}${p.decidedAt ? ` on ${timeLabel(p.decidedAt)}` : ''}`;
  if (p.status === 'REJECTED') return p.reason ? `${who}: “${p.reason}”` : `${who}.`;
  if (!p.resultId) return `${who}.`;
  return p.corroborates === p.resultId ? `${who}: the quote was added to ${p.resultId}.` : `${who}: now ${p.resultId}.`;
}

/** The pending proposals an "accept all at or above" would take. */
export function pendingAtOrAbove(proposals: readonly ProposalData[], minConfidence: number): ProposalData[] {
  return proposals.filter((p) => p.status === 'PENDING' && p.confidence >= minConfidence);
}
