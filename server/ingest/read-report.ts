// The bytes of a report (plain text, HTML or PDF) made into readable text: paragraphs separated by a blank line,
// lines that were only wrapped joined again. Everything that cannot be read is refused with an IngestError that says
// what and where; nothing is guessed silently.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from './errors.js';

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

const MAX_PDF_PAGES = 500;
const SNIFF_BYTES = 8192;
const MB = 1024 * 1024;

export async function readReport(input: ReportInput): Promise<ReadReport> {
  const { bytes } = input;
  const subject = input.fileName ? `"${input.fileName}"` : 'The report';
  if (bytes.length > MAX_REPORT_BYTES) {
    const size = `${(bytes.length / MB).toFixed(1)} MB (${bytes.length} bytes)`;
    throw new IngestError('REPORT_TOO_LARGE', `${subject} is ${size}; the limit is ${MAX_REPORT_BYTES / MB} MB`);
  }
  if (bytes.length === 0) throw new IngestError('EMPTY_REPORT', `${subject} is empty (0 bytes)`);
  if (startsWithPdfMagic(bytes)) return readPdf(bytes, subject);
  const bom = byteOrderMark(bytes);
  if (bom !== 'utf-16le' && bom !== 'utf-16be') refuseBinary(bytes, subject);
  const source = decodeText(bytes, bom, declaredCharset(input.mediaType, bytes), subject);
  if (source.trim() === '') throw new IngestError('EMPTY_REPORT', `${subject} contains only whitespace`);
  if (looksLikeHtml(source, input)) return readHtml(source, subject);
  return { mediaType: 'text/plain', text: plainTextParagraphs(source) };
}

// ---------------------------------------------------------------------------------------------------------------
// Sniffing and decoding

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  let start = 0;
  while (start < 1024 && start < bytes.length && isAsciiWhitespace(bytes[start] ?? 0)) start += 1;
  return ascii(bytes, start, 5) === '%PDF-';
}

const isAsciiWhitespace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c;
const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

type ByteOrderMark = 'utf-8' | 'utf-16le' | 'utf-16be' | undefined;

