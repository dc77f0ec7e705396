// Why a backup or a restore stopped. Plain errors with codes: the command line prints `[CODE] message` and exits 1;
// a restore that throws one has written nothing (or removed what it wrote).
export type BackupErrorCode =
  | 'BACKUP_FILE_EXISTS'
  | 'BACKUP_UNREADABLE'
  | 'NOT_A_BACKUP'
  | 'UNSUPPORTED_BACKUP_VERSION'
  | 'DAMAGED_BACKUP'
  | 'TRUNCATED_BACKUP'
  | 'SNAPSHOT_BUSY'
  | 'SNAPSHOT_UNPROVABLE'
  | 'UNSUPPORTED_VALUE'
  | 'RESERVED_PROPERTY'
  | 'DATABASE_NOT_EMPTY'
  | 'RESTORE_FAILED'
  | 'RESTORE_MISMATCH'
  | 'GRAPH_DIFFERS';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A damaged record: what is wrong, and where (line number, byte offset of the line's start). */
export function damaged(line: number, offset: number, what: string): BackupError {
  return new BackupError('DAMAGED_BACKUP', `line ${line} (byte ${offset}): ${what}`);
}

/** `[CODE] message` for any error that carries a code (ours, the database's, the configuration's, a domain error's). */
export function codedMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, extensions } = error as { code?: unknown; extensions?: { code?: unknown } };
  const found = typeof code === 'string' ? code : typeof extensions?.code === 'string' ? extensions.code : null;
  return found ? `[${found}] ${error.message}` : error.message;
}
