// A report's bytes told apart and decoded: a PDF by its magic, other binary formats refused by their signatures or
// control characters, text decoded by its byte order mark, as UTF-8, or in the charset it declares.
import { IngestError } from './errors.js';

const SNIFF_BYTES = 8192;

export function startsWithPdfMagic(bytes: Uint8Array): boolean {
  let start = 0;
  while (start < 1024 && start < bytes.length && isAsciiWhitespace(bytes[start] ?? 0)) start += 1;
  return ascii(bytes, start, 5) === '%PDF-';
}

/** The text of bytes that are not a PDF; binary data and text in an unknown or wrong charset are refused. */
export function decodeReportText(bytes: Uint8Array, mediaType: string | undefined, subject: string): string {
  const bom = byteOrderMark(bytes);
  if (bom !== 'utf-16le' && bom !== 'utf-16be') refuseBinary(bytes, subject);
  return decodeText(bytes, bom, declaredCharset(mediaType, bytes), subject);
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
