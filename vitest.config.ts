import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Limits are for hangs, not speed: the longest test takes about 10 s on a quiet 2-core machine, so
// two minutes leaves room for a machine five times slower, or more.
const LIMIT_MS = 120_000;

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-i18n.ts', 'tests/unit/setup-ai.ts', 'tests/unit/setup-rules.ts'],
    environment: 'node',
    testTimeout: LIMIT_MS,
    hookTimeout: LIMIT_MS,
    // One worker per core (vitest's default leaves one idle): the long policy tests are split into
    // files so that they run side by side.
    maxWorkers: availableParallelism(),
    // The rules are pure and no test mocks a module, so the files of a worker share one copy of the
    // modules: importing the engine, the AI and the scenarios once a worker instead of once a file
    // takes about two thirds off the suite's CPU time.
    isolate: false,
  },
});
