// The hostile corpus against the proof's database: the app built in this process over the server's own Neo4j (so
// that every write transaction a request opens is counted), each value sent to every argument of every query and
// mutation.
import { createApp } from '../../server/app.js';
import { createDatabase, createDriver } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { buildSchema } from '../../server/schema/index.js';
import { runHostileCorpus, type HostileSummary } from './hostile-driver.js';
import { watchWrites } from './hostile-transport.js';
import type { Target } from './target.js';

export async function hostileRound(target: Target, run: string, size?: number, log?: (line: string) => void): Promise<HostileSummary> {
  const driver = createDriver(target.bolt.uri, 'neo4j', target.bolt.password);
  try {
    const watched = watchWrites(createDatabase(driver, loadQueries(), { readTimeoutMs: 1_000 }));
    const app = createApp({ db: watched.db, rateLimits: null });
    return await runHostileCorpus({
      schema: buildSchema(),
      send: watched.transport(app),
      editorToken: target.editor,
      run: `${run}h`,
      concurrency: 4,
      ...(size === undefined ? {} : { size }),
      ...(log ? { log } : {}),
    });
  } finally {
    await driver.close();
  }
}
