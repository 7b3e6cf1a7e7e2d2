import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql instance: packages loaded by Node get its CommonJS entry, so our sources must too.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The server's per-operation log lines would drown the test output; servers the tests spawn log at info.
    env: { LOG_LEVEL: 'warn' },
    globalSetup: ['test/neo4j-global-setup.ts'],
    // Test files share one Neo4j database, so they run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
