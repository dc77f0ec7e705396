import { describe, expect, it } from 'vitest';
import { compareDates } from '../../domain/dates.js';
import { buildDossier } from '../../domain/dossier.js';
import type { ExportNode } from '../../domain/export/graph-data.js';

const a = { id: 'src-a', title: 'Report A', publisher: 'Union news', date: '2017-08-01', url: 'https://example.org/a' };
const b = { id: 'src-b', title: 'Report B' };
const person: ExportNode = {
  id: 'person/k',
  kind: 'person',
  name: 'Larisa K.',
  aliases: ['L. K.'],
  citations: [{ quote: 'Larisa K., the union leader', source: b }],
  claims: [{ id: 'claim/age', attribute: 'age', value: '52', citations: [{ quote: 'aged 52', source: b }] }],
};
const sentence: ExportNode = {
  id: 'event/sentence',
  kind: 'event',
  name: 'Sentence of K.',
  date: '2017-07-24',
  claims: [
    {
      id: 'claim/100',
      attribute: 'compulsory labour',
      value: '100 hours monthly',
      citations: [{ quote: '100 hours of compulsory labour', source: a }],
    },
    {
      id: 'claim/400',
      attribute: 'compulsory labour',
      value: '400 hours',
      preferred: true,
      preferredReason: 'the verdict',
      citations: [{ quote: '400 hours', source: b }],
    },
  ],
};
const union: ExportNode = {
  id: 'org/union',
  kind: 'organisation',
  name: 'Union',
  claims: [{ id: 'claim/members', attribute: 'members', value: '1000', citations: [] }],
};
const court: ExportNode = { id: 'org/court', kind: 'organisation', name: 'Court' };
const edge = (id: string, from: string, to: string, type: string, date: string | null, source: { id: string; title: string } = a) => ({
  id,
  type,
  date,
  source: { id: from },
  target: { id: to },
  citations: [{ quote: `${type} quote`, source }],
});

describe('a dossier', () => {
  const dossier = buildDossier(
    'person/k',
    {
      nodes: [person, sentence, union, court],
      edges: [
        edge('r/lead', 'person/k', 'org/union', 'LEADS', null, b),
        edge('r/sentenced', 'person/k', 'event/sentence', 'PARTICIPANT_IN', '2017-07-24'),
        edge('r/member', 'person/k', 'org/union', 'MEMBER_OF', '2012'),
        edge('r/court', 'org/court', 'event/sentence', 'PARTICIPANT_IN', '2017-07-24'),
      ],
    },
    [],
  )!;

  it("lists the actor's links in date order, the undated last, and no link that is not its own", () => {
    expect(dossier.links.map((l) => [l.id, l.date, l.direction, l.other.name])).toEqual([
      ['r/member', '2012', 'out', 'Union'],
      ['r/sentenced', '2017-07-24', 'out', 'Sentence of K.'],
      ['r/lead', null, 'out', 'Union'],
    ]);
  });

  it('dates a link that has no date of its own by the happening it links to, saying so', () => {
    const undatedLink = buildDossier(
      'person/k',
      {
        nodes: [person, sentence, union],
        edges: [edge('r/lead', 'person/k', 'org/union', 'LEADS', null), edge('r/in', 'person/k', 'event/sentence', 'PARTICIPANT_IN', null)],
      },
      [],
    )!;
    expect(undatedLink.links.map((l) => [l.id, l.date, l.otherDate])).toEqual([
      ['r/in', null, '2017-07-24'],
      ['r/lead', null, null],
    ]);
  });

  it('holds the claims about the actor and its dated happenings, every side of a contradiction with its quote', () => {
    expect(dossier.claims.map((c) => [c.subject.id, c.value, c.otherValues, c.preferred])).toEqual([
      ['person/k', '52', [], false],
      ['event/sentence', '100 hours monthly', ['400 hours'], false],
      ['event/sentence', '400 hours', ['100 hours monthly'], true],
    ]);
    const [, hundred, fourHundred] = dossier.claims;
    expect(dossier.sources[hundred!.quotes[0]!.sourceNumber - 1]!.id).toBe('src-a');
    expect(dossier.sources[fourHundred!.quotes[0]!.sourceNumber - 1]!.id).toBe('src-b');
  });

  it('numbers each source once, in the order first quoted', () => {
    expect(dossier.sources.map((s) => s.id)).toEqual(['src-b', 'src-a']);
    expect(dossier.sources[1]).toEqual(a);
    expect(dossier.quotes).toEqual([{ quote: 'Larisa K., the union leader', sourceNumber: 1 }]);
  });

  it('is null for an entity the subgraph does not hold', () => {
    expect(buildDossier('person/unknown', { nodes: [person], edges: [] }, [])).toBeNull();
  });

  it('orders dates by the first day they cover, the more precise first, unknown ones last', () => {
    expect(['2018', null, '2017-07-24', '2017', '2017/2019', '../2016'].sort(compareDates)).toEqual([
      '../2016',
      '2017',
      '2017/2019',
      '2017-07-24',
      '2018',
      null,
    ]);
  });
});
