import { describe, expect, it } from 'vitest';
import { editValuesOf, graphTarget, proposalEdit } from '../../web/src/proposal-decisions.js';
import { claimProposal, entityProposal, graphEnd, linkProposal, proposedEnd } from '../fixtures/report-data.js';

describe('the edit an editor accepts a proposal with', () => {
  it('sends nothing when nothing was changed', () => {
    for (const p of [entityProposal(), linkProposal(), claimProposal()])
      expect(proposalEdit(p, editValuesOf(p))).toEqual({ value: null, problems: [] });
  });

  it('sends only the fields of its kind that changed, trimmed', () => {
    const p = entityProposal();
    expect(
      proposalEdit(p, { ...editValuesOf(p), name: ' Detention of union members ', subkind: 'detention', role: 'ignored' }).value,
    ).toEqual({
      name: 'Detention of union members',
      subkind: 'detention',
    });
    const link = linkProposal();
    expect(proposalEdit(link, { ...editValuesOf(link), role: 'member', name: 'ignored' }).value).toEqual({ role: 'member' });
    const claim = claimProposal();
    expect(proposalEdit(claim, { ...editValuesOf(claim), value: '3 years' }).value).toEqual({ value: '3 years' });
  });

  it('links a proposed entity to an existing one instead of sending its fields', () => {
    const p = entityProposal();
    expect(proposalEdit(p, { ...editValuesOf(p), name: 'changed too', entityId: 'person/x' }).value).toEqual({ entityId: 'person/x' });
  });

  it('refuses an emptied required field, and says how to remove an optional one', () => {
    const p = entityProposal();
    expect(proposalEdit(p, { ...editValuesOf(p), name: '  ' }).problems).toEqual(['Give the name.']);
    const link = linkProposal();
    expect(proposalEdit(link, { ...editValuesOf(link), role: '' }).problems).toEqual([
      'To remove the role, accept as proposed, then edit the fact in the graph.',
    ]);
  });
});

describe('where an accepted proposal is seen in the graph', () => {
  const accepted = { status: 'ACCEPTED' as const };

  it('draws and selects a new entity', () => {
    expect(graphTarget(entityProposal({ ...accepted, resultId: 'event/arrest-1' }), [])).toEqual({
      expand: 'event/arrest-1',
      select: 'event/arrest-1',
    });
  });

  it('draws a link’s first end and selects the link', () => {
    expect(graphTarget(linkProposal({ ...accepted, resultId: 'rel/leads' }), [])).toEqual({
      expand: 'person/amin-yeleusinov',
      select: 'rel/leads',
    });
  });

  it('finds what a proposed end became', () => {
    const entity = entityProposal({ ...accepted, id: 'proposal/r/1', resultId: 'event/arrest-1' });
    const link = linkProposal({
      ...accepted,
      resultId: 'rel/new',
      from: proposedEnd('proposal/r/1', 'Arrest'),
      to: proposedEnd('proposal/r/2', 'Other'),
    });
    expect(graphTarget(link, [entity, link])).toEqual({ expand: 'event/arrest-1', select: 'rel/new' });
  });

  it('draws a claim’s subject, where the evidence panel lists the claim', () => {
    expect(graphTarget(claimProposal({ ...accepted, resultId: 'claim/1', subject: graphEnd('person/x', 'X') }), [])).toEqual({
      expand: 'person/x',
      select: 'person/x',
    });
  });

  it('has nothing to show for a pending or rejected proposal', () => {
    expect(graphTarget(linkProposal({ resultId: null }), [])).toBeNull();
    expect(graphTarget(linkProposal({ status: 'REJECTED' }), [])).toBeNull();
  });
});
