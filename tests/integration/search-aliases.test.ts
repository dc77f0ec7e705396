import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { seedDir } from '../../server/paths.js';
import { searchEntities } from '../../server/repository/search.js';
import { readDataset } from '../../server/seed/read-dataset.js';
import { connectToTestDatabase } from './helpers.js';

describe('every name variant in the seed dataset', () => {
  let db: Database;
  beforeAll(() => {
    db = connectToTestDatabase();
  });
  afterAll(() => db.driver.close());

  it('finds its one canonical entity first', async () => {
    const misses: string[] = [];
    for (const entity of readDataset(seedDir).entities) {
      for (const variant of [entity.name, ...entity.aliases.map((a) => a.name)]) {
        const hits = await searchEntities(db, variant, null, 3);
        if (hits[0]?.entity.id !== entity.id) misses.push(`${variant} → ${hits.map((h) => h.entity.id).join(', ')} (wanted ${entity.id})`);
      }
    }
    expect(misses).toEqual([]);
  });
});
