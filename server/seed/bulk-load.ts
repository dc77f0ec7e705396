// Bulk loading of large networks (generated ones, for benchmarks) into a store that does not hold them yet: batches of
// `UNWIND … CREATE` in their own transactions, `parallel` at a time, with the constraints in place. Every entity is
// written before any link or claim, since links find their ends by id. A failed batch stops the load with an error
// that names it; batches already committed stay (a generated store is thrown away and made again, not repaired).
import type { Database } from '../db/database.js';
import { toNumber } from '../db/values.js';

export interface BulkBatch {
  sources: readonly object[];
  entities: readonly object[];
  relationships: readonly object[];
  claims: readonly object[];
}

export interface BulkCounts {
  sources: number;
  entities: number;
  relationships: number;
  claims: number;
}

export interface BulkProgress extends BulkCounts {
  /** Time spent since the load began, in ms. */
  elapsedMs: number;
}

export interface BulkOptions {
  /** Batches written at once (separate transactions). */
  parallel?: number;
  onProgress?: (progress: BulkProgress) => void;
}

export class BulkLoadError extends Error {
  readonly code = 'BULK_LOAD_FAILED';
}

async function writeBatch(db: Database, batch: BulkBatch): Promise<BulkCounts> {
  return db.writeTransaction(async (run) => {
    const count = async (key: string, params: Record<string, unknown>, size: number) =>
      size === 0 ? 0 : toNumber((await run(key, params))[0]?.get('count'));
    return {
      sources: await count('seed/bulk-create-sources', { sources: batch.sources }, batch.sources.length),
      entities: await count('seed/bulk-create-entities', { entities: batch.entities }, batch.entities.length),
      relationships: await count('seed/bulk-create-relationships', { relationships: batch.relationships }, batch.relationships.length),
      claims: await count('seed/bulk-create-claims', { claims: batch.claims }, batch.claims.length),
    };
  });
}

export async function bulkLoad(db: Database, batches: Iterable<BulkBatch>, options: BulkOptions = {}): Promise<BulkProgress> {
  const parallel = Math.max(1, options.parallel ?? 2);
  const started = performance.now();
  const totals: BulkCounts = { sources: 0, entities: 0, relationships: 0, claims: 0 };
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let batchNo = 0;
  let writingEntities = true;
  const progress = (): BulkProgress => ({ ...totals, elapsedMs: performance.now() - started });

  for (const batch of batches) {
    const hasLinks = batch.relationships.length + batch.claims.length > 0;
    // Links need every entity committed first.
    if (writingEntities && hasLinks) {
      await Promise.all(inFlight);
      writingEntities = false;
    }
    if (!writingEntities && batch.entities.length > 0) throw new BulkLoadError(`batch ${batchNo} brings entities after links began`);
    while (inFlight.size >= parallel) await Promise.race(inFlight);
    if (failure) break;
    const number = batchNo++;
    const expectedLinks = batch.relationships.length;
    const expectedClaims = batch.claims.length;
    const task = writeBatch(db, batch)
      .then((written) => {
        if (written.relationships !== expectedLinks || written.claims !== expectedClaims) {
          throw new BulkLoadError(
            `batch ${number}: ${expectedLinks - written.relationships} link(s) and ${expectedClaims - written.claims} claim(s) name an entity that is not stored`,
          );
        }
        for (const key of Object.keys(totals) as (keyof BulkCounts)[]) totals[key] += written[key];
        options.onProgress?.(progress());
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }
  await Promise.all(inFlight);
  if (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    throw failure instanceof BulkLoadError ? failure : new BulkLoadError(`Bulk load failed: ${message}`);
  }
  return progress();
}