function byteOrderMark(bytes: Uint8Array): ByteOrderMark {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Formats recognised by their first bytes, to say what a refused file looks like. */
const SIGNATURES: ReadonlyArray<{ what: string; magic: string; at?: number; code?: 'UNSUPPORTED_FORMAT' }> = [
  { what: 'a PNG image', magic: '\x89PNG\r\n\x1a\n' },
  { what: 'a JPEG image', magic: '\xff\xd8\xff' },
  { what: 'a GIF image', magic: 'GIF8' },
  { what: 'a WebP image', magic: 'WEBP', at: 8 },
  { what: 'a TIFF image', magic: 'II*\x00' },
  { what: 'a TIFF image', magic: 'MM\x00*' },
  { what: 'a ZIP archive (a .docx, .xlsx, .odt or .epub file is one too)', magic: 'PK\x03\x04' },
  { what: 'a legacy Microsoft Office document (.doc, .xls or .ppt)', magic: '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' },
  { what: 'a gzip archive', magic: '\x1f\x8b\x08' },
  { what: 'a 7-Zip archive', magic: '7z\xbc\xaf\x27\x1c' },
  { what: 'a RAR archive', magic: 'Rar!\x1a\x07' },
  { what: 'an executable (ELF)', magic: '\x7fELF' },
  { what: 'an MP4 video', magic: 'ftyp', at: 4 },
  { what: 'an SQLite database', magic: 'SQLite format 3\x00' },
  { what: 'an RTF document (save it as PDF, HTML or plain text)', magic: '{\\rtf', code: 'UNSUPPORTED_FORMAT' },
];

function refuseBinary(bytes: Uint8Array, subject: string): void {
  const known = SIGNATURES.find(({ magic, at = 0 }) => ascii(bytes, at, magic.length) === magic);
  if (known) throw new IngestError(known.code ?? 'BINARY_REPORT', `${subject} looks like ${known.what}, not text, HTML or PDF`);
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const firstNul = sample.indexOf(0);
  if (firstNul >= 0) {
    throw new IngestError('BINARY_REPORT', `${subject} looks like binary data (a NUL byte at offset ${firstNul}), not text, HTML or PDF`);
  }
  let controls = 0;
  for (const byte of sample)
    if ((byte < 0x20 && !isAsciiWhitespace(byte) && byte !== 0x0b && byte !== 0x1b) || byte === 0x7f) controls += 1;
  if (controls * 20 > sample.length) {
    const share = Math.round((100 * controls) / sample.length);
    throw new IngestError('BINARY_REPORT', `${subject} looks like binary data (${share}% control characters), not text, HTML or PDF`);
  }
}

/** The charset a report declares: `charset=` of its media type, or an HTML `<meta>` near the top. */
function declaredCharset(mediaType: string | undefined, bytes: Uint8Array): string | undefined {
  const fromMediaType = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(mediaType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const fromMeta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return (fromMediaType ?? fromMeta)?.toLowerCase();
}

// Valid UTF-8 wins over a declaration (pages often declare ISO-8859-1 and are UTF-8; non-ASCII text in a single-byte
// charset is almost never valid UTF-8); a declared charset is used only when UTF-8 fails.
function decodeText(bytes: Uint8Array, bom: ByteOrderMark, declared: string | undefined, subject: string): string {
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    return (
      strictDecode(bom, bytes) ??
      refuseEncoding(`${subject} starts with a ${bom.toUpperCase()} byte order mark but is not valid ${bom.toUpperCase()}`)
    );
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  const where = firstInvalidUtf8(bytes);
  if (declared && !/^(utf-?8|utf-?16|unicode)/.test(declared)) {
    if (!isKnownEncoding(declared)) {
      return refuseEncoding(`${subject} declares the charset "${declared}", which is not known, and is not valid UTF-8 (${where})`);
    }
    return strictDecode(declared, bytes) ?? refuseEncoding(`${subject} is not valid in its declared charset "${declared}"`);
  }
  return refuseEncoding(`${subject} is not valid UTF-8 (${where}) and declares no other charset; save it as UTF-8`);
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function refuseEncoding(message: string): never {
  throw new IngestError('UNREADABLE_ENCODING', message);
}

/** Where UTF-8 first fails. Up to that point lenient decoding is exact, so its re-encoded length is the offset. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  for (let index = lenient.indexOf('\ufffd'); index >= 0; index = lenient.indexOf('\ufffd', index + 1)) {
    const offset = new TextEncoder().encode(lenient.slice(0, index)).length;
    // A U+FFFD written in the file itself (EF BF BD) is valid; keep looking.
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    return `byte 0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}`;
  }
  return 'an invalid sequence';
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

// ---------------------------------------------------------------------------------------------------------------
// Text shaping shared by the three formats

/** NFC, \n line ends, no control characters, soft hyphens or trailing spaces, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : c === '\f' ? '\n\n' : ''))
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Lines joined by a space; a word broken at the line end ("organi-" + "sation") is joined again. `dropHyphen` says
 * whether that hyphen goes (typesetting hyphenates words) or stays (editors wrap at spaces, so it is a real one).
 */
function joinLines(lines: readonly string[], dropHyphen: (word: string) => boolean): string {
  // Parts, joined once at the end: a long paragraph built with += and then sliced is copied again for every line.
  const parts: string[] = [];
  for (const line of lines) {
    const previous = parts.at(-1);
    if (previous === undefined) parts.push(line);
    else if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(line)) {
      const word = `${/\p{L}+-$/u.exec(previous)?.[0] ?? ''}${/^\p{L}+/u.exec(line)?.[0] ?? ''}`;
      if (dropHyphen(word)) parts[parts.length - 1] = previous.slice(0, -1);
      parts.push(line);
    } else parts.push(' ', line);
  }
  return parts.join('');
}

const LIST_ITEM = /^(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))\s/;

/**
 * A line break inside a block is a wrap when the block looks hard-wrapped (its longest line between 40 and 120
 * characters), the line before reaches most of that width, and the next line does not start a list item.
 * Short-lined blocks (addresses, headings, verse) and one-paragraph-per-line files keep their line breaks.
 */
function plainTextParagraphs(source: string): string {
  const blocks = tidy(source).split(/\n\n/);
  const unwrapped = blocks.map((block) => {
    const lines = block.split('\n').map((line) => line.trim());
    const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
    if (lines.length < 2 || width < 40 || width > 120) return lines.join('\n');
    const out: string[][] = [];
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      const wrapped = previous !== undefined && previous.length >= 0.6 * width && !LIST_ITEM.test(line);
      const current = out.at(-1);
      if (wrapped && current) current.push(line);
      else out.push([line]);
    });
    return out.map((group) => joinLines(group, () => false)).join('\n');
  });
  return tidy(unwrapped.join('\n\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const words = (list: string) => new Set(list.split(' '));
/** Never text a reader sees; in the plain-body fallback also the site around the content. */
const NEVER_TEXT = 'script style noscript template svg canvas iframe object embed button select textarea';
const CONTENT_SKIP = words(NEVER_TEXT);
const PAGE_SKIP = words(`${NEVER_TEXT} nav header footer aside form dialog menu input`);
const CHROME_NAMES = /cookie|consent|share|social|newsletter|subscribe|advert|banner|promo|related/i;
const BLOCKS = words(
  'address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody tfoot thead tr ul',
);
/** Readability's own threshold: below it, it found no article and keeps everything, menus and banners too. */
const SHORT_ARTICLE = 500;

function readHtml(source: string, subject: string): ReadReport {
  const { document } = parseHTML(withDocumentStructure(source));
  const meta = htmlMetadata(document); // before Readability, which changes the document
  const article = readabilityArticle(document);
  const articleText = article?.content ? blockText(article.content, CONTENT_SKIP, false) : '';
  const text = articleText.length >= SHORT_ARTICLE ? articleText : bodyTextWithoutChrome(source) || articleText;
  if (!text) throw new IngestError('EMPTY_REPORT', `${subject} is HTML without any readable text`);
  const title = clean(article?.title) ?? meta.title;
  const byline = clean(article?.byline?.replace(/^by\s+/i, '')) ?? meta.byline;
  const published = meta.published ?? isoDate(article?.publishedTime);
  const siteName = clean(article?.siteName) ?? meta.siteName;
  return {
    mediaType: 'text/html',
    text,
    ...(title && { title }),
    ...(byline && { byline }),
    ...(published && { published }),
    ...(siteName && { siteName }),
  };
}

/** Readability's article, with the element itself as its content; null when it finds none or the page is too big. */
function readabilityArticle(document: Document) {
  try {
    return new Readability<Node>(document, { serializer: (node) => node, maxElemsToParse: 100_000 }).parse();
  } catch {
    return null;
  }
}

function bodyTextWithoutChrome(source: string): string {
  const { document } = parseHTML(withDocumentStructure(source));
  return blockText(document.body ?? document.documentElement, PAGE_SKIP, true);
}

/** linkedom does not infer <html>, <head> and <body> as browsers do; without them it loses text, so add them. */
function withDocumentStructure(source: string): string {
  if (/<body[\s>]/i.test(source)) return /<html[\s>]/i.test(source) ? source : `<html>${source}</html>`;
  const head = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head\s*>/i.exec(source);
  const rest = (head ? source.replace(head[0], '') : source).replace(/<!doctype[^>]*>|<\/?html(?:\s[^>]*)?>/gi, '');
  return `<!DOCTYPE html><html><head>${head?.[1] ?? ''}</head><body>${rest}</body></html>`;
}

function htmlMetadata(document: Document) {
  const content = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
  return {
    title: content('meta[property="og:title"]') ?? clean(document.querySelector('title')?.textContent),
    byline: content('meta[name="author"]') ?? content('meta[property="article:author"]'),
    published: isoDate(
      content('meta[property="article:published_time"]') ??
        content('meta[name="date"]') ??
        content('meta[name="dc.date"]') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    siteName: content('meta[property="og:site_name"]'),
  };
}

/** The text of an element, a paragraph per block element, <br> as a line break, table cells separated by " | ". */
function blockText(root: Node, skip: ReadonlySet<string>, skipChromeByName: boolean): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    paragraphs.push(
      current
        .split('\n')
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .join('\n'),
    );
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) current += (node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (skip.has(tag) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
    if (skipChromeByName && CHROME_NAMES.test(`${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`)) return;
    if (tag === 'br') current += '\n';
    else if (tag === 'pre') {
      flush();
      paragraphs.push(element.textContent ?? '');
    } else {
      if ((tag === 'td' || tag === 'th') && current.trim()) current += ' | ';
      if (BLOCKS.has(tag)) flush();
      for (const child of Array.from(element.childNodes)) visit(child);
      if (BLOCKS.has(tag)) flush();
    }
  };
  visit(root);
  flush();
  return tidy(paragraphs.join('\n\n'));
}

function clean(value: string | null | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim().normalize('NFC');
  return cleaned || undefined;
}

/** YYYY-MM-DD from an ISO date or date-time, in the time zone it was written in; undefined unless a real date. */
function isoDate(value: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return match && isRealDate(match[1], match[2], match[3]) ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function isRealDate(year = '', month = '', day = ''): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

// ---------------------------------------------------------------------------------------------------------------
// PDF

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfJs: Promise<PdfJs> | undefined;
// Loaded on first use: pdf.js is large, and most reports are not PDFs.
const loadPdfJs = () => (pdfJs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
const pdfJsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

async function readPdf(bytes: Uint8Array, subject: string): Promise<ReadReport> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy, and not a Buffer: pdf.js refuses Buffers and may take over what it is given
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    // Predefined CMaps are needed to read text in fonts encoded with them (Chinese, Japanese, Korean).
    cMapUrl: `${path.join(pdfJsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfJsRoot, 'standard_fonts')}/`,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const reason = error instanceof Error && error.name === 'PasswordException' ? 'it is protected by a password' : describeError(error);
    throw new IngestError('UNREADABLE_PDF', `${subject} is a PDF that cannot be opened: ${reason}`);
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new IngestError('REPORT_TOO_LARGE', `${subject} has ${document.numPages} pages; at most ${MAX_PDF_PAGES} are read`);
    }
    const pages = await pdfPageLines(document, subject);
    const hyphenated = hyphenatedWords(pages);
    const text = tidy(pages.map((page) => pageParagraphs(page, hyphenated)).join('\n\n'));
    if (!text) {
      const pageCount = document.numPages === 1 ? 'its only page' : `any of its ${document.numPages} pages`;
      throw new IngestError(
        'PDF_WITHOUT_TEXT',
        `${subject} has no text layer on ${pageCount} (a scanned document?); text in images is not recognised (no OCR is done)`,
      );
    }
    return { mediaType: 'application/pdf', text, ...(await pdfMetadata(document)) };
  } finally {
    await document.destroy();
  }
}

function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '') || 'unknown error';
}

interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  height: number;
}

async function pdfPageLines(document: PDFDocumentProxy, subject: string): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    try {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items));
      page.cleanup();
    } catch (error) {
      throw new IngestError('UNREADABLE_PDF', `${subject}: page ${number} cannot be read: ${describeError(error)}`);
    }
  }
  return pages;
}

type PdfTextItem = { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };

/** Text items into lines: a new line after an item that ends one (hasEOL) or when the baseline moves. */
function linesOf(items: ReadonlyArray<object>): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | undefined;
  let endsLine = false;
  for (const item of items.filter((it): it is PdfTextItem => 'str' in it)) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = item.height || Math.abs(item.transform[3] ?? 0);
    if (item.str === '') {
      endsLine ||= item.hasEOL;
      continue;
    }
    if (!line || endsLine || Math.abs(y - line.y) > 0.5 * Math.max(line.height, height)) {
      line = { text: '', x, y, right: x, height };
      lines.push(line);
    } else if (x - line.right > 0.15 * height && !/\s$/.test(line.text) && !/^\s/.test(item.str)) line.text += ' ';
    line.text += item.str;
    line.right = Math.max(line.right, x + item.width);
    line.height = Math.max(line.height, height);
    endsLine = item.hasEOL;
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** Words written with a hyphen inside a line somewhere in the document keep it when broken at that hyphen. */
function hyphenatedWords(pages: readonly PdfLine[][]): Set<string> {
  const words = new Set<string>();
  for (const line of pages.flat()) for (const word of line.text.match(/\p{L}+-\p{L}+/gu) ?? []) words.add(word.toLowerCase());
  return words;
}

