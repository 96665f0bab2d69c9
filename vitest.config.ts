import './tests/node20-polyfill.ts';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // One worker per core (vitest's default leaves one idle): the long policy tests are split into
    // files so that they run side by side.
    maxWorkers: availableParallelism(),
  },
});
