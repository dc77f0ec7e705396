import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  MAX_REPORT_BYTES,
  mediaTypeOf,
  reportInput,
  reportProblems,
  type ReportFormValues,
} from '../../web/src/report-input.js';
import { reportFromQuery, withReport } from '../../web/src/report-url.js';

const empty: ReportFormValues = { text: '', file: null, title: '', url: '', date: '', publisher: '', caseId: '' };
const file = { name: 'report.pdf', type: '', size: 1200 };

describe('checking the "Add a report" form before sending', () => {
  it('needs pasted text or a file, not both', () => {
    expect(reportProblems(empty)).toEqual(['Paste the report’s text or choose a file (.txt, .html or .pdf).']);
    expect(reportProblems({ ...empty, text: '  \n ' })).toHaveLength(1);
    expect(reportProblems({ ...empty, text: 'Some text', file })).toEqual([
      'Give the pasted text or the file, not both: clear one of them.',
    ]);
  });

  it('refuses a file over the API’s 10 MB, or an empty one, before reading it', () => {
    expect(reportProblems({ ...empty, file: { ...file, size: MAX_REPORT_BYTES + 1 } })).toEqual([
      'report.pdf is too large (10.0 MB); a report can be at most 10 MB.',
    ]);
    expect(reportProblems({ ...empty, file: { ...file, size: 0 } })).toEqual(['report.pdf is empty.']);
  });

  it('checks the date and URL as the server would', () => {
    const problems = reportProblems({ ...empty, text: 'x', date: '2 October 2017', url: 'www.example.org' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('“2 October 2017” is not');
    expect(problems[1]).toContain('http://');
    expect(reportProblems({ ...empty, text: 'x', date: '2017-10', url: 'https://example.org/a' })).toEqual([]);
  });
});

describe('the input sent to ingestReport', () => {
  it('sends pasted text exactly as typed, with the details given and nulls for those left empty', () => {
    const text = '  Kazakhstan: free the jailed oil union leaders\n\n2 October 2017\n';
    expect(reportInput({ ...empty, text, title: ' Free them ', date: '2017-10-02' }, null)).toEqual({
      value: { text, title: 'Free them', url: null, date: '2017-10-02', publisher: null, caseId: null },
      problems: [],
    });
  });

  it('sends a file as base64 with its name and media type', () => {
    expect(reportInput({ ...empty, file, publisher: 'IndustriALL' }, 'JVBERi0=').value).toEqual({
      fileBase64: 'JVBERi0=',
      fileName: 'report.pdf',
      mediaType: 'application/pdf',
      title: null,
      url: null,
      date: null,
      publisher: 'IndustriALL',
      caseId: null,
    });
    expect(reportInput({ ...empty, file }, null).problems).toEqual(['report.pdf could not be read.']);
  });

  it('tells the media type from the browser or the name’s ending', () => {
    expect(mediaTypeOf({ name: 'page.HTM', type: '' })).toBe('text/html');
    expect(mediaTypeOf({ name: 'x', type: 'text/plain' })).toBe('text/plain');
    expect(mediaTypeOf({ name: 'report.constructor', type: '' })).toBeNull();
    expect(mediaTypeOf({ name: 'notes.txt', type: 'application/octet-stream' })).toBe('text/plain');
    expect(mediaTypeOf({ name: 'scan.tiff', type: 'image/tiff' })).toBeNull();
  });

  it('encodes bytes as base64 like Node does, in chunks for a large file', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new TextEncoder().encode('Кушакбаев'))).toBe(Buffer.from('Кушакбаев').toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('the report under review in the address', () => {
  it('is read from the query and added after the view’s parameters', () => {
    expect(reportFromQuery('?roots=a&report=report-2ab6')).toBe('report-2ab6');
    expect(reportFromQuery('roots=a')).toBeNull();
    expect(withReport('roots=a', 'report-2ab6')).toBe('roots=a&report=report-2ab6');
    expect(withReport('', 'report x')).toBe('report=report%20x');
    expect(withReport('roots=a', null)).toBe('roots=a');
    expect(reportFromQuery(`?${withReport('', 'report x')}`)).toBe('report x');
  });
});
