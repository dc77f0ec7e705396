import { describe, expect, it } from 'vitest';
import {
  findSameLink,
  citationProblems,
  claimIdentity,
  claimProblems,
  entityProblems,
  mergeCitations,
  relationshipProblems,
  sameLink,
  type RelationshipRecord,
} from '../../domain/records.js';
import { extendVocabulary, newTerm, type Vocabulary } from '../../domain/vocabulary.js';

const vocabulary: Vocabulary = {
  kinds: { person: { description: 'A person.', color: '#E69F00', shape: 'ellipse', subkinds: {} } },
  relationships: { LEADS: 'Leads.' },
  roles: { president: 'President.' },
  attributes: { 'prison term': { description: 'Length.', multiValued: false } },
};
const link: RelationshipRecord = {
  id: 'rel/a',
  type: 'LEADS',
  from: 'person/a',
  to: 'organisation/u',
  role: 'president',
  date: '2017',
  dateInferred: null,
  citations: [{ sourceId: 's', quote: 'a quote of the source' }],
};

describe('fact identity', () => {
  it('takes a link with the same type, ends and role and overlapping dates for the same fact', () => {
    expect(sameLink(link, { ...link, date: '2017-03' })).toBe(true);
    expect(sameLink(link, { ...link, date: null })).toBe(true);
    expect(sameLink(link, { ...link, date: '2015/2016' })).toBe(false);
    expect(sameLink(link, { ...link, role: 'leader' })).toBe(false);
    expect(sameLink(link, { ...link, to: 'organisation/v' })).toBe(false);
  });

  it('corroborates the link with the same date first, then the most precise compatible one', () => {
    const undated = { ...link, id: 'rel/undated', date: null };
    const year = { ...link, id: 'rel/year', date: '2015' };
    const month = { ...link, id: 'rel/month', date: '2015-03' };
    expect(findSameLink([undated, year, month], { ...link, date: '2015' })?.id).toBe('rel/year');
    expect(findSameLink([undated, year, month], { ...link, date: '2015-03-02' })?.id).toBe('rel/month');
    expect(findSameLink([undated, year], { ...link, date: '2016' })?.id).toBe('rel/undated');
  });

  it('takes claims with the same subject, attribute and value (case and typography aside) for the same fact', () => {
    const claim = { subject: 'event/s', attribute: 'prison term', value: '2 years’ jail' };
    expect(claimIdentity(claim)).toBe(claimIdentity({ ...claim, value: "2 Years'  jail" }));
    expect(claimIdentity(claim)).not.toBe(claimIdentity({ ...claim, value: '3 years' }));
  });

  it('merges citations without repeating one', () => {
    const a = { sourceId: 's1', quote: 'it’s said here' };
    expect(
      mergeCitations(
        [a],
        [
          { sourceId: 's1', quote: "it's said  here" },
          { sourceId: 's2', quote: 'x' },
        ],
      ),
    ).toEqual([a, { sourceId: 's2', quote: 'x' }]);
  });
});

describe('folding copies', () => {
  it('joins a record to a cluster only when it is the same fact as every member', async () => {
    const { clusters } = await import('../../server/migrations/fold-duplicates.js');
    const links = [
      { ...link, id: 'rel/a', date: null },
      { ...link, id: 'rel/b', date: '2010' },
      { ...link, id: 'rel/c', date: '2015' },
      { ...link, id: 'rel/d', date: '2015-06' },
    ];
    expect(clusters(links, sameLink).map((g) => g.map((l) => l.id))).toEqual([
      ['rel/a', 'rel/b'],
      ['rel/c', 'rel/d'],
    ]);
  });

  it("keeps a chosen id (a seed record's) rather than a generated one", async () => {
    const { keepersFirst } = await import('../../server/migrations/fold-duplicates.js');
    const ids = ['rel/5483b4e2-1ae9-43da-a2cd-1910fc401dfb', 'rel/kharkova-leads-knprk-president', 'rel/a'];
    expect(keepersFirst(ids.map((id) => ({ id }))).map((r) => r.id)).toEqual(['rel/a', 'rel/kharkova-leads-knprk-president', ids[0]]);
  });
});

