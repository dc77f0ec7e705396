// The "Add a report" form's values checked and turned into the API's ReportInput: pasted text or a file (sent as
// base64), and what is known about the report. The server reads and refuses the content itself; this only catches
// what can be told before sending.
import { DATE_FORMAT_HINT, isDate } from '../../domain/dates.js';
import { ownEntry } from '../../domain/input-rules.js';
import type { Checked } from './edit-inputs.js';
import type { ReportInput } from './report-types.js';

/** The API takes at most 10 MB of bytes. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_FILES = '.txt,.text,.html,.htm,.pdf,text/plain,text/html,application/pdf';

export interface ChosenFile {
  name: string;
  /** The browser's idea of its media type; often empty. */
  type: string;
  size: number;
}

export interface ReportFormValues {
  text: string;
  file: ChosenFile | null;
  title: string;
  url: string;
  date: string;
  publisher: string;
  caseId: string;
}

const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
};

/** text/plain, text/html or application/pdf, from the browser's type or else the name's ending; null when neither says. */
export function mediaTypeOf(file: Pick<ChosenFile, 'name' | 'type'>): string | null {
  if (Object.values(MEDIA_TYPES).includes(file.type)) return file.type;
  const ending = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (ending && ownEntry(MEDIA_TYPES, ending)) ?? null;
}

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function reportProblems(values: ReportFormValues): string[] {
  const problems: string[] = [];
  const text = values.text.trim() !== '';
  if (text && values.file) problems.push('Give the pasted text or the file, not both: clear one of them.');
  if (!text && !values.file) problems.push('Paste the report’s text or choose a file (.txt, .html or .pdf).');
  if (values.file && values.file.size > MAX_REPORT_BYTES)
    problems.push(`${values.file.name} is too large (${sizeLabel(values.file.size)}); a report can be at most 10 MB.`);
  if (values.file && values.file.size === 0) problems.push(`${values.file.name} is empty.`);
  const date = values.date.trim();
  if (date && !isDate(date)) problems.push(`The date must be ${DATE_FORMAT_HINT}; “${date}” is not.`);
  const url = values.url.trim();
  if (url && !/^https?:\/\/\S+$/.test(url)) problems.push(`The URL must start with http:// or https://; “${url}” does not.`);
  return problems;
}

const given = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The input to send; `fileBase64` is the chosen file's bytes, read by the page. */
export function reportInput(values: ReportFormValues, fileBase64: string | null): Checked<ReportInput> {
  const problems = reportProblems(values);
  if (values.file && fileBase64 === null) problems.push(`${values.file.name} could not be read.`);
  if (problems.length > 0) return { value: null, problems };
  const meta = {
    title: given(values.title),
    url: given(values.url),
    date: given(values.date),
    publisher: given(values.publisher),
    caseId: given(values.caseId),
  };
  if (values.file) return { value: { fileBase64, fileName: values.file.name, mediaType: mediaTypeOf(values.file), ...meta }, problems: [] };
  // Pasted text is sent as typed: the server's offsets, and its hash of the content, are of exactly these characters.
  return { value: { text: values.text, ...meta }, problems: [] };
}

/** Base64 of bytes, in chunks so a 10 MB file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
