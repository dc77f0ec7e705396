// A chosen file's bytes as base64, read in the browser: the API takes a file in a GraphQL variable.
import { bytesToBase64 } from './report-input.js';

export async function readFileBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
