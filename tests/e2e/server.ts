// The real app on a free port, over the test Neo4j seeded by the global setup.
import { createServer, type Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../../server/app.js';
import { createDatabase, createDriver, type Database } from '../../server/db/database.js';
import { loadQueries } from '../../server/db/queries.js';
import { launchChromium } from './browser.js';
import { ARTIFACTS } from './page.js';

export async function startTestServer(): Promise<{ url: string; db: Database; stop: () => Promise<void> }> {
  const connection = inject('neo4j');
  if (!connection) throw new Error('No test Neo4j: run through vitest with the global setup');
  const driver = createDriver(connection.uri, connection.user, connection.password);
  const db = createDatabase(driver, loadQueries());
  const server: Server = createServer(createApp({ db }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}

/** A fresh server and Chromium for a suite, with one page; closed after the suite. */
export function useBrowserOnTestServer(options: { acceptDownloads?: boolean } = {}) {
  const suite = {} as { browser: Browser; server: Awaited<ReturnType<typeof startTestServer>>; page: Page };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    suite.server = await startTestServer();
    suite.browser = await launchChromium();
    suite.page = await suite.browser.newPage({ viewport: { width: 1366, height: 820 }, ...options });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}
