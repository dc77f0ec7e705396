import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../server/ingest/errors.js';
import { MAX_REPORT_BYTES, readReport } from '../../server/ingest/read-report.js';

const fixtures = path.resolve('tests/fixtures/reports');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1251 bytes of ASCII and the Cyrillic А–я (contiguous at 0xC0–0xFF in that code page). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x350;
    throw new Error(`no Windows-1251 byte for ${c} in this helper`);
  });
}

async function refusal(input: Parameters<typeof readReport>[0]): Promise<IngestError> {
  try {
    await readReport(input);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error('expected the report to be refused');
}

describe('readReport: plain text', () => {
  it('reads UTF-8 text, joining hard-wrapped lines and keeping paragraphs apart', async () => {
    const text = [
      'The Valdorian Federation of Dock Workers said on Thursday that its',
      'president, Tomás Ibarra, had been detained without a warrant.\r',
      '',
      '',
      '',
      'His lawyer was not allowed to see him.   ',
    ].join('\n');
    const report = await readReport({ bytes: utf8(text), fileName: 'statement.txt' });
    expect(report).toEqual({
      mediaType: 'text/plain',
      text:
        'The Valdorian Federation of Dock Workers said on Thursday that its president, Tomás Ibarra, had been detained ' +
        'without a warrant.\n\nHis lawyer was not allowed to see him.',
    });
  });

  it('keeps the line breaks of short lines and list items', async () => {
    const text = [
      'Valdorian Federation of Dock Workers',
      '12 Harbour Road',
      'Port Seraya',
      '',
      'The federation asks the authorities to do the following without delay:',
      '- release Tomás Ibarra and drop the charges against him;',
      '- let his lawyer see him.',
    ].join('\n');
    const report = await readReport({ bytes: utf8(text) });
    expect(report.text).toBe(text);
  });

  it('normalises to NFC', async () => {
    const report = await readReport({ bytes: utf8('Ine\u0301s Carvalho') });
    expect(report.text).toBe('Inés Carvalho');
  });

  it('strips a UTF-8 byte order mark', async () => {
    const report = await readReport({ bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Port Seraya')]) });
    expect(report.text).toBe('Port Seraya');
  });

  it('reads UTF-16LE and UTF-16BE text with a byte order mark', async () => {
    const le = new Uint8Array(Buffer.from('\ufeffКушакбаев и Ибарра', 'utf16le'));
    expect((await readReport({ bytes: le })).text).toBe('Кушакбаев и Ибарра');
    const be = new Uint8Array(Buffer.from('\ufeffIbarra', 'utf16le').swap16());
    expect((await readReport({ bytes: be })).text).toBe('Ibarra');
  });

  it('refuses text that is not UTF-8, naming the byte and its offset', async () => {
    const bytes = Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' au lait')]); // Latin-1
    const error = await refusal({ bytes, fileName: 'menu.txt' });
    expect(error.code).toBe('UNREADABLE_ENCODING');
    expect(error.message).toBe('"menu.txt" is not valid UTF-8 (byte 0xE9 at offset 3) and declares no other charset; save it as UTF-8');
  });

  it('reads text in the charset its media type declares', async () => {
    const report = await readReport({ bytes: windows1251('Кушакбаев'), mediaType: 'text/plain; charset=windows-1251' });
    expect(report.text).toBe('Кушакбаев');
  });

  it('refuses an empty report and one of only whitespace', async () => {
    expect(await refusal({ bytes: new Uint8Array(0), fileName: 'empty.txt' })).toMatchObject({
      code: 'EMPTY_REPORT',
      message: '"empty.txt" is empty (0 bytes)',
    });
    expect(await refusal({ bytes: utf8(' \n\t\r\n  ') })).toMatchObject({
      code: 'EMPTY_REPORT',
      message: 'The report contains only whitespace',
    });
  });
});

