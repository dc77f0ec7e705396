// The real app on a free port, over the test Neo4j seeded by the global setup.
import { createServer, type Server } from 'node:http';
import { inject } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase, createDriver } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';

export async function startTestServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const connection = inject('neo4j');
  if (!connection) throw new Error('No test Neo4j: run through vitest with the global setup');
  const driver = createDriver(connection.uri, connection.user, connection.password);
  const server: Server = createServer(createApp({ db: createDatabase(driver, loadQueries()) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}
