import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layers and what each may not import: see docs/architecture.md. A file imports only from its own
// layer and the layers below; nothing imports a page; the engine is entered by its index only.
const impure = 'src/engine must stay pure and deterministic (see docs/architecture.md).';
const layer = (name, below) => `${name} may import only ${below} (docs/architecture.md, "Layers").`;

const banned = {
  engineInside: { group: ['**/engine/*', '!**/engine/index', '!**/engine/core', '!**/engine/commandRules', '!**/engine/validation'], message: 'Outside the engine, import from the engine\'s index only (src/engine/index.ts, or one of its two halves: core.ts, the state and views a page\'s first load holds, and commandRules.ts), or from src/engine/validation.ts to check data from outside: the rest stays inside.' },
  pages: { group: ['**/pages/**', '**/main', '**/classMain'], message: 'Nothing imports a page (src/pages/, src/classMain.ts): pages import the layers, never the reverse.' },
  phaser: { group: ['phaser', 'phaser/*'], message: 'Only src/scenes/ (and the pages that load it) use Phaser.' },
  node: { group: ['node:*'], message: 'This layer runs in the browser and in workers: no Node modules.' },
  cli: { group: ['**/cli/**'], message: 'src/cli/ is the command line: nothing in the product imports it.' },
};
const above = (folders, message) => ({ group: folders.map((f) => `**/${f}/**`), message });

/** One no-restricted-imports block per layer (a later block for the same files would replace it). */
const restrict = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  },
});

const HEADLESS = 'the engine, the match floor (match/, game/, exercise/) and the headless tools (ai/, sim/, replay/, review/, classroom/, text/)';
const DOM_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'requestAnimationFrame'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'src/i18n/paraglide/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // With verbatimModuleSyntax an import whose names are all marked `type` inline still loads its
      // module (it compiles to a bare import): types only are imported with `import type`, which loads
      // nothing (issue 19, first load).
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // The rules engine: no Phaser, no other layer, no clock, no ambient randomness, no DOM, no Node.
    // tsconfig.engine.json checks the same from the types' side (no DOM or Node types there).
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*', 'node:*'], message: impure },
          { regex: '^\\.\\./', message: `${impure} It imports nothing outside src/engine/.` },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['Date', 'performance', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'setTimeout', 'setInterval',
          'requestAnimationFrame', 'fetch', 'process', 'structuredClone', 'crypto', 'require', 'Buffer', 'globalThis', 'self']
          .map((name) => ({ name, message: impure })),
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: impure },
        ...['sin', 'cos', 'tan', 'pow', 'exp', 'log', 'sqrt', 'atan2', 'hypot'].map((property) => ({ object: 'Math', property, message: 'Rules use integer arithmetic only.' })),
      ],
    },
  },
  // The match floor: headless, so the same code runs in Node, the browser, a worker and a server.
  restrict(['src/match/**/*.ts', 'src/game/**/*.ts', 'src/exercise/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli,
    above(['presenter', 'scenes', 'ui'], layer('The match floor', HEADLESS)),
  ]),
  // The match itself imports the engine and nothing else (docs/match.md): a bot is any object with next().
  restrict(['src/match/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli, banned.node,
    above(['presenter', 'scenes', 'ui'], layer('The match floor', HEADLESS)),
    above(['ai', 'sim', 'replay', 'review', 'classroom', 'text', 'game', 'exercise'], 'src/match/ imports the engine only (docs/match.md), so it runs unchanged in Node, a browser, a worker and a server.'),
  ]),
  {
    files: ['src/match/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'The match layer has no DOM: it runs unchanged in Node and on a server.' }))],
    },
  },
  // The headless tools: the AI, the simulator, replays, the review, the Monte Carlo, event text.
  restrict(['src/ai/**/*.ts', 'src/sim/**/*.ts', 'src/replay/**/*.ts', 'src/review/**/*.ts', 'src/classroom/**/*.ts', 'src/text/**/*.ts', 'src/scenarios.ts', 'src/scenarioFile.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli,
    above(['presenter', 'scenes', 'ui'], layer('A headless tool', HEADLESS)),
  ]),
  // The messages: plain data and Intl, importable by every layer but the engine, so no DOM and no layer above.
  restrict(['src/i18n/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli, banned.node,
    above(['presenter', 'scenes', 'ui', 'server', 'ai', 'sim', 'review', 'classroom', 'text', 'game', 'exercise', 'match', 'replay', 'net', 'tutorial'], 'src/i18n/ holds the messages and their formatting only: every layer above the engine imports it.'),
  ]),
  {
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'src/i18n/ has no DOM: the headless text (src/text/) and the server use it too. The page side is src/ui/language.ts.' }))],
    },
  },
  // The presenter floor: the controller, map picking, the strike check, colours, the animation setting.
  restrict(['src/presenter/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli,
    above(['scenes', 'ui'], layer('The presenter', `${HEADLESS} and the presenter`)),
  ]),
  // The map (Phaser). Draws what the presenter says; never decides, never touches the DOM panels.
  restrict(['src/scenes/**/*.ts'], [
    banned.engineInside, banned.pages, banned.cli,
    above(['ui'], 'src/scenes/ and src/ui/ never import each other: what both need lives in src/presenter/.'),
    above(['ai', 'sim'], layer('The map', 'the engine, the presenter and the text helpers')),
  ]),
  // The DOM panels. The AI and the games run in workers or behind the session, never in a panel.
  restrict(['src/ui/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli,
    above(['scenes'], 'src/scenes/ and src/ui/ never import each other: what both need lives in src/presenter/.'),
    { ...above(['ai', 'sim'], 'The DOM panels do not run the AI or the games: talk to a worker through its protocol (e.g. classroom/mcProtocol.ts).'), allowTypeImports: true },
    { group: ['**/classroom/monteCarlo', '**/classroom/mcWorker', '**/review/reviewWorker'], message: 'The DOM panels reach a worker through its protocol file, never its code.', allowTypeImports: true },
  ]),
  // The class server's wire protocol: shared by the server and the class pages, so no Node modules.
  restrict(['src/net/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli, banned.node,
    above(['presenter', 'scenes', 'ui', 'server', 'ai', 'sim', 'review', 'classroom', 'text', 'game', 'exercise', 'match'], 'src/net/ holds the protocol only: engine and replay types, zod.'),
  ]),
  // The class server (Node): the headless floors and the protocol; never the browser's layers.
  restrict(['src/server/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser, banned.cli,
    above(['presenter', 'scenes', 'ui'], layer('The class server', `${HEADLESS} and src/net/`)),
  ]),
  // The command line (Node): the headless floors only.
  restrict(['src/cli/**/*.ts'], [
    banned.engineInside, banned.pages, banned.phaser,
    above(['presenter', 'scenes', 'ui'], layer('The command line', HEADLESS)),
  ]),
  // The pages: each page's wiring. They may import any layer, but not the command line, nor one another.
  restrict(['src/pages/**/*.ts', 'src/classMain.ts'], [
    banned.engineInside, banned.cli,
    { group: ['**/main', '**/classMain'], message: 'Nothing imports a page\'s entry file.' },
  ]),
);
