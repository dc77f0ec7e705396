// The bytes of a report (plain text, HTML or PDF) made into readable text: paragraphs separated by a blank line,
// lines that were only wrapped joined again. Everything that cannot be read is refused with an IngestError that says
// what and where; nothing is guessed silently.
import { MAX_NAME, truncateText, withoutForbiddenCharacters } from '../../domain/input-rules.js';
import { decodeReportText, startsWithPdfMagic } from './decode-text.js';
import { IngestError } from './errors.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { plainTextParagraphs } from './shape-paragraphs.js';

export const MAX_REPORT_BYTES = 10 * 1024 * 1024; // anything larger is refused

export interface ReadReport {
  mediaType: 'text/plain' | 'text/html' | 'application/pdf';
  /** Paragraphs separated by "\n\n"; NFC, no trailing spaces, never more than one blank line in a row. */
  text: string;
  title?: string;
  byline?: string;
  /** YYYY-MM-DD, as the report states it. */
  published?: string;
  siteName?: string;
}

export interface ReportInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
}

const MB = 1024 * 1024;

/**
 * The report's text and what its file says of itself, holding only characters a field may hold (a PDF's form feeds,
 * an HTML page's direction marks are taken out: the sender cannot fix a file by hand), and names no longer than a name.
 */
export async function readReport(input: ReportInput): Promise<ReadReport> {
  const read = await readAnyReport(input);
  const asName = (text: string) => truncateText(withoutForbiddenCharacters(text, false), MAX_NAME).trim();
  const cleaned: ReadReport = { mediaType: read.mediaType, text: withoutForbiddenCharacters(read.text, true) };
  for (const field of ['title', 'byline', 'siteName'] as const) {
    const value = read[field] === undefined ? '' : asName(read[field]);
    if (value !== '') cleaned[field] = value;
  }
  if (read.published !== undefined) cleaned.published = read.published;
  return cleaned;
}

async function readAnyReport(input: ReportInput): Promise<ReadReport> {
  const { bytes } = input;
  const subject = input.fileName ? `"${input.fileName}"` : 'The report';
  if (bytes.length > MAX_REPORT_BYTES) {
    const size = `${(bytes.length / MB).toFixed(1)} MB (${bytes.length} bytes)`;
    throw new IngestError('REPORT_TOO_LARGE', `${subject} is ${size}; the limit is ${MAX_REPORT_BYTES / MB} MB`);
  }
  if (bytes.length === 0) throw new IngestError('EMPTY_REPORT', `${subject} is empty (0 bytes)`);
  if (startsWithPdfMagic(bytes)) return readPdf(bytes, subject);
  const source = decodeReportText(bytes, input.mediaType, subject);
  if (source.trim() === '') throw new IngestError('EMPTY_REPORT', `${subject} contains only whitespace`);
  if (looksLikeHtml(source, input)) return readHtml(source, subject);
  return { mediaType: 'text/plain', text: plainTextParagraphs(source) };
}

function looksLikeHtml(source: string, input: ReportInput): boolean {
  const mediaType = input.mediaType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return true;
  if (input.fileName && /\.x?html?$/i.test(input.fileName)) return true;
  const start = source.replace(/^(?:\s|\ufeff|<!--[\s\S]*?-->|<\?xml[^>]*>)+/, '');
  if (/^<(?:!doctype\s+html|html[\s>])/i.test(start)) return true;
  if (/<body[\s>]/i.test(source) && /<\/body\s*>/i.test(source)) return true;
  return (source.match(/<\/(?:p|div|li|h[1-6]|article|section|td)\s*>/gi)?.length ?? 0) >= 3 && /^</.test(start);
}
