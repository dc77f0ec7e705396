// A PDF report made into text from its text layer with pdf.js: lines rebuilt from positioned text items, paragraphs
// from the gaps, indents and font sizes between them; title and date from the document info. No OCR is done.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError } from './errors.js';
import { calendarDate, metadataText } from './metadata-values.js';
import type { ReadReport } from './read-report.js';
import { joinLines, tidy } from './shape-paragraphs.js';

const MAX_PDF_PAGES = 500;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfJs: Promise<PdfJs> | undefined;
// Loaded on first use: pdf.js is large, and most reports are not PDFs.
const loadPdfJs = () => (pdfJs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
const pdfJsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function readPdf(bytes: Uint8Array, subject: string): Promise<ReadReport> {
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
  const published = calendarDate(/^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(typeof fields.CreationDate === 'string' ? fields.CreationDate : ''));
  return { ...(title && { title }), ...(published && { published }) };
}

/** Titles that only name the file the PDF was made from ("Microsoft Word - report_v3.docx") say nothing. */
function pdfTitle(value: string | undefined): string | undefined {
  const title = metadataText(value?.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /, ''));
  return title && !/\.(?:docx?|pdf|indd|odt|rtf|pptx?|xlsx?|txt)$/i.test(title) ? title : undefined;
}
