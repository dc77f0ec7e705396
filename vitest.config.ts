import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS build (as graphql-yoga does); Vite would pick its ES build, and two copies of graphql
// refuse each other's types. Resolve it as Node does.
const resolve = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] };

// Three levels: unit (pure code), integration (a real Neo4j over Bolt), e2e (real Chromium against the real server).
// tests/setup/neo4j.ts starts one Neo4j for the run, unless only unit tests run.
export default defineConfig({
  test: {
    globalSetup: ['tests/setup/neo4j.ts'],
    projects: [
      { resolve, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { resolve, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        resolve,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
