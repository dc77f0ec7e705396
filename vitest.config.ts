import { defineConfig } from 'vitest/config';

// Three levels: unit (pure code), integration (a real Neo4j over Bolt), e2e (real Chromium against the real server).
// tests/setup/neo4j.ts starts one Neo4j for the run, unless only unit tests run.
export default defineConfig({
  test: {
    globalSetup: ['tests/setup/neo4j.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