describe('readReport: what is not a report', () => {
  it('refuses a PNG image, saying what it looks like', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal({ bytes: png, fileName: 'photo.png' })).toMatchObject({
      code: 'BINARY_REPORT',
      message: '"photo.png" looks like a PNG image, not text, HTML or PDF',
    });
  });

  it('refuses a Word document, which is a ZIP archive', async () => {
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]);
    expect((await refusal({ bytes: docx, fileName: 'report.docx' })).message).toContain('a ZIP archive (a .docx');
  });

  it('refuses random bytes with NULs in them', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    const error = await refusal({ bytes, fileName: 'data.bin' });
    expect(error.code).toBe('BINARY_REPORT');
    expect(error.message).toMatch(/^"data.bin" looks like binary data \(a NUL byte at offset \d+\)/);
  });

  it('refuses an RTF document as a format it does not read', async () => {
    const error = await refusal({ bytes: utf8('{\\rtf1\\ansi Hello}') });
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a report over the size limit before looking at its bytes', async () => {
    const started = performance.now();
    const error = await refusal({ bytes: new Uint8Array(MAX_REPORT_BYTES + 1), fileName: 'huge.txt' });
    expect(error.code).toBe('REPORT_TOO_LARGE');
    expect(error.message).toBe('"huge.txt" is 10.0 MB (10485761 bytes); the limit is 10 MB');
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('readReport: HTML', () => {
  it('reads the article of a news page without its site chrome, scripts or share buttons', async () => {
    const report = await readReport({ bytes: fixture('news-page.html'), fileName: 'news-page.html' });
    expect(report).toMatchObject({
      mediaType: 'text/html',
      title: 'Union leader Tomás Ibarra arrested in Valdoria',
      byline: 'Lena Hartmann',
      published: '2024-03-14',
      siteName: 'The Meridian Courier',
    });
    const paragraphs = report.text.split('\n\n');
    expect(paragraphs).toContain(
      'Tomás Ibarra, the president of the Valdorian Federation of Dock Workers, was detained at his home in Port Seraya early on ' +
        'Wednesday morning by officers of the National Security Directorate, his family and two colleagues said.',
    );
    expect(paragraphs).toContain('A strike that closed the port');
    expect(paragraphs.filter((p) => p.length > 150)).toHaveLength(5);
    expect(report.text).toContain('accused of “organising an unlawful strike”'); // entities decoded
    for (const chrome of ['dataLayer', 'trackPageView', 'cookies', 'Share on', 'Subscribe', 'Related stories', 'All rights reserved']) {
      expect(report.text).not.toContain(chrome);
    }
  });

  it('decodes HTML in the charset its meta tag declares', async () => {
    const html = '<html><head><meta charset="windows-1251"><title>Дело</title></head><body><p>Кушакбаев задержан.</p></body></html>';
    const report = await readReport({ bytes: windows1251(html), fileName: 'delo.html' });
    expect(report.text).toBe('Кушакбаев задержан.');
    expect(report.title).toBe('Дело');
  });

  it('reads a fragment without <html> or <body>, with entities and line breaks', async () => {
    const html = '<p>Ibarra &amp; Soto were questioned.</p>\n<p>Statement:<br>“We will not stop.”</p>\n<div>Port Seraya</div>';
    const report = await readReport({ bytes: utf8(html), mediaType: 'text/html' });
    expect(report.text).toBe('Ibarra & Soto were questioned.\n\nStatement:\n“We will not stop.”\n\nPort Seraya');
  });

  it('recognises HTML by its doctype whatever the file is called', async () => {
    const html = '<!-- saved page -->\n<!DOCTYPE html><html><head><title>Ibarra</title></head><body><p>Detained.</p></body></html>';
    const report = await readReport({ bytes: utf8(html), fileName: 'saved.txt' });
    expect(report).toMatchObject({ mediaType: 'text/html', text: 'Detained.', title: 'Ibarra' });
  });

  it('reads a short page without its menu, cookie banner and footer', async () => {
    const html =
      '<html><body><nav>Home · World</nav><div class="cookie-banner">We use cookies.</div>' +
      '<p>Ibarra was released on bail.</p><footer>© 2024 The Meridian Courier</footer></body></html>';
    expect((await readReport({ bytes: utf8(html), fileName: 'brief.html' })).text).toBe('Ibarra was released on bail.');
  });

  it('refuses HTML without any text', async () => {
    const html = '<html><head><script>var x = 1;</script></head><body><img src="a.png"></body></html>';
    expect(await refusal({ bytes: utf8(html), fileName: 'blank.html' })).toMatchObject({ code: 'EMPTY_REPORT' });
  });
});

describe('readReport: PDF', () => {
  it('reads the text layer of a PDF as paragraphs, joining words hyphenated at a line end', async () => {
    const report = await readReport({ bytes: fixture('two-paragraphs.pdf'), fileName: 'two-paragraphs.pdf' });
    expect(report).toEqual({
      mediaType: 'application/pdf',
      title: 'Union leader detained in Port Seraya',
      published: '2024-03-14',
      text:
        'Port Seraya, 14 March 2024. The union leader Tomas Ibarra was detained at his home by officers of the state security ' +
        'organisation, his lawyer said.\n\n' +
        'A court will decide on Friday whether he is held in pre-trial detention. The dock workers’ federation called the arrest ' +
        'state-ordered revenge for the strike, a state-ordered punishment.',
    });
  });

  it('does not take over the bytes it is given', async () => {
    const bytes = fixture('two-paragraphs.pdf');
    await readReport({ bytes });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readReport({ bytes })).mediaType).toBe('application/pdf');
  });

  it('refuses a scanned PDF without a text layer, saying no OCR is done', async () => {
    const error = await refusal({ bytes: fixture('scanned-image.pdf'), fileName: 'scan.pdf' });
    expect(error.code).toBe('PDF_WITHOUT_TEXT');
    expect(error.message).toContain('"scan.pdf" has no text layer');
    expect(error.message).toContain('no OCR');
  });

  it('refuses a file that starts like a PDF but is not one', async () => {
    const error = await refusal({ bytes: utf8('%PDF-1.7\nthis is not really a PDF, only its first five bytes\n'), fileName: 'fake.pdf' });
    expect(error.code).toBe('UNREADABLE_PDF');
    expect(error.message).toMatch(/^"fake.pdf" is a PDF that cannot be opened: /);
  });

  it('refuses a PDF protected by a password', async () => {
    expect(await refusal({ bytes: fixture('password-protected.pdf'), fileName: 'locked.pdf' })).toMatchObject({
      code: 'UNREADABLE_PDF',
      message: '"locked.pdf" is a PDF that cannot be opened: it is protected by a password',
    });
  });
});
