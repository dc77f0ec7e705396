// A SHA-256 over every entity, source, claim and case and every link between them, with all their properties: two
// databases with the same digest hold the same graph (audit records, tokens and merge records aside).
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';

/** JSON with object keys sorted, so equal values always give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !('low' in value && 'high' in value)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value === undefined ? null : typeof value === 'object' && value ? String(value) : value);
}

export async function graphDigest(db: Database): Promise<string> {
  const [record] = await db.read('export/graph');
  const nodes = (record?.get('nodes') as unknown[]).map(canonical).sort();
  const links = (record?.get('links') as unknown[]).map(canonical).sort();
  return createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(links.join('\n')).digest('hex');
}
