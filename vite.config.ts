import { fileURLToPath } from 'node:url';
import { type Plugin, defineConfig } from 'vite';
import { phaserCustomBuild } from './scripts/phaserCustomBuild.ts';
import { preloadMap } from './scripts/preloadMap.ts';
import { builtinData } from './scripts/builtinData.ts';

// index.html and class.html carry a Content-Security-Policy that allows no inline style. The dev server
// injects every CSS import as a <style> element, so there (and only there) style-src adds 'unsafe-inline'.
const devServerInlineStyles: Plugin = {
  name: 'csp-dev-server-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

// `vite build --mode test` is the build the e2e tests and bench:browser serve: it keeps the test hooks
// (src/pages/testHooks.ts) and adds the benchmark's bare Phaser page; the production build has neither.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [devServerInlineStyles, phaserCustomBuild(), builtinData(), preloadMap()],
  // msgpackr (under colyseus.js) probes `new Function`; under the pages' CSP that is a reported
  // violation. Its no-eval build decodes the same messages without it.
  resolve: { alias: [{ find: /^@colyseus\/msgpackr$/, replacement: '@colyseus/msgpackr/index-no-eval' }] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    // Phaser does not tree-shake; keep it in its own long-cached chunk.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The game (index.html), plus (test build) the empty Phaser scene that `npm run bench:browser` measures against.
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        // The classroom page: after-action reviews, the class's games, the Monte Carlo (uPlot lives here only).
        class: fileURLToPath(new URL('class.html', import.meta.url)),
        // A class over the network (served by `npm run class`): the student's join page and the teacher's page.
        join: fileURLToPath(new URL('join.html', import.meta.url)),
        teacher: fileURLToPath(new URL('teacher.html', import.meta.url)),
        ...(mode === 'test' ? { benchBare: fileURLToPath(new URL('bench/bare.html', import.meta.url)) } : {}),
      },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/](phaser|eventemitter3)[\\/]|src[\\/]scenes[\\/]phaserCustom\.js/ }],
        },
      },
    },
  },
}));
