// The backup file: JSON lines. A header (format, version, counts), the nodes (numbered from 1 in file order), the
// relationships (joining nodes by those numbers), and a trailer with the counts again and a SHA-256 over every byte
// before it. Each line ends with a short check of its own text, so a changed byte is found on its line.
import { createHash } from 'node:crypto';
import type { EncodedProperties } from './encode-values.js';

export const BACKUP_FORMAT = 'persecution-graph-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** When the snapshot was read (ISO 8601). */
  createdAt: string;
  nodes: number;
  relationships: number;
  /** How the snapshot was kept consistent: no transaction committed during the read, or everything was locked. */
  snapshot: 'quiet' | 'locked';
  /** The database it was read from (server and address). */
  source: string;
}

export interface NodeRecord {
  node: number;
  labels: string[];
  properties: EncodedProperties;
}

export interface RelationshipRecord {
  relationship: number;
  type: string;
  from: number;
  to: number;
  properties: EncodedProperties;
}

export interface BackupTrailer {
  end: typeof BACKUP_FORMAT;
  nodes: number;
  relationships: number;
  /** Over every byte of the file before the trailer's line. */
  sha256: string;
}

const CHECK = /,"check":"([0-9a-f]{8})"\}$/;
/** `,"check":"` + 8 hex digits + `"}` */
const CHECK_SUFFIX_LENGTH = 20;

function lineCheck(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 8);
}

/** One line of the file (with its newline): the record's JSON, its check added last. */
export function formatLine(record: BackupHeader | NodeRecord | RelationshipRecord | BackupTrailer): string {
  const body = JSON.stringify(record).slice(0, -1);
  return `${body},"check":"${lineCheck(body)}"}\n`;
}

/** The record a line holds, or what is wrong with it. */
export function parseLine(text: string): { record: Record<string, unknown> } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `not JSON (${(error as Error).message})` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: 'not a JSON object' };
  const check = CHECK.exec(text)?.[1];
  if (!check) return { problem: 'has no check at its end' };
  if (lineCheck(text.slice(0, -CHECK_SUFFIX_LENGTH)) !== check)
    return { problem: 'its content does not match its check: the line was changed after it was written' };
  const record = { ...(parsed as Record<string, unknown>) };
  delete record.check;
  return { record };
}

export const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