describe('record checks shared by seed and API', () => {
  it('names every problem of an entity', () => {
    const problems = entityProblems(
      {
        id: 'Person A',
        kind: 'persn',
        subkind: null,
        name: ' ',
        descriptiveName: false,
        aliases: [{ name: 'A', reason: 'x' }],
        date: '2017-13',
        dateInferred: null,
        description: null,
        citations: [],
      },
      vocabulary,
    );
    expect(problems).toEqual([
      'id "Person A" must look like kind/kebab-slug',
      'kind "persn" is not one of: person',
      'name must be 1 to 300 characters',
      'date must be an ISO partial date (YYYY, YYYY-MM or YYYY-MM-DD) or a range of them (2015/2017, 2015/.., ../2017), got "2017-13"',
      'reason for "A" must be 3 to 2000 characters',
    ]);
  });

  it('keeps entity ids apart from the ids of links and claims', () => {
    const entity = {
      kind: 'person',
      subkind: null,
      name: 'A',
      descriptiveName: false,
      aliases: [],
      date: null,
      dateInferred: null,
      description: null,
      citations: [],
    };
    expect(entityProblems({ ...entity, id: 'rel/a' }, vocabulary)).toEqual([
      'id "rel/a" starts as a link\'s or a claim\'s id does; an entity id starts with its kind',
    ]);
    expect(newTerm(vocabulary, { group: 'KIND', name: ' claim', description: 'Not a kind.' }, 'x').problems).toEqual([
      '"claim" is reserved and cannot be a kind',
    ]);
  });

  it('checks link words and claim attributes against the vocabulary', () => {
    expect(relationshipProblems({ ...link, type: 'HEADS', role: 'lawyer', to: link.from }, vocabulary)).toEqual([
      'type "HEADS" is not one of: LEADS',
      'role "lawyer" is not one of: president',
      'from and to must be two different entities',
    ]);
    const claim = { id: 'claim/x', subject: 'e', attribute: 'fine', value: '5', preferred: true, preferredReason: null, citations: [] };
    expect(claimProblems(claim, vocabulary)).toEqual([
      'attribute "fine" is not one of: prison term',
      'a preferred claim needs the reason it is preferred',
    ]);
  });

  it('checks each citation against its source, and asks for one', () => {
    const texts = (id: string) => (id === 's' ? 'The court sentenced him to two years.' : undefined);
    expect(citationProblems([], texts)).toEqual(['at least one citation (a source and a verbatim quote) is required']);
    expect(citationProblems([{ sourceId: 'nope', quote: 'two years' }], texts)).toEqual(['source "nope" does not exist']);
    expect(citationProblems([{ sourceId: 's', quote: 'sentenced him to two years' }], texts)).toEqual([]);
  });
});

describe('the vocabulary', () => {
  it('takes a new word with its meaning, and never redefines one', () => {
    const role = newTerm(vocabulary, { group: 'ROLE', name: 'lawyer', description: 'A lawyer for a party.' }, 'curated');
    expect(role.problems).toEqual([]);
    expect(role.term).toMatchObject({ key: 'ROLE:lawyer', name: 'lawyer', origin: 'curated' });
    expect(newTerm(vocabulary, { group: 'ROLE', name: 'president', description: 'Something else.' }, 'curated').problems).toEqual([
      '"president" is already in the vocabulary; words are never redefined',
    ]);
    expect(newTerm(vocabulary, { group: 'ATTRIBUTE', name: 'charge', description: 'A charge.' }, 'x').problems).toEqual([
      'an attribute needs multiValued: true when values add up, false when two values contradict',
    ]);
  });

  it('gives a new kind a colour and a shape when none is chosen', () => {
    const { term } = newTerm(vocabulary, { group: 'KIND', name: 'vessel', description: 'A ship.' }, 'curated');
    expect(term?.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(term?.shape).toBeTruthy();
  });

  it('lets a case add words but not redefine the shared ones', () => {
    const { vocabulary: merged, problems } = extendVocabulary(vocabulary, {
      roles: { lawyer: 'A lawyer.', president: 'Another meaning.' },
    });
    expect(merged.roles.lawyer).toBe('A lawyer.');
    expect(problems).toEqual(['roles word "president" is defined differently already']);
  });
});

describe('contradictions among claims', () => {
  it('finds two values of a single-valued attribute, typography aside, and never one of a multi-valued attribute', async () => {
    const { contradictionsAmong } = await import('../../domain/records.js');
    const claims = [
      { attribute: 'prison term', value: '2 years' },
      { attribute: 'prison term', value: '2  Years' },
      { attribute: 'ban', value: '3 years' },
      { attribute: 'ban', value: '5 years' },
      { attribute: 'charge', value: 'organising a strike' },
      { attribute: 'charge', value: 'inciting discord' },
    ];
    expect(contradictionsAmong(claims, (a) => a === 'charge').map((c) => c.attribute)).toEqual(['ban']);
  });
});
