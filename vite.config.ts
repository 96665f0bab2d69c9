import { fileURLToPath } from 'node:url';
import { type Plugin, defineConfig } from 'vite';
import { compileMessages } from './scripts/i18n.mjs';
import { VitePWA } from 'vite-plugin-pwa';
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

// The messages (messages/*.json) compiled to src/i18n/paraglide/ before a build or the dev server
// starts, and again when a messages file changes under the dev server. The compile fails the build if
// a key did not come out as a message (scripts/i18n.mjs).
const i18nMessages: Plugin = {
  name: 'i18n-messages',
  buildStart: async () => { await compileMessages({ log: () => {} }); },
  configureServer(server) {
    const dir = fileURLToPath(new URL('messages/', import.meta.url));
    server.watcher.add(dir);
    server.watcher.on('change', (file) => {
      if (file.startsWith(dir)) compileMessages().catch((e: unknown) => server.config.logger.error(String(e)));
    });
  },
};
// The service worker and the web app manifest (registered by src/pages/pwa.ts): after one visit the
// game (index.html) and the hot-seat class page (class.html) work with no network. join.html and
// teacher.html talk to the class server and are never precached nor answered by the worker.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false, // src/pages/pwa.ts, a bundled module: the pages' CSP allows no inline script
  includeAssets: [],
  manifest: {
    name: 'Deconfliction — the US-Russian line in Syria, 2017-2018',
    short_name: 'Deconfliction',
    description: 'Turn-based hex strategy game and classroom simulation: the US-Russian deconfliction line on the Euphrates, 2017-2018, in several scenarios.',
    start_url: './index.html',
    scope: './',
    display: 'standalone',
    background_color: '#1d2a33',
    theme_color: '#1d2a33',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Workbox picks its runtime from NODE_ENV, which vitest sets to 'test' for the e2e build: without
    // this, that build would get Workbox's debug runtime (it logs every fetch).
    mode: 'production',
    globPatterns: ['**/*.{html,js,css,png,svg,webmanifest}'],
    // The class server's pages (and their own entry chunks), and the test build's bench page.
    globIgnores: ['join.html', 'teacher.html', 'assets/join-*', 'assets/teacher-*', 'bench/**', 'assets/benchBare-*'],
    // Phaser's chunk is about 1.4 MB; the default limit (2 MiB) leaves little room.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Every query parameter (?camp=, ?exercise=, ?seed=) opens the same precached page; asset names carry their hash.
    ignoreURLParametersMatching: [/.*/],
    // No catch-all page: a navigation the precache does not hold (join.html, teacher.html, the class
    // server's API) goes to the network as if there were no worker.
    navigateFallback: null,
    navigateFallbackDenylist: [/\/join\.html/, /\/teacher\.html/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
  },
});

// `vite build --mode test` is the build the e2e tests and bench:browser serve: it keeps the test hooks
// (src/pages/testHooks.ts) and adds the benchmark's bare Phaser page; the production build has neither.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [i18nMessages, devServerInlineStyles, phaserCustomBuild(), builtinData(), preloadMap(), pwa],
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
