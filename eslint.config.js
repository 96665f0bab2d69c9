import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const impure = 'src/engine must stay pure and deterministic (see README, "Architecture").';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules engine: no Phaser, no scene/UI code, no clock, no ambient randomness, no DOM.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['phaser', 'phaser/*'], message: impure },
          { group: ['**/scenes/**', '**/ui/**', '**/cli/**', '**/main'], message: impure },
        ],
      }],
      'no-restricted-globals': ['error',
        ...['Date', 'performance', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'setTimeout', 'setInterval', 'requestAnimationFrame']
          .map((name) => ({ name, message: impure })),
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: impure },
        ...['sin', 'cos', 'tan', 'pow', 'exp', 'log', 'sqrt', 'atan2', 'hypot'].map((property) => ({ object: 'Math', property, message: 'Rules use integer arithmetic only.' })),
      ],
    },
  },
);
