// Why a report could not be taken in. Plain errors with codes: the API and the command line turn them into their own
// messages (BAD_USER_INPUT with the reason; one line and exit code 1), and nothing is written when one is thrown.
export type IngestErrorCode =
  | 'EMPTY_REPORT'
  | 'BINARY_REPORT'
  | 'UNREADABLE_ENCODING'
  | 'REPORT_TOO_LARGE'
  | 'PDF_WITHOUT_TEXT'
  | 'UNREADABLE_PDF'
  | 'UNSUPPORTED_FORMAT';

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}
