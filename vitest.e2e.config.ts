import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium driven by playwright-core against `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits 1 s by default: a loaded machine can take longer to draw or fetch. A poll
    // fails only when what it waits for never comes.
    expect: { poll: { timeout: 30_000 } },
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
    // The tests build reviews and texts in Node too: in English, as the unit tests do.
    setupFiles: ['tests/unit/setup-i18n.ts', 'tests/unit/setup-ai.ts', 'tests/unit/setup-rules.ts'],
  },
});
