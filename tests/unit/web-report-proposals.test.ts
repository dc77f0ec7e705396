import { describe, expect, it } from 'vitest';
import {
  confidenceLabel,
  decisionLine,
  groupProposals,
  pendingAtOrAbove,
  proposalBadges,
  proposalSummary,
  statusCounts,
} from '../../web/src/report-proposals.js';
import { claimProposal, entityProposal, graphEnd, linkProposal, proposedEnd } from '../fixtures/report-data.js';

const arrest = entityProposal({ id: 'proposal/r/1' });
const leads = linkProposal({
  status: 'ACCEPTED',
  corroborates: 'rel/leads',
  resultId: 'rel/leads',
  decidedBy: 'ana',
  decidedAt: '2026-11-24T09:18:20.619Z',
});
const target = linkProposal({
  id: 'proposal/r/7',
  type: 'PARTICIPANT_IN',
  role: 'target',
  from: graphEnd('organisation/fuel', 'Fuel and Energy Workers’ Union'),
  to: proposedEnd('proposal/r/1', 'Arrest of Fuel and Energy Workers’ Union'),
});
const ban = claimProposal({ status: 'REJECTED', decidedBy: 'ben', decidedAt: '2026-11-24T10:00:00Z', reason: 'Not what the court said' });
const all = [arrest, leads, target, ban];

describe('grouping a report’s proposals for review', () => {
  it('groups new entities, links and claims in the order made, leaving empty groups out', () => {
    expect(groupProposals(all, 'ALL').map((g) => [g.title, g.proposals.map((p) => p.id)])).toEqual([
      ['New entities', ['proposal/r/1']],
      ['Links', ['proposal/r/4', 'proposal/r/7']],
      ['Claims', ['proposal/r/9']],
    ]);
    expect(groupProposals(all, 'PENDING').map((g) => g.name)).toEqual(['entities', 'links']);
    expect(groupProposals(all, 'REJECTED').map((g) => g.proposals.map((p) => p.id))).toEqual([['proposal/r/9']]);
  });

  it('counts each status', () => {
    expect(statusCounts(all)).toEqual({ PENDING: 2, ACCEPTING: 0, ACCEPTED: 1, REJECTED: 1, ALL: 4 });
  });

  it('takes only pending proposals at or above the confidence for an accept-all', () => {
    expect(pendingAtOrAbove(all, 0.7).map((p) => p.id)).toEqual(['proposal/r/1', 'proposal/r/7']);
    expect(pendingAtOrAbove(all, 0.83)).toEqual([]);
  });
});

describe('summing up a proposal as a sentence', () => {
  it('reads a link as from —TYPE (role)→ to, marking an end the report proposes as new', () => {
    expect(proposalSummary(leads)).toBe('Amin Yeleusinov —LEADS (president)→ Oil Construction Company Workers’ Union');
    expect(proposalSummary(target)).toBe(
      'Fuel and Energy Workers’ Union —PARTICIPANT_IN (target)→ Arrest of Fuel and Energy Workers’ Union (new)',
    );
    expect(proposalSummary(linkProposal({ role: null, date: '2017-04' }))).toBe(
      'Amin Yeleusinov —LEADS→ Oil Construction Company Workers’ Union, 2017-04',
    );
  });

  it('reads a new entity with its kind and date, and a claim as subject: attribute = value', () => {
    expect(proposalSummary(arrest)).toBe('Arrest of Fuel and Energy Workers’ Union — new event, arrest, 2017-09-21');
    expect(proposalSummary(entityProposal({ subkind: null, date: null, name: 'Aigul Serikbayeva', entityKind: 'person' }))).toBe(
      'Aigul Serikbayeva — new person',
    );
    expect(proposalSummary(ban)).toBe('Sentence of Larisa Kharkova: ban on public activity = 5 years');
  });

  it('gives confidence as a percentage', () => {
    expect(confidenceLabel(0.82)).toBe('82%');
    expect(confidenceLabel(1.2)).toBe('100%');
  });
});

describe('what a proposal does to the graph', () => {
  it('says when it corroborates an existing fact', () => {
    expect(proposalBadges(leads).map((b) => [b.label, b.tone])).toEqual([['corroborates existing fact', 'agrees']]);
  });

  it('counts the claims it contradicts and names their values', () => {
    const badges = proposalBadges(
      claimProposal({
        contradicts: [
          { id: 'claim/a', value: '3 years' },
          { id: 'claim/b', value: '2 years' },
        ],
      }),
    );
    expect(badges.map((b) => b.label)).toEqual(['contradicts 2 claims']);
    expect(badges[0]?.detail).toContain('“3 years”, “2 years”');
    expect(proposalBadges(claimProposal({ contradicts: [{ id: 'claim/a', value: '3 years' }] }))[0]?.label).toBe('contradicts 1 claim');
  });

  it('says a link brings its proposed entity along', () => {
    expect(proposalBadges(target).map((b) => b.label)).toEqual(['with new entity Arrest of Fuel and Energy Workers’ Union']);
  });
});

describe('who decided a proposal', () => {
  it('says nothing while it is pending', () => {
    expect(decisionLine(arrest)).toBeNull();
  });

  it('names who accepted it, when (in UTC) and what it became', () => {
    expect(decisionLine(leads)).toBe('Accepted by ana on 2026-11-24 09:18 UTC: the quote was added to rel/leads.');
    expect(decisionLine(entityProposal({ status: 'ACCEPTED', resultId: 'event/arrest-1', decidedBy: 'ana', decidedAt: null }))).toBe(
      'Accepted by ana: now event/arrest-1.',
    );
  });

  it('names who rejected it and why', () => {
    expect(decisionLine(ban)).toBe('Rejected by ben on 2026-11-24 10:00 UTC: “Not what the court said”');
    expect(decisionLine(claimProposal({ status: 'REJECTED', decidedBy: 'ben' }))).toBe('Rejected by ben.');
  });
});
