import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../server/ingest/analyse-report.js';
import { datelineOf, findValues } from '../../server/ingest/find-values.js';
import { buildGazetteer, knownEntities } from '../../server/ingest/gazetteer.js';
import { lexiconProblems, readLexicon } from '../../server/ingest/lexicon.js';
import { refKey } from '../../server/ingest/proposals.js';
import { splitSentences } from '../../server/ingest/text-units.js';
import { seedDir } from '../../server/paths.js';
import { readVocabulary } from '../../server/seed/read-dataset.js';

const vocabulary = readVocabulary(seedDir);
const lexicon = readLexicon(vocabulary);
const sentence = (text: string) => splitSentences(text)[0]!;

describe('the extraction lexicon', () => {
  it('uses only words the vocabulary knows', () => {
    expect(lexiconProblems(lexicon, vocabulary)).toEqual([]);
  });

  it('names the unknown word and where it is when it does not fit', () => {
    const broken = { ...lexicon, events: { ...lexicon.events, picnic: { ...lexicon.events.arrest!, role: 'guest' } } };
    expect(lexiconProblems(broken, vocabulary)).toEqual(
      expect.arrayContaining([
        'events.picnic: subkind "picnic" of event is not in the vocabulary',
        'events.picnic: role "guest" is not in the vocabulary',
      ]),
    );
    expect(() => readLexicon(vocabulary, path.join(seedDir, 'vocabulary.yaml'))).toThrow(/extraction|nameHeads|vocabulary\.yaml/);
  });
});

describe('sentences', () => {
  it('do not end at an initial or an abbreviation, and skip removed spans', () => {
    const text = 'The regime of N. Nazarbayev acted. Mr. Smith of Acme Ltd. spoke.\nShare this: Facebook\nThe end came.';
    const removedStart = text.indexOf('Share');
    const sentences = splitSentences(text, [
      { start: removedStart, end: removedStart + 'Share this: Facebook'.length, reason: 'share widget' },
    ]);
    expect(sentences.map((s) => s.text)).toEqual(['The regime of N. Nazarbayev acted.', 'Mr. Smith of Acme Ltd. spoke.', 'The end came.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('dates, sums and lengths', () => {
  it('resolves a date without a year against the report date, the year before when the month is later', () => {
    const found = findValues(sentence('On 10 November the union was attacked, and on 3 February it was fined.'), '2019-02-20');
    expect(found.filter((v) => v.kind === 'date').map((v) => [v.text, v.value])).toEqual([
      ['10 November', '2018-11-10'],
      ['3 February', '2019-02-03'],
    ]);
  });

  it('leaves the year unknown when the report has no date', () => {
    expect(findValues(sentence('It happened on 7 November.'), null)[0]).toMatchObject({ kind: 'date', text: '7 November', value: null });
  });

  it('finds the written forms of lengths and sums', () => {
    const found = findValues(
      sentence('He got two and a half years, a 5-year ban, 100 hours of labour and a fine of 75,000 Euros or $1,200.'),
      null,
    );
    expect(found.map((v) => `${v.kind}:${v.text}`)).toEqual([
      'duration:two and a half years',
      'duration:5-year',
      'duration:100 hours',
      'money:75,000 Euros',
      'money:$1,200',
    ]);
  });

  it('takes a full date alone near the top as the report date', () => {
    expect(datelineOf('Union leader jailed\n\n14 May 2019\n\nThe court ruled on 2 May.')).toBe('2019-05-14');
    expect(datelineOf('Union leader jailed\n\nThe court ruled on 2 May 2019 that the union must close at once.')).toBeNull();
  });
});

describe('proposals from an unseen report', () => {
  const gazetteer = buildGazetteer(
    knownEntities(
      [
        {
          id: 'person/ivan-petrenko',
          kind: 'person',
          subkind: null,
          name: 'Ivan Petrenko',
          descriptiveName: false,
          aliases: [],
          date: null,
        },
        {
          id: 'organisation/dockers',
          kind: 'organisation',
          subkind: 'trade-union',
          name: 'Independent Dockers’ Union',
          descriptiveName: false,
          aliases: [],
          date: null,
        },
        {
          id: 'event/sentence-of-petrenko',
          kind: 'event',
          subkind: 'sentence',
          name: 'Sentence of Ivan Petrenko',
          descriptiveName: true,
          aliases: [],
          date: '2020-03',
        },
      ],
      [{ from: 'person/ivan-petrenko', to: 'event/sentence-of-petrenko', role: 'defendant' }],
    ),
  );
  const text = [
    'Dockers’ leader jailed',
    '',
    'Ivan Petrenko, president of the Independent Dockers’ Union, was sentenced to three years in prison in March 2020 by the Odesa Regional Court. He was ordered to pay 20,000 euros in damages to Portline Ltd.',
    '',
    'Unions are calling for the release of Ivan Petrenko. Olena Marchuk, a lawyer, was arrested on 2 April 2020.',
  ].join('\n');
  const analysis = analyseReport(text, '2020-05-01', gazetteer, lexicon);
  const described = analysis.relationships.map((r) => `${refKey(r.from)} ${r.type} ${r.role ?? ''} ${refKey(r.to)}`);

  it('every proposal quotes a sentence of the text verbatim, at its offsets', () => {
    for (const p of [...analysis.entities, ...analysis.relationships, ...analysis.claims]) expect(text.slice(p.start, p.end)).toBe(p.quote);
  });

  it('proposes the office, and corroborates the sentence the graph holds rather than a new one', () => {
    expect(described).toContain('person/ivan-petrenko LEADS president organisation/dockers');
    expect(described).toContain('person/ivan-petrenko PARTICIPANT_IN defendant event/sentence-of-petrenko');
    expect(analysis.claims.map((c) => `${refKey(c.subject)} ${c.attribute}: ${c.value}`)).toEqual(
      expect.arrayContaining(['event/sentence-of-petrenko prison term: three years']),
    );
  });

  it('proposes new entities for names the graph lacks, with their kind from the words', () => {
    const names = analysis.entities.map((e) => `${e.kind}/${e.subkind ?? ''}: ${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['organisation/court: Odesa Regional Court', 'person/: Olena Marchuk']));
  });

  it('joins the court that decided to the sentence', () => {
    expect(described).toContain('new:organisation:odesa regional court PARTICIPANT_IN court event/sentence-of-petrenko');
  });

  it('proposes an event for an arrest it states, none for a release only called for', () => {
    expect(described.some((d) => d.includes('event:arrest:new:person:olena marchuk'))).toBe(true);
    expect(analysis.entities.some((e) => e.subkind === 'release')).toBe(false);
  });

  it('proposes nothing from a headline', () => {
    expect(analysis.relationships.every((r) => r.start > text.indexOf('\n'))).toBe(true);
  });
});