/**
 * Lines into paragraphs. A paragraph starts after a gap clearly larger than the usual line spacing, when the text
 * moves up (a new column), the font size changes (a heading), the line is indented, or the line before ended a
 * sentence well short of the usual width.
 */
function pageParagraphs(lines: readonly PdfLine[], hyphenated: ReadonlySet<string>): string {
  const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y);
  const spacing = median(gaps.filter((gap) => gap > 0));
  const width = median(lines.map((line) => line.right - line.x));
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = gaps[i - 1] ?? 0;
    const startsParagraph =
      !previous ||
      gap <= 0 ||
      gap > (spacing ?? previous.height * 1.2) * 1.3 ||
      Math.abs(line.height - previous.height) > 0.2 * previous.height ||
      line.x - previous.x > 0.8 * line.height ||
      (/[.!?:"”»)]$/.test(previous.text) && previous.right - previous.x < 0.7 * (width ?? 0));
    if (startsParagraph) paragraphs.push([line.text]);
    else paragraphs.at(-1)?.push(line.text);
  });
  return paragraphs.map((lines) => joinLines(lines, (word) => !hyphenated.has(word.toLowerCase()))).join('\n\n');
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function pdfMetadata(document: PDFDocumentProxy): Promise<Pick<ReadReport, 'title' | 'published'>> {
  const { info, metadata } = await document.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const fields = info as Record<string, unknown>;
  const xmpTitle: unknown = metadata?.get('dc:title');
  const title = pdfTitle(typeof fields.Title === 'string' ? fields.Title : typeof xmpTitle === 'string' ? xmpTitle : undefined);
  // PDF dates are written D:YYYYMMDDHHmmSS...
  const date = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(typeof fields.CreationDate === 'string' ? fields.CreationDate : '');
  const published = date && isRealDate(date[1], date[2], date[3]) ? `${date[1]}-${date[2]}-${date[3]}` : undefined;
  return { ...(title && { title }), ...(published && { published }) };
}

/** Titles that only name the file the PDF was made from ("Microsoft Word - report_v3.docx") say nothing. */
function pdfTitle(value: string | undefined): string | undefined {
  const title = clean(value?.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /, ''));
  return title && !/\.(?:docx?|pdf|indd|odt|rtf|pptx?|xlsx?|txt)$/i.test(title) ? title : undefined;
}
