import { describe, expect, it } from 'vitest';
import { mentionNote, reportSegments, type TextSegment } from '../../web/src/report-text.js';

const TEXT = 'Kushakpaev was jailed in Aktau.\nShare this: Facebook';
const none = { removed: [], mentions: [], quote: null };
const joined = (segments: TextSegment[]) => segments.map((s) => s.text).join('');
const view = (segments: TextSegment[]) => segments.map((s) => [s.text, s.removed?.reason ?? null, s.mention, s.quote] as const);

describe('cutting a report’s text into what the review shows', () => {
  it('gives the whole text as one plain piece when nothing is marked', () => {
    expect(view(reportSegments(TEXT, none))).toEqual([[TEXT, null, null, false]]);
    expect(reportSegments('', none)).toEqual([]);
  });

  it('marks the removed line with its reason, the mentions by index and the quote, and loses no character', () => {
    const segments = reportSegments(TEXT, {
      removed: [{ start: 32, end: 52, reason: 'share widget' }],
      mentions: [
        { start: 0, end: 10 },
        { start: 25, end: 30 },
      ],
      quote: { start: 0, end: 31 },
    });
    expect(joined(segments)).toBe(TEXT);
    expect(view(segments)).toEqual([
      ['Kushakpaev', null, 0, true],
      [' was jailed in ', null, null, true],
      ['Aktau', null, 1, true],
      ['.', null, null, true],
      ['\n', null, null, false],
      ['Share this: Facebook', 'share widget', null, false],
    ]);
  });

  it('splits a mention the quote ends inside, keeping both pieces of it the same mention', () => {
    const segments = reportSegments('Larisa Harkova spoke.', { ...none, mentions: [{ start: 0, end: 14 }], quote: { start: 7, end: 21 } });
    expect(view(segments)).toEqual([
      ['Larisa ', null, 0, false],
      ['Harkova', null, 0, true],
      [' spoke.', null, null, true],
    ]);
  });

  it('keeps a mention inside a removed line as both', () => {
    const segments = reportSegments('ab Techno cd', {
      removed: [{ start: 0, end: 12, reason: 'footer' }],
      mentions: [{ start: 3, end: 9 }],
      quote: null,
    });
    expect(view(segments)).toEqual([
      ['ab ', 'footer', null, false],
      ['Techno', 'footer', 0, false],
      [' cd', 'footer', null, false],
    ]);
    expect(segments.every((s) => s.removed?.start === 0 && s.removed.end === 12)).toBe(true);
  });

  it('lets the earlier mention win where two overlap', () => {
    const segments = reportSegments('International Labor Organization', {
      ...none,
      mentions: [
        { start: 0, end: 32 },
        { start: 14, end: 32 },
      ],
    });
    expect(view(segments)).toEqual([['International Labor Organization', null, 0, false]]);
  });

  it('cuts offsets past the end of the text and ignores empty or inverted spans', () => {
    const segments = reportSegments('short', {
      removed: [{ start: 3, end: 99, reason: 'footer' }],
      mentions: [
        { start: 2, end: 2 },
        { start: 4, end: 1 },
      ],
      quote: { start: -5, end: 2 },
    });
    expect(view(segments)).toEqual([
      ['sh', null, null, true],
      ['o', null, null, false],
      ['rt', 'footer', null, false],
    ]);
    expect(segments[2]?.removed).toEqual({ start: 3, end: 5, reason: 'footer' });
  });

  it('counts offsets in UTF-16 code units, as the API does', () => {
    const text = 'Нурбек 🙂 Кушакбаев';
    const at = text.indexOf('Кушакбаев');
    const segments = reportSegments(text, { ...none, mentions: [{ start: at, end: at + 9 }] });
    expect(segments.find((s) => s.mention === 0)?.text).toBe('Кушакбаев');
  });

  it('stays fast on a long text with many marks', () => {
    const text = 'word '.repeat(200_000);
    const mentions = Array.from({ length: 50_000 }, (_, i) => ({ start: i * 20, end: i * 20 + 4 }));
    const began = performance.now();
    const segments = reportSegments(text, {
      removed: [{ start: 0, end: 100, reason: 'footer' }],
      mentions,
      quote: { start: 500, end: 900 },
    });
    expect(performance.now() - began).toBeLessThan(5000);
    expect(joined(segments).length).toBe(text.length);
  });
});

describe('what a mention says on hover', () => {
  const base = { text: 'Nurbek Kushakpaev', kind: 'person', subkind: null, value: null, reasons: [] as string[] };

  it('names the linked entity with its score and the reasons', () => {
    const note = mentionNote({
      ...base,
      entity: { id: 'person/n', name: 'Nurbek Kushakbayev' },
      score: 0.9,
      reasons: ['spelling variant'],
    });
    expect(note).toBe('Nurbek Kushakbayev · person · score 0.90 (spelling variant)');
  });

  it('says a name is not linked, and why', () => {
    expect(mentionNote({ ...base, entity: null, score: 0, reasons: ['no entity in the graph has a similar name'] })).toBe(
      'person · not linked (no entity in the graph has a similar name)',
    );
  });

  it('gives a date its normalised value', () => {
    expect(mentionNote({ ...base, text: '2 October 2017', kind: 'date', value: '2017-10-02', entity: null, score: null })).toBe(
      'date: 2017-10-02',
    );
    expect(mentionNote({ ...base, text: 'May', kind: 'date', value: null, entity: null, score: null })).toBe('date');
  });
});
