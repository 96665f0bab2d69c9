import { defineConfig } from 'vitest/config';

// The class server's integration tests: each starts real server processes (and PostgreSQL and Redis
// from Debian's packages), so they live apart from `npm test`'s quick unit suite. Limits are for
// hangs, not speed: a whole networked game takes 15-120 s depending on the machine's load.
const LIMIT_MS = 600_000;

export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: LIMIT_MS,
    hookTimeout: LIMIT_MS,
    // One file at a time: each already runs several processes, and two games at once on two cores
    // would only measure the machine.
    fileParallelism: false,
    // Some files replay games in the test's own process (src/match/rules.ts).
    setupFiles: ['tests/unit/setup-rules.ts'],
  },
});
